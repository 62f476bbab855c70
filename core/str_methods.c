// SPDX-License-Identifier: MIT
// str methods: searching, case and class tests (ASCII only, see
// spec/language-decisions.md), stripping, padding, partitioning and the
// method table. Methods that answer with an int or a bool allocate nothing.
// Positions given and returned count code points; the work is on bytes.
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "span.h"
#include "str.h"
#include "strmeth.h"
#include "tuple.h"

void es_text_get(es_text_t *t, es_val_t v) {
    if (!es_is_str(v)) {
        es_val_t u = es_class_unbox(v); // class S(str) instances
        if (!es_is_str(u)) {
            es_str_raise_need_str(v);
        }
        v = u;
    }
    t->s = es_str_data(v, &t->len);
    t->chars = es_is_qstr(v) ? es_utf8_count(t->s, t->len)
                             : ((es_str_t *)v)->chars;
}

bool es_text_isspace(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

bool es_text_space_cp(uint32_t c) {
    if (c < 0x80) {
        return es_text_isspace((uint8_t)c);
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000
        && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
        || c == 0x205f || c == 0x3000;
}

// Lead bytes of the non-ASCII whitespace code points.
static bool space_lead(uint8_t b) {
    return b == 0xc2 || b == 0xe1 || b == 0xe2 || b == 0xe3;
}

size_t es_text_space_at(const char *s, size_t len, size_t i) {
    uint8_t b = (uint8_t)s[i];
    if (b < 0x80) {
        return es_text_isspace(b);
    }
    size_t n;
    if (!space_lead(b) || i + (b == 0xc2 ? 2 : 3) > len) {
        return 0;
    }
    return es_text_space_cp(es_str_decode(s + i, &n)) ? n : 0;
}

size_t es_text_space_before(const char *s, size_t j) {
    uint8_t b = (uint8_t)s[j - 1];
    if (b < 0x80) {
        return es_text_isspace(b);
    }
    size_t i = j - 1;
    while (i > 0 && j - i < 3 && ((uint8_t)s[i] & 0xc0) == 0x80) {
        i--;
    }
    size_t n;
    bool sp = space_lead((uint8_t)s[i])
        && es_text_space_cp(es_str_decode(s + i, &n)) && i + n == j;
    return sp ? j - i : 0;
}

static bool is_ascii_text(const es_text_t *t) {
    return t->chars == t->len;
}

// Byte offset of code point [i] of [t].
static size_t text_off(const es_text_t *t, size_t i) {
    return is_ascii_text(t) ? i : es_str_offset(t->s, t->len, i);
}

// Code point index of byte offset [b] of [t].
static size_t text_pos(const es_text_t *t, size_t b) {
    return is_ascii_text(t) ? b : es_utf8_count(t->s, b);
}

// The bytes of text as a span (core/span.h).
static const uint8_t *U(const char *s) {
    return (const uint8_t *)s;
}

es_int_t es_str_find_bytes(es_val_t hay, es_val_t needle, size_t start,
    size_t end) {
    size_t nh, nn;
    const char *h = es_str_data(hay, &nh), *n = es_str_data(needle, &nn);
    return es_span_find(U(h), start, end < nh ? end : nh, U(n), nn, false);
}

// The code-point range [start, end) given by optional args[i0], args[i0+1],
// as byte offsets of [t]. False when start lies past the end (CPython then
// finds nothing, not even "").
static bool range_args(const es_text_t *t, size_t n_args,
    const es_val_t *args, size_t i0, size_t *bs, size_t *be) {
    size_t a, b;
    es_seq_range_args(n_args, args, i0, t->chars, &a, &b);
    if (b < a || (n_args > i0 && args[i0] != ES_NONE
        && es_is_small(args[i0]) && es_small_get(args[i0]) > (es_int_t)t->chars)) {
        return false;
    }
    *bs = text_off(t, a);
    *be = text_off(t, b);
    return true;
}

// --- find, rfind, index, rindex, count

// Argument count check with the wording of CPython's str methods, for
// [n_args] including self and [lo]..[hi] arguments after it.
static void check_count(const char *fname, size_t n_args, size_t lo,
    size_t hi) {
    size_t n = n_args - 1;
    if (n < lo || n > hi) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s() takes at %s %zu "
            "argument%s (%zu given)"), fname, n < lo ? "least" : "most",
            n < lo ? lo : hi, (n < lo ? lo : hi) == 1 ? "" : "s", n);
    }
}

static es_int_t find_common(size_t n_args, const es_val_t *args, bool rev,
    const char *fname) {
    check_count(fname, n_args, 1, 3);
    es_text_t t, sub;
    es_text_get(&t, args[0]);
    es_text_get(&sub, args[1]);
    size_t bs, be;
    if (!range_args(&t, n_args, args, 2, &bs, &be)) {
        return -1;
    }
    es_int_t r = es_span_find(U(t.s), bs, be, U(sub.s), sub.len, rev);
    return r < 0 ? -1 : (es_int_t)text_pos(&t, (size_t)r);
}

static es_val_t str_find(size_t n_args, const es_val_t *args) {
    return es_small_new(find_common(n_args, args, false, "find"));
}
static ES_FUN_VAR(str_find_obj, 1, ES_FUN_ARGS_MAX, str_find);

static es_val_t str_rfind(size_t n_args, const es_val_t *args) {
    return es_small_new(find_common(n_args, args, true, "rfind"));
}
static ES_FUN_VAR(str_rfind_obj, 1, ES_FUN_ARGS_MAX, str_rfind);

static es_val_t index_common(size_t n_args, const es_val_t *args, bool rev) {
    es_int_t r = find_common(n_args, args, rev, rev ? "rindex" : "index");
    if (r < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("substring not found"));
    }
    return es_small_new(r);
}

static es_val_t str_index(size_t n_args, const es_val_t *args) {
    return index_common(n_args, args, false);
}
static ES_FUN_VAR(str_index_obj, 1, ES_FUN_ARGS_MAX, str_index);

static es_val_t str_rindex(size_t n_args, const es_val_t *args) {
    return index_common(n_args, args, true);
}
static ES_FUN_VAR(str_rindex_obj, 1, ES_FUN_ARGS_MAX, str_rindex);

static es_val_t str_count(size_t n_args, const es_val_t *args) {
    check_count("count", n_args, 1, 3);
    es_text_t t, sub;
    es_text_get(&t, args[0]);
    es_text_get(&sub, args[1]);
    size_t bs, be;
    if (!range_args(&t, n_args, args, 2, &bs, &be)) {
        return es_small_new(0);
    }
    if (sub.len == 0) {
        return es_small_new((es_int_t)es_utf8_count(t.s + bs, be - bs) + 1);
    }
    return es_small_new((es_int_t)es_span_count(U(t.s), bs, be, U(sub.s),
        sub.len));
}
static ES_FUN_VAR(str_count_obj, 1, ES_FUN_ARGS_MAX, str_count);

// --- startswith, endswith

static bool affix_match(const es_text_t *t, size_t bs, size_t be,
    es_val_t affix, bool end) {
    size_t n;
    const char *a = es_str_data(affix, &n);
    return es_span_affix(U(t->s), bs, be, U(a), n, end);
}

static es_val_t affix_common(size_t n_args, const es_val_t *args, bool end,
    const char *name) {
    check_count(name, n_args, 1, 3);
    es_text_t t;
    es_text_get(&t, args[0]);
    size_t bs, be;
    if (!range_args(&t, n_args, args, 2, &bs, &be)) {
        return ES_FALSE;
    }
    es_val_t a = es_class_unbox(args[1]);
    if (es_is_str(a)) {
        return es_bool(affix_match(&t, bs, be, a, end));
    }
    if (!es_is_tuple(a)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s first arg must be str or "
            "a tuple of str, not %T"), name, a);
    }
    size_t n;
    es_val_t *items;
    es_tuple_get(a, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (!es_is_str(es_class_unbox(items[i]))) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("tuple for %s must only "
                "contain str, not %T"), name, items[i]);
        }
        if (affix_match(&t, bs, be, es_class_unbox(items[i]), end)) {
            return ES_TRUE;
        }
    }
    return ES_FALSE;
}

static es_val_t str_startswith(size_t n_args, const es_val_t *args) {
    return affix_common(n_args, args, false, "startswith");
}
static ES_FUN_VAR(str_startswith_obj, 1, ES_FUN_ARGS_MAX, str_startswith);

static es_val_t str_endswith(size_t n_args, const es_val_t *args) {
    return affix_common(n_args, args, true, "endswith");
}
static ES_FUN_VAR(str_endswith_obj, 1, ES_FUN_ARGS_MAX, str_endswith);

// --- case conversions (ASCII letters only)

static bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

static bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

// A cased character for istitle(): ASCII letters, and any non-ASCII byte
// (letters of other scripts do continue a word), as title() counts them.
static bool is_cased(char c) {
    return is_upper(c) || is_lower(c) || (uint8_t)c >= 0x80;
}

static es_val_t case_convert(es_val_t self, es_span_case_t how) {
    es_text_t t;
    es_text_get(&t, self);
    es_str_t *r = es_str_alloc(t.len);
    es_span_recase((uint8_t *)r->data, U(t.s), t.len, how, ES_SPAN_STR);
    return es_str_done(r);
}

static es_val_t str_upper(es_val_t self) {
    return case_convert(self, ES_SPAN_UPPER);
}
static ES_FUN_1(str_upper_obj, str_upper);

static es_val_t str_lower(es_val_t self) {
    return case_convert(self, ES_SPAN_LOWER);
}
static ES_FUN_1(str_lower_obj, str_lower);

static es_val_t str_swapcase(es_val_t self) {
    return case_convert(self, ES_SPAN_SWAP);
}
static ES_FUN_1(str_swapcase_obj, str_swapcase);

static es_val_t str_capitalize(es_val_t self) {
    return case_convert(self, ES_SPAN_CAP);
}
static ES_FUN_1(str_capitalize_obj, str_capitalize);

static es_val_t str_title(es_val_t self) {
    return case_convert(self, ES_SPAN_TITLE);
}
static ES_FUN_1(str_title_obj, str_title);

// --- class tests (ASCII only)

// True when every byte passes (and, but for isascii, the text is not
// empty).
static es_val_t class_all(es_val_t self, es_span_class_t cls) {
    es_text_t t;
    es_text_get(&t, self);
    return es_bool(es_span_all(U(t.s), t.len, cls));
}

static es_val_t str_isdigit(es_val_t self) {
    return class_all(self, ES_SPAN_DIGIT);
}
static ES_FUN_1(str_isdigit_obj, str_isdigit);

static es_val_t str_isalpha(es_val_t self) {
    return class_all(self, ES_SPAN_ALPHA);
}
static ES_FUN_1(str_isalpha_obj, str_isalpha);

static es_val_t str_isalnum(es_val_t self) {
    return class_all(self, ES_SPAN_ALNUM);
}
static ES_FUN_1(str_isalnum_obj, str_isalnum);

static es_val_t str_isspace(es_val_t self) {
    es_text_t t;
    es_text_get(&t, self);
    for (size_t i = 0, n; i < t.len; i += n) {
        n = es_text_space_at(t.s, t.len, i);
        if (n == 0) {
            return ES_FALSE;
        }
    }
    return es_bool(t.len > 0);
}
static ES_FUN_1(str_isspace_obj, str_isspace);

static es_val_t str_isascii(es_val_t self) {
    return class_all(self, ES_SPAN_ASCII);
}
static ES_FUN_1(str_isascii_obj, str_isascii);

static es_val_t str_isprintable(es_val_t self) {
    es_text_t t;
    es_text_get(&t, self);
    for (size_t i = 0, n; i < t.len; i += n) {
        if (!es_str_printable(es_str_decode(t.s + i, &n))) {
            return ES_FALSE;
        }
    }
    return ES_TRUE;
}
static ES_FUN_1(str_isprintable_obj, str_isprintable);

// isupper/islower: some cased character, none of the other case.
static es_val_t case_test(es_val_t self, bool upper) {
    es_text_t t;
    es_text_get(&t, self);
    return es_bool(es_span_cased(U(t.s), t.len, upper));
}

static es_val_t str_isupper(es_val_t self) {
    return case_test(self, true);
}
static ES_FUN_1(str_isupper_obj, str_isupper);

static es_val_t str_islower(es_val_t self) {
    return case_test(self, false);
}
static ES_FUN_1(str_islower_obj, str_islower);

static es_val_t str_istitle(es_val_t self) {
    es_text_t t;
    es_text_get(&t, self);
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < t.len; i++) {
        char c = t.s[i];
        if (is_upper(c)) {
            if (prev_cased) {
                return ES_FALSE;
            }
            any = true;
        } else if (is_lower(c) && !prev_cased) {
            return ES_FALSE;
        }
        prev_cased = is_cased(c);
    }
    return es_bool(any);
}
static ES_FUN_1(str_istitle_obj, str_istitle);

static es_val_t str_isidentifier(es_val_t self) {
    es_text_t t;
    es_text_get(&t, self);
    for (size_t i = 0; i < t.len; i++) {
        uint8_t c = (uint8_t)t.s[i];
        bool ok = c == '_' || c >= 0x80 || es_span_class(c, ES_SPAN_ALPHA)
            || (i > 0 && es_span_class(c, ES_SPAN_DIGIT));
        if (!ok) {
            return ES_FALSE;
        }
    }
    return es_bool(t.len > 0);
}
static ES_FUN_1(str_isidentifier_obj, str_isidentifier);

// --- strip

// Does the code point at s[i] (n bytes) belong to [chars] (NULL: space)?
static bool strip_member(const char *s, size_t n, const es_text_t *chars) {
    if (chars == NULL) {
        size_t k;
        return es_text_space_cp(es_str_decode(s, &k));
    }
    return es_span_find(U(chars->s), 0, chars->len, U(s), n, false) >= 0;
}

// Byte length of the code point ending just before offset [end].
static size_t prev_char_len(const char *s, size_t end) {
    size_t i = end - 1;
    while (i > 0 && ((uint8_t)s[i] & 0xc0) == 0x80) {
        i--;
    }
    return end - i;
}

static es_val_t strip_common(size_t n_args, const es_val_t *args, int sides,
    const char *name) {
    es_text_t t, chars;
    es_text_get(&t, args[0]);
    const es_text_t *set = NULL;
    if (n_args > 1 && args[1] != ES_NONE) {
        if (!es_is_str(es_class_unbox(args[1]))) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("%s arg must be None or str"), name);
        }
        es_text_get(&chars, args[1]);
        set = &chars;
    }
    size_t a = 0, b = t.len, n, poll = set != NULL ? set->len : 0;
    while ((sides & 1) && a < b) {
        es_span_poll(poll);
        es_str_decode(t.s + a, &n);
        if (!strip_member(t.s + a, n, set)) {
            break;
        }
        a += n;
    }
    while ((sides & 2) && b > a) {
        es_span_poll(poll);
        n = prev_char_len(t.s, b);
        if (!strip_member(t.s + b - n, n, set)) {
            break;
        }
        b -= n;
    }
    return a == 0 && b == t.len ? args[0] : es_str_new(t.s + a, b - a);
}

static es_val_t str_strip(size_t n_args, const es_val_t *args) {
    return strip_common(n_args, args, 3, "strip");
}
static ES_FUN_VAR(str_strip_obj, 1, 2, str_strip);

static es_val_t str_lstrip(size_t n_args, const es_val_t *args) {
    return strip_common(n_args, args, 1, "lstrip");
}
static ES_FUN_VAR(str_lstrip_obj, 1, 2, str_lstrip);

static es_val_t str_rstrip(size_t n_args, const es_val_t *args) {
    return strip_common(n_args, args, 2, "rstrip");
}
static ES_FUN_VAR(str_rstrip_obj, 1, 2, str_rstrip);

// --- padding

static size_t width_arg(es_val_t v) {
    es_int_t w = es_get_int(v);
    return w < 0 ? 0 : (size_t)w;
}

static es_val_t pad_common(size_t n_args, const es_val_t *args, int how) {
    es_text_t t, fill = {" ", 1, 1};
    es_text_get(&t, args[0]);
    size_t width = width_arg(args[1]);
    if (n_args > 2) {
        if (!es_is_str(es_class_unbox(args[2]))) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("The fill character must "
                "be a unicode character, not %T"), args[2]);
        }
        es_text_get(&fill, args[2]);
        if (fill.chars != 1) {
            es_raise_msg(&es_type_TypeError, ES_ERR("The fill character must "
                "be exactly one character long"));
        }
    }
    if (width <= t.chars) {
        return args[0];
    }
    size_t total = width - t.chars;
    size_t left = es_span_pad_left(total, width, how);
    es_str_t *r = es_str_alloc(t.len + total * fill.len);
    es_span_pad((uint8_t *)r->data, U(t.s), t.len, U(fill.s), fill.len, left,
        total - left);
    return es_str_done(r);
}

static es_val_t str_ljust(size_t n_args, const es_val_t *args) {
    return pad_common(n_args, args, 0);
}
static ES_FUN_VAR(str_ljust_obj, 2, 3, str_ljust);

static es_val_t str_rjust(size_t n_args, const es_val_t *args) {
    return pad_common(n_args, args, 1);
}
static ES_FUN_VAR(str_rjust_obj, 2, 3, str_rjust);

static es_val_t str_center(size_t n_args, const es_val_t *args) {
    return pad_common(n_args, args, 2);
}
static ES_FUN_VAR(str_center_obj, 2, 3, str_center);

static es_val_t str_zfill(es_val_t self, es_val_t width_v) {
    es_text_t t;
    es_text_get(&t, self);
    size_t width = width_arg(width_v);
    if (width <= t.chars) {
        return self;
    }
    size_t zeros = width - t.chars;
    es_str_t *r = es_str_alloc(t.len + zeros);
    es_span_zfill((uint8_t *)r->data, U(t.s), t.len, zeros);
    return es_str_done(r);
}
static ES_FUN_2(str_zfill_obj, str_zfill);

// --- replace, partition, removeprefix/suffix

static es_val_t str_replace(size_t n_args, const es_val_t *args) {
    es_text_t t, old, new;
    es_text_get(&t, args[0]);
    for (int i = 1; i <= 2; i++) {
        if (!es_is_str(es_class_unbox(args[i]))) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("replace() argument %d "
                "must be str, not %T"), i, args[i]);
        }
    }
    es_text_get(&old, args[1]);
    es_text_get(&new, args[2]);
    es_int_t max = n_args > 3 ? es_get_int(args[3]) : -1;
    size_t n = es_span_replace_count(U(t.s), t.len, U(old.s), old.len,
        t.chars + 1, max);
    if (n == 0) {
        return args[0];
    }
    es_str_t *res = es_str_alloc(t.len + n * new.len - n * old.len);
    es_span_replace((uint8_t *)res->data, ES_SPAN_STR, U(t.s), t.len,
        U(old.s), old.len, U(new.s), new.len, n);
    return es_str_done(res);
}
static ES_FUN_VAR(str_replace_obj, 3, 4, str_replace);

static es_val_t partition_common(es_val_t self, es_val_t sep, bool rev) {
    es_text_t t, s;
    es_text_get(&t, self);
    es_text_get(&s, sep);
    if (s.len == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("empty separator"));
    }
    es_int_t r = es_span_find(U(t.s), 0, t.len, U(s.s), s.len, rev);
    es_val_t items[3] = {self, es_str_empty(), es_str_empty()};
    if (r < 0) {
        if (rev) {
            items[0] = items[2];
            items[2] = self;
        }
        return es_tuple_new(3, items);
    }
    size_t at = (size_t)r;
    items[0] = es_str_new(t.s, at);
    items[1] = sep;
    items[2] = es_str_new(t.s + at + s.len, t.len - at - s.len);
    return es_tuple_new(3, items);
}

static es_val_t str_partition(es_val_t self, es_val_t sep) {
    return partition_common(self, sep, false);
}
static ES_FUN_2(str_partition_obj, str_partition);

static es_val_t str_rpartition(es_val_t self, es_val_t sep) {
    return partition_common(self, sep, true);
}
static ES_FUN_2(str_rpartition_obj, str_rpartition);

static es_val_t str_removeprefix(es_val_t self, es_val_t prefix) {
    es_text_t t, p;
    es_text_get(&t, self);
    es_text_get(&p, prefix);
    if (p.len == 0 || t.len < p.len || memcmp(t.s, p.s, p.len) != 0) {
        return self;
    }
    return es_str_new(t.s + p.len, t.len - p.len);
}
static ES_FUN_2(str_removeprefix_obj, str_removeprefix);

static es_val_t str_removesuffix(es_val_t self, es_val_t suffix) {
    es_text_t t, p;
    es_text_get(&t, self);
    es_text_get(&p, suffix);
    if (p.len == 0 || t.len < p.len
        || memcmp(t.s + t.len - p.len, p.s, p.len) != 0) {
        return self;
    }
    return es_str_new(t.s, t.len - p.len);
}
static ES_FUN_2(str_removesuffix_obj, str_removesuffix);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t str_locals_table[] = {
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)},
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)},
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)},
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)},
    {QV(ES_Q(capitalize)), ES_PTR(&str_capitalize_obj)},
    {QV(ES_Q(casefold)), ES_PTR(&str_lower_obj)},
    {QV(ES_Q(center)), ES_PTR(&str_center_obj)},
    {QV(ES_Q(count)), ES_PTR(&str_count_obj)},
    {QV(ES_Q(encode)), ES_PTR(&es_str_encode_obj)},
    {QV(ES_Q(endswith)), ES_PTR(&str_endswith_obj)},
    {QV(ES_Q(expandtabs)), ES_PTR(&es_str_expandtabs_obj)},
    {QV(ES_Q(find)), ES_PTR(&str_find_obj)},
    {QV(ES_Q(format)), ES_PTR(&es_str_format_obj)},
    {QV(ES_Q(format_map)), ES_PTR(&es_str_format_map_obj)},
    {QV(ES_Q(index)), ES_PTR(&str_index_obj)},
    {QV(ES_Q(isalnum)), ES_PTR(&str_isalnum_obj)},
    {QV(ES_Q(isalpha)), ES_PTR(&str_isalpha_obj)},
    {QV(ES_Q(isascii)), ES_PTR(&str_isascii_obj)},
    {QV(ES_Q(isdecimal)), ES_PTR(&str_isdigit_obj)},
    {QV(ES_Q(isdigit)), ES_PTR(&str_isdigit_obj)},
    {QV(ES_Q(isidentifier)), ES_PTR(&str_isidentifier_obj)},
    {QV(ES_Q(islower)), ES_PTR(&str_islower_obj)},
    {QV(ES_Q(isnumeric)), ES_PTR(&str_isdigit_obj)},
    {QV(ES_Q(isprintable)), ES_PTR(&str_isprintable_obj)},
    {QV(ES_Q(isspace)), ES_PTR(&str_isspace_obj)},
    {QV(ES_Q(istitle)), ES_PTR(&str_istitle_obj)},
    {QV(ES_Q(isupper)), ES_PTR(&str_isupper_obj)},
    {QV(ES_Q(join)), ES_PTR(&es_str_join_obj)},
    {QV(ES_Q(ljust)), ES_PTR(&str_ljust_obj)},
    {QV(ES_Q(lower)), ES_PTR(&str_lower_obj)},
    {QV(ES_Q(lstrip)), ES_PTR(&str_lstrip_obj)},
    {QV(ES_Q(maketrans)), ES_PTR(&es_str_maketrans_obj)},
    {QV(ES_Q(partition)), ES_PTR(&str_partition_obj)},
    {QV(ES_Q(removeprefix)), ES_PTR(&str_removeprefix_obj)},
    {QV(ES_Q(removesuffix)), ES_PTR(&str_removesuffix_obj)},
    {QV(ES_Q(replace)), ES_PTR(&str_replace_obj)},
    {QV(ES_Q(rfind)), ES_PTR(&str_rfind_obj)},
    {QV(ES_Q(rindex)), ES_PTR(&str_rindex_obj)},
    {QV(ES_Q(rjust)), ES_PTR(&str_rjust_obj)},
    {QV(ES_Q(rpartition)), ES_PTR(&str_rpartition_obj)},
    {QV(ES_Q(rsplit)), ES_PTR(&es_str_rsplit_obj)},
    {QV(ES_Q(rstrip)), ES_PTR(&str_rstrip_obj)},
    {QV(ES_Q(split)), ES_PTR(&es_str_split_obj)},
    {QV(ES_Q(splitlines)), ES_PTR(&es_str_splitlines_obj)},
    {QV(ES_Q(startswith)), ES_PTR(&str_startswith_obj)},
    {QV(ES_Q(strip)), ES_PTR(&str_strip_obj)},
    {QV(ES_Q(swapcase)), ES_PTR(&str_swapcase_obj)},
    {QV(ES_Q(title)), ES_PTR(&str_title_obj)},
    {QV(ES_Q(translate)), ES_PTR(&es_str_translate_obj)},
    {QV(ES_Q(upper)), ES_PTR(&str_upper_obj)},
    {QV(ES_Q(zfill)), ES_PTR(&str_zfill_obj)},
};
ES_CONST_DICT(es_str_locals, str_locals_table);
