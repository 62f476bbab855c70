// SPDX-License-Identifier: MIT
// Methods of bytes and bytearray (decode, hex/fromhex, searching, split,
// join, strip, replace, case), bytearray's mutation methods (append,
// extend, pop, insert, remove, clear, copy, reverse), and str.encode.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "format.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "span.h"
#include "str.h"
#include "tuple.h"

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))

static es_bytes_t *B(es_val_t v) {
    return (es_bytes_t *)es_obj(v);
}

static es_val_t same_kind(es_val_t like, const void *s, size_t len) {
    return es_span_new(es_span_kind_of(like), s, len);
}

// Keyword argument [name] among the [n_kw] pairs after [n_args]
// positionals, else positional [pos] when given, else ES_NULL.
static es_val_t arg(size_t n_args, size_t n_kw, const es_val_t *args,
    size_t pos, es_qstr_t name) {
    for (size_t i = 0; i < n_kw; i++) {
        if (es_qstr_get(args[n_args + 2 * i]) == name) {
            return args[n_args + 2 * i + 1];
        }
    }
    return pos < n_args ? args[pos] : ES_NULL;
}

// --- codecs

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } enc_t;

static enc_t encoding(es_val_t enc) {
    if (enc == ES_NULL) {
        return ENC_UTF8;
    }
    const char *s = es_str_arg(enc, "encode", "encoding", NULL);
    char low[16];
    size_t n = 0;
    for (; s[n] && n < sizeof low - 1; n++) {
        char c = s[n] >= 'A' && s[n] <= 'Z' ? (char)(s[n] + 32) : s[n];
        low[n] = c == '_' ? '-' : c;
    }
    low[n] = 0;
    if (!strcmp(low, "utf-8") || !strcmp(low, "utf8")) {
        return ENC_UTF8;
    }
    if (!strcmp(low, "ascii") || !strcmp(low, "us-ascii")) {
        return ENC_ASCII;
    }
    if (!strcmp(low, "latin-1") || !strcmp(low, "latin1")
        || !strcmp(low, "iso-8859-1")) {
        return ENC_LATIN1;
    }
    es_raise_fmt(&es_type_LookupError, ES_ERR("unknown encoding: %s"), s);
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

// 0 strict, 1 ignore, 2 replace.
static int errors_mode(es_val_t err) {
    if (err == ES_NULL) {
        return 0;
    }
    const char *s = es_str_arg(err, "encode", "errors", NULL);
    return !strcmp(s, "ignore") ? 1 : !strcmp(s, "replace") ? 2 : 0;
}

// The bytes an invalid UTF-8 sequence at [s] spans, which errors='replace'
// turns into one U+FFFD (as CPython): its start and the continuation bytes
// that were still valid when it failed.
static size_t bad_utf8_len(const uint8_t *s, size_t n) {
    const char *why;
    size_t j = n < 3 ? n : 3;
    for (; j > 1; j--) {
        if (es_utf8_seq(s, j, &why) == 0
            && !strcmp(why, "unexpected end of data")) {
            break;
        }
    }
    return j;
}

static es_val_t decode(es_val_t self, enc_t enc, int mode) {
    es_bytes_t *b = B(self);
    es_vstr_t v;
    es_vstr_init(&v, b->len + 1);
    for (size_t i = 0; i < b->len;) {
        const char *why = "ordinal not in range(128)";
        size_t k = enc == ENC_UTF8 ? es_utf8_seq(b->data + i, b->len - i, &why)
            : enc == ENC_ASCII ? (b->data[i] < 0x80) : 1;
        if (k > 0 && enc == ENC_LATIN1 && b->data[i] >= 0x80) {
            char buf[4];
            es_vstr_add(&v, buf, es_str_encode(b->data[i], buf));
        } else if (k > 0) {
            es_vstr_add(&v, (const char *)b->data + i, k);
        } else if (mode == 0) {
            es_raise_decode_error(enc_names[enc], b->data[i], i, why);
        } else if (mode == 2) {
            es_vstr_add(&v, "\xef\xbf\xbd", 3);
            k = enc == ENC_UTF8 ? bad_utf8_len(b->data + i, b->len - i) : 1;
        }
        i += k > 0 ? k : 1;
    }
    return es_vstr_to_str(&v);
}

// decode(encoding='utf-8', errors='strict')
static es_val_t bytes_decode(size_t n_args, size_t n_kw, const es_val_t *args) {
    enc_t enc = encoding(arg(n_args, n_kw, args, 1, ES_Q(encoding)));
    return decode(args[0], enc, errors_mode(arg(n_args, n_kw, args, 2,
        ES_Q(errors))));
}
static ES_FUN_KW(bytes_decode_obj, 1, 3, bytes_decode);

// str.encode(encoding='utf-8', errors='strict')
static es_val_t str_encode(size_t n_args, size_t n_kw, const es_val_t *args) {
    enc_t enc = encoding(arg(n_args, n_kw, args, 1, ES_Q(encoding)));
    int mode = errors_mode(arg(n_args, n_kw, args, 2, ES_Q(errors)));
    size_t n;
    const char *s = es_str_data(args[0], &n);
    if (enc == ENC_UTF8) {
        return es_bytes_new(s, n);
    }
    es_val_t r = es_bytearray_new(NULL, 0);
    uint32_t limit = enc == ENC_ASCII ? 128 : 256;
    for (size_t i = 0, pos = 0; i < n; pos++) {
        size_t k;
        uint32_t c = es_str_decode(s + i, &k);
        i += k;
        if (c < limit || mode == 2) {
            uint8_t byte = c < limit ? (uint8_t)c : '?';
            es_bytearray_add(r, &byte, 1);
        } else if (mode == 0) {
            es_raise_fmt(&es_type_UnicodeError, ES_ERR("'%s' codec can't "
                "encode character %S in position %zu: ordinal not in "
                "range(%u)"), enc_names[enc],
                es_str_ascii(es_repr(es_str_from_codepoint(c))), pos,
                (unsigned)limit);
        }
    }
    return es_bytes_new(B(r)->data, B(r)->len);
}
ES_FUN_KW(es_str_encode_obj, 1, 3, str_encode);

// --- % formatting, through str's: bytes map to latin-1 text and back.

// A %-argument as text: bytes-like values become their latin-1 text.
static es_val_t mod_arg(es_val_t v) {
    const uint8_t *d;
    size_t n;
    if (!es_bytes_get(v, &d, &n)) {
        return v;
    }
    es_val_t tmp = es_bytes_new(d, n);
    return decode(tmp, ENC_LATIN1, 0);
}

es_val_t es_bytes_mod(es_val_t fmt, es_val_t args) {
    es_val_t text = decode(fmt, ENC_LATIN1, 0);
    es_val_t r = es_str_mod_text(text, args, mod_arg);
    es_val_t enc[3] = {r, es_qstr_val(ES_Q(latin1)), ES_NULL};
    es_val_t b = str_encode(2, 0, enc);
    return same_kind(fmt, B(b)->data, B(b)->len);
}

// --- hex

// The separator of hex(sep): one character of a str or a bytes-like.
static const char *hex_sep(es_val_t v, size_t *len) {
    const uint8_t *d;
    const char *s = es_bytes_get(v, &d, len) ? (const char *)d
        : es_is_str(v) ? es_str_data(v, len) : NULL;
    if (s == NULL) {
        es_raise_msg(&es_type_TypeError, ES_ERR("sep must be str or bytes."));
    }
    if ((es_is_str(v) ? es_utf8_count(s, *len) : *len) != 1) {
        es_raise_msg(&es_type_ValueError, ES_ERR("sep must be length 1."));
    }
    return s;
}

es_val_t es_bytes_hex(const uint8_t *d, size_t n, es_val_t sep_obj,
    bool as_bytes) {
    const char *sep = NULL;
    size_t seplen = 0;
    if (sep_obj != ES_NULL) {
        sep = hex_sep(sep_obj, &seplen);
    }
    es_vstr_t v;
    es_vstr_init(&v, n * (2 + seplen) + 1);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && seplen > 0) {
            es_vstr_add(&v, sep, seplen);
        }
        char h[2] = {es_rom_digit(d[i] >> 4, false),
            es_rom_digit(d[i] & 15, false)};
        es_vstr_add(&v, h, 2);
    }
    if (!as_bytes) {
        return es_vstr_to_str(&v);
    }
    es_val_t r = es_bytes_new(v.buf, v.len);
    es_gc_free(v.buf);
    return r;
}

// hex([sep]): bytes_per_sep is not supported.
static es_val_t bytes_hex(size_t n_args, const es_val_t *args) {
    es_bytes_t *b = B(args[0]);
    return es_bytes_hex(b->data, b->len, n_args > 1 ? args[1] : ES_NULL,
        false);
}
static ES_FUN_VAR(bytes_hex_obj, 1, 2, bytes_hex);

int es_hex_value(int c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// fromhex(string), called on the type or an instance: the last argument.
static es_val_t fromhex(size_t n_args, const es_val_t *args, bool ba) {
    size_t n;
    es_val_t str = args[n_args - 1];
    if (!es_is_str(str)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("fromhex() argument must be str, not %T"), str);
    }
    const char *s = es_str_data(str, &n);
    es_val_t r = es_bytearray_new(NULL, 0);
    for (size_t i = 0; i < n;) {
        if (es_span_class((uint8_t)s[i], ES_SPAN_SPACE)) { // any ASCII space
            i++;
            continue;
        }
        int hi = es_hex_value(s[i]), lo = i + 1 < n ? es_hex_value(s[i + 1])
            : -1;
        if (hi < 0 || lo < 0) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("non-hexadecimal number "
                "found in fromhex() arg at position %zu"), hi < 0 ? i : i + 1);
        }
        uint8_t c = (uint8_t)(hi * 16 + lo);
        es_bytearray_add(r, &c, 1);
        i += 2;
    }
    return ba ? r : es_bytes_new(B(r)->data, B(r)->len);
}

static es_val_t bytes_fromhex(size_t n_args, const es_val_t *args) {
    return fromhex(n_args, args, false);
}
static ES_FUN_VAR_CLASS(bytes_fromhex_obj, 1, 2, bytes_fromhex);

static es_val_t bytearray_fromhex(size_t n_args, const es_val_t *args) {
    return fromhex(n_args, args, true);
}
static ES_FUN_VAR_CLASS(bytearray_fromhex_obj, 1, 2, bytearray_fromhex);

// --- searching

// The needle of find()-style methods: bytes-like or an int.
static const uint8_t *needle(es_val_t v, size_t *m, uint8_t *one) {
    const uint8_t *d;
    if (es_bytes_get(v, &d, m)) {
        return d;
    }
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("argument should be integer "
            "or bytes-like object, not '%T'"), v);
    }
    *one = es_bytes_byte_of(v);
    *m = 1;
    return one;
}

// Is the start argument (args[2]) past the end of [len] bytes? Searches
// then find nothing, not even an empty needle.
static bool start_past_end(size_t n_args, const es_val_t *args, size_t len) {
    if (n_args < 3 || args[2] == ES_NONE) {
        return false;
    }
    es_int_t st = es_get_int(args[2]);
    return st > (es_int_t)len;
}

// find/rfind core: position or -1.
static es_int_t find(size_t n_args, const es_val_t *args, bool rev) {
    es_bytes_t *b = B(args[0]);
    uint8_t one;
    size_t m, start, stop;
    const uint8_t *nd = needle(args[1], &m, &one);
    es_seq_range_args(n_args, args, 2, b->len, &start, &stop);
    if (start_past_end(n_args, args, b->len)) {
        return -1;
    }
    return es_span_find(b->data, start, stop, nd, m, rev);
}

static es_val_t bytes_find(size_t n_args, const es_val_t *args) {
    return es_small_new(find(n_args, args, false));
}
static ES_FUN_VAR(bytes_find_obj, 2, 4, bytes_find);

static es_val_t bytes_rfind(size_t n_args, const es_val_t *args) {
    return es_small_new(find(n_args, args, true));
}
static ES_FUN_VAR(bytes_rfind_obj, 2, 4, bytes_rfind);

static es_val_t index_of(size_t n_args, const es_val_t *args, bool rev) {
    es_int_t i = find(n_args, args, rev);
    if (i < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("subsection not found"));
    }
    return es_small_new(i);
}

static es_val_t bytes_index(size_t n_args, const es_val_t *args) {
    return index_of(n_args, args, false);
}
static ES_FUN_VAR(bytes_index_obj, 2, 4, bytes_index);

static es_val_t bytes_rindex(size_t n_args, const es_val_t *args) {
    return index_of(n_args, args, true);
}
static ES_FUN_VAR(bytes_rindex_obj, 2, 4, bytes_rindex);

static es_val_t bytes_count(size_t n_args, const es_val_t *args) {
    es_bytes_t *b = B(args[0]);
    uint8_t one;
    size_t m, start, stop;
    const uint8_t *nd = needle(args[1], &m, &one);
    es_seq_range_args(n_args, args, 2, b->len, &start, &stop);
    if (start_past_end(n_args, args, b->len)) {
        return es_small_new(0);
    }
    if (m == 0) {
        return es_small_new(stop >= start ? (es_int_t)(stop - start + 1) : 0);
    }
    return es_small_new((es_int_t)es_span_count(b->data, start, stop, nd, m));
}
static ES_FUN_VAR(bytes_count_obj, 2, 4, bytes_count);

// startswith/endswith with a bytes or a tuple of bytes.
static bool affix_one(es_bytes_t *b, es_val_t x, size_t start, size_t stop,
    bool end) {
    const uint8_t *d;
    size_t m;
    if (!es_bytes_get(x, &d, &m)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s first arg must be bytes "
            "or a tuple of bytes, not %T"), end ? "endswith" : "startswith",
            x);
    }
    return es_span_affix(b->data, start, stop, d, m, end);
}

static es_val_t affix(size_t n_args, const es_val_t *args, bool end) {
    es_bytes_t *b = B(args[0]);
    size_t start, stop;
    es_seq_range_args(n_args, args, 2, b->len, &start, &stop);
    if (start_past_end(n_args, args, b->len)) {
        return ES_FALSE;
    }
    if (es_is_type(args[1], &es_type_tuple)) {
        size_t n;
        es_val_t *items;
        es_tuple_get(args[1], &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (affix_one(b, items[i], start, stop, end)) {
                return ES_TRUE;
            }
        }
        return ES_FALSE;
    }
    return es_bool(affix_one(b, args[1], start, stop, end));
}

static es_val_t bytes_startswith(size_t n_args, const es_val_t *args) {
    return affix(n_args, args, false);
}
static ES_FUN_VAR(bytes_startswith_obj, 2, 4, bytes_startswith);

static es_val_t bytes_endswith(size_t n_args, const es_val_t *args) {
    return affix(n_args, args, true);
}
static ES_FUN_VAR(bytes_endswith_obj, 2, 4, bytes_endswith);

// --- split, join, strip, replace

// split/rsplit(sep=None, maxsplit=-1)
static es_val_t split(size_t n_args, size_t n_kw, const es_val_t *args,
    bool rev) {
    es_val_t sepv = arg(n_args, n_kw, args, 1, ES_Q(sep));
    es_val_t maxv = arg(n_args, n_kw, args, 2, ES_Q(maxsplit));
    es_int_t maxsplit = maxv == ES_NULL ? -1 : es_get_int(maxv);
    const uint8_t *sep = NULL;
    size_t m = 0;
    if (sepv != ES_NULL && sepv != ES_NONE) {
        sep = es_bytes_need(sepv, &m);
        if (m == 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("empty separator"));
        }
    }
    return es_span_split(es_span_kind_of(args[0]), B(args[0])->data,
        B(args[0])->len, sep, m, maxsplit, rev);
}

static es_val_t bytes_split(size_t n_args, size_t n_kw, const es_val_t *args) {
    return split(n_args, n_kw, args, false);
}
static ES_FUN_KW(bytes_split_obj, 1, 3, bytes_split);

static es_val_t bytes_rsplit(size_t n_args, size_t n_kw, const es_val_t *args) {
    return split(n_args, n_kw, args, true);
}
static ES_FUN_KW(bytes_rsplit_obj, 1, 3, bytes_rsplit);

static es_val_t bytes_join(es_val_t self, es_val_t iterable) {
    es_val_t r = es_bytearray_new(NULL, 0);
    es_val_t it = es_getiter(iterable);
    size_t i = 0;
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP; i++) {
        const uint8_t *d;
        size_t n;
        if (!es_bytes_get(v, &d, &n)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("sequence item %zu: "
                "expected a bytes-like object, %T found"), i, v);
        }
        if (i > 0) {
            es_bytearray_add(r, B(self)->data, B(self)->len);
        }
        es_bytearray_add(r, d, n);
    }
    return es_is_type(self, &es_type_bytearray) ? r
        : es_bytes_new(B(r)->data, B(r)->len);
}
static ES_FUN_2(bytes_join_obj, bytes_join);

// strip core: which ends (1 left, 2 right, 3 both).
static es_val_t strip(size_t n_args, const es_val_t *args, int ends) {
    const uint8_t *d = B(args[0])->data, *chars = NULL;
    size_t n = B(args[0])->len, m = 0, i = 0;
    es_span_set_t set;
    if (n_args > 1 && args[1] != ES_NONE) {
        chars = es_bytes_need(args[1], &m);
        es_span_set_init(&set, chars, m);
    }
#define STRIPPED(c) (chars ? es_span_set_has(&set, (c)) \
    : es_span_class((c), ES_SPAN_SPACE))
    while ((ends & 1) && i < n && STRIPPED(d[i])) {
        i++;
    }
    while ((ends & 2) && n > i && STRIPPED(d[n - 1])) {
        n--;
    }
#undef STRIPPED
    if (i == 0 && n == B(args[0])->len && es_is_type(args[0], &es_type_bytes)) {
        return args[0]; // nothing stripped: the same bytes, as CPython
    }
    return same_kind(args[0], d + i, n - i);
}

static es_val_t bytes_strip(size_t n_args, const es_val_t *args) {
    return strip(n_args, args, 3);
}
static ES_FUN_VAR(bytes_strip_obj, 1, 2, bytes_strip);

static es_val_t bytes_lstrip(size_t n_args, const es_val_t *args) {
    return strip(n_args, args, 1);
}
static ES_FUN_VAR(bytes_lstrip_obj, 1, 2, bytes_lstrip);

static es_val_t bytes_rstrip(size_t n_args, const es_val_t *args) {
    return strip(n_args, args, 2);
}
static ES_FUN_VAR(bytes_rstrip_obj, 1, 2, bytes_rstrip);

// replace(old, new[, count])
static es_val_t bytes_replace(size_t n_args, const es_val_t *args) {
    size_t n, m, k;
    const uint8_t *d = es_bytes_need(args[0], &n);
    const uint8_t *old = es_bytes_need(args[1], &m);
    const uint8_t *rep = es_bytes_need(args[2], &k);
    es_int_t max = n_args > 3 ? es_get_int(args[3]) : -1;
    size_t count = es_span_replace_count(d, n, old, m, n + 1, max);
    es_val_t r = same_kind(args[0], NULL, n + count * k - count * m);
    es_span_replace(B(r)->data, ES_SPAN_BYTES, d, n, old, m, rep, k, count);
    return r;
}
static ES_FUN_VAR(bytes_replace_obj, 3, 4, bytes_replace);

// --- case and classes (ASCII)

// A copy of [self] converted by [how].
static es_val_t recase(es_val_t self, es_span_case_t how) {
    es_val_t r = same_kind(self, NULL, B(self)->len);
    es_span_recase(B(r)->data, B(self)->data, B(r)->len, how, ES_SPAN_BYTES);
    return r;
}

static es_val_t bytes_upper(es_val_t self) {
    return recase(self, ES_SPAN_UPPER);
}
static ES_FUN_1(bytes_upper_obj, bytes_upper);

static es_val_t bytes_lower(es_val_t self) {
    return recase(self, ES_SPAN_LOWER);
}
static ES_FUN_1(bytes_lower_obj, bytes_lower);

// True when the data is non-empty and every byte is of class [cls].
static es_val_t all_bytes(es_val_t self, es_span_class_t cls) {
    return es_bool(es_span_all(B(self)->data, B(self)->len, cls));
}

static es_val_t bytes_isdigit(es_val_t self) {
    return all_bytes(self, ES_SPAN_DIGIT);
}
static ES_FUN_1(bytes_isdigit_obj, bytes_isdigit);

static es_val_t bytes_isalpha(es_val_t self) {
    return all_bytes(self, ES_SPAN_ALPHA);
}
static ES_FUN_1(bytes_isalpha_obj, bytes_isalpha);

static es_val_t bytes_isalnum(es_val_t self) {
    return all_bytes(self, ES_SPAN_ALNUM);
}
static ES_FUN_1(bytes_isalnum_obj, bytes_isalnum);

static es_val_t bytes_isspace(es_val_t self) {
    return all_bytes(self, ES_SPAN_SPACE);
}
static ES_FUN_1(bytes_isspace_obj, bytes_isspace);

// --- more of str's methods, on bytes

// partition(sep) / rpartition(sep): a 3-tuple.
static es_val_t partition(es_val_t self, es_val_t sepv, bool rev) {
    size_t n, m;
    const uint8_t *d = es_bytes_need(self, &n);
    const uint8_t *sep = es_bytes_need(sepv, &m);
    if (m == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("empty separator"));
    }
    es_int_t j = es_span_find(d, 0, n, sep, m, rev);
    es_val_t items[3];
    if (j < 0) {
        items[rev ? 2 : 0] = same_kind(self, d, n);
        items[1] = same_kind(self, NULL, 0);
        items[rev ? 0 : 2] = same_kind(self, NULL, 0);
    } else {
        items[0] = same_kind(self, d, (size_t)j);
        items[1] = same_kind(self, sep, m);
        items[2] = same_kind(self, d + j + m, n - (size_t)j - m);
    }
    return es_tuple_new(3, items);
}

static es_val_t bytes_partition(es_val_t self, es_val_t sep) {
    return partition(self, sep, false);
}
static ES_FUN_2(bytes_partition_obj, bytes_partition);

static es_val_t bytes_rpartition(es_val_t self, es_val_t sep) {
    return partition(self, sep, true);
}
static ES_FUN_2(bytes_rpartition_obj, bytes_rpartition);

// splitlines(keepends=False) on \n, \r and \r\n.
static es_val_t bytes_splitlines(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t kv = arg(n_args, n_kw, args, 1, ES_Q(keepends));
    bool keep = kv != ES_NULL && es_truthy(kv);
    const uint8_t *d = B(args[0])->data;
    size_t n = B(args[0])->len;
    es_val_t list = es_list_new(0, NULL);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') {
            j++;
        }
        size_t eol = j < n ? (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n'
            ? 2 : 1) : 0;
        es_list_append(list, same_kind(args[0], d + i, j - i + (keep ? eol
            : 0)));
        i = j + eol;
    }
    return list;
}
static ES_FUN_KW(bytes_splitlines_obj, 1, 2, bytes_splitlines);

// ljust/rjust/center(width, fillbyte=b' '): [where] 0 left, 1 right,
// 2 centre (CPython's rounding of the odd byte).
static es_val_t justify(size_t n_args, const es_val_t *args, int where) {
    size_t n = B(args[0])->len;
    es_int_t w = es_get_int(args[1]);
    uint8_t fill = ' ';
    if (n_args > 2) {
        size_t fl;
        const uint8_t *f = es_bytes_need(args[2], &fl);
        if (fl != 1) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%s() argument 2 must be "
                "a byte string of length 1, not %T"), where == 0 ? "ljust"
                : where == 1 ? "rjust" : "center", args[2]);
        }
        fill = f[0];
    }
    if (w <= (es_int_t)n) {
        return same_kind(args[0], B(args[0])->data, n);
    }
    size_t pad = (size_t)w - n;
    size_t left = es_span_pad_left(pad, (size_t)w, where);
    es_val_t r = same_kind(args[0], NULL, (size_t)w);
    es_span_pad(B(r)->data, B(args[0])->data, n, &fill, 1, left, pad - left);
    return r;
}

static es_val_t bytes_ljust(size_t n_args, const es_val_t *args) {
    return justify(n_args, args, 0);
}
static ES_FUN_VAR(bytes_ljust_obj, 2, 3, bytes_ljust);

static es_val_t bytes_rjust(size_t n_args, const es_val_t *args) {
    return justify(n_args, args, 1);
}
static ES_FUN_VAR(bytes_rjust_obj, 2, 3, bytes_rjust);

static es_val_t bytes_center(size_t n_args, const es_val_t *args) {
    return justify(n_args, args, 2);
}
static ES_FUN_VAR(bytes_center_obj, 2, 3, bytes_center);

static es_val_t bytes_zfill(es_val_t self, es_val_t wv) {
    size_t n = B(self)->len;
    es_int_t w = es_get_int(wv);
    if (w <= (es_int_t)n) {
        return same_kind(self, B(self)->data, n);
    }
    es_val_t r = same_kind(self, NULL, (size_t)w);
    es_span_zfill(B(r)->data, B(self)->data, n, (size_t)w - n);
    return r;
}
static ES_FUN_2(bytes_zfill_obj, bytes_zfill);

// isupper/islower: some cased byte, none of the other case.
static es_val_t cased(es_val_t self, bool upper) {
    return es_bool(es_span_cased(B(self)->data, B(self)->len, upper));
}

static es_val_t bytes_isupper(es_val_t self) {
    return cased(self, true);
}
static ES_FUN_1(bytes_isupper_obj, bytes_isupper);

static es_val_t bytes_islower(es_val_t self) {
    return cased(self, false);
}
static ES_FUN_1(bytes_islower_obj, bytes_islower);

static es_val_t bytes_capitalize(es_val_t self) {
    return recase(self, ES_SPAN_CAP);
}
static ES_FUN_1(bytes_capitalize_obj, bytes_capitalize);

static es_val_t bytes_swapcase(es_val_t self) {
    return recase(self, ES_SPAN_SWAP);
}
static ES_FUN_1(bytes_swapcase_obj, bytes_swapcase);

static es_val_t bytes_title(es_val_t self) {
    return recase(self, ES_SPAN_TITLE);
}
static ES_FUN_1(bytes_title_obj, bytes_title);

// removeprefix / removesuffix
static es_val_t remove_affix(es_val_t self, es_val_t a, bool end) {
    size_t n, m;
    const uint8_t *d = es_bytes_need(self, &n);
    const uint8_t *x = es_bytes_need(a, &m);
    if (es_span_affix(d, 0, n, x, m, end)) {
        return same_kind(self, d + (end ? 0 : m), n - m);
    }
    return same_kind(self, d, n);
}

static es_val_t bytes_removeprefix(es_val_t self, es_val_t a) {
    return remove_affix(self, a, false);
}
static ES_FUN_2(bytes_removeprefix_obj, bytes_removeprefix);

static es_val_t bytes_removesuffix(es_val_t self, es_val_t a) {
    return remove_affix(self, a, true);
}
static ES_FUN_2(bytes_removesuffix_obj, bytes_removesuffix);

// maketrans(from, to), called on the type or an instance: the 256-byte
// table mapping each byte of [from] to the byte of [to] at its position.
static es_val_t bytes_maketrans(size_t n_args, const es_val_t *args) {
    size_t n, m;
    const uint8_t *from = es_bytes_need(args[n_args - 2], &n);
    const uint8_t *to = es_bytes_need(args[n_args - 1], &m);
    if (n != m) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("maketrans arguments must have same length"));
    }
    es_val_t r = es_bytes_new(NULL, 256);
    uint8_t *t = B(r)->data;
    for (int i = 0; i < 256; i++) {
        t[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < n; i++) {
        t[from[i]] = to[i];
    }
    return r;
}
static ES_FUN_VAR_CLASS(bytes_maketrans_obj, 2, 3, bytes_maketrans);

// translate(table, delete=b''): table is None or 256 bytes.
static es_val_t bytes_translate(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t tv = arg(n_args, n_kw, args, 1, ES_Q(table));
    es_val_t dv = arg(n_args, n_kw, args, 2, ES_Q(delete));
    size_t tn = 256, dn = 0, n = B(args[0])->len;
    const uint8_t *table = NULL, *del = NULL;
    if (tv != ES_NULL && tv != ES_NONE) {
        table = es_bytes_need(tv, &tn);
    }
    if (tn != 256) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("translation table must be 256 characters long"));
    }
    es_span_set_t gone;
    if (dv != ES_NULL) {
        del = es_bytes_need(dv, &dn);
    }
    es_span_set_init(&gone, del, dn);
    es_val_t r = same_kind(args[0], NULL, n);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = B(args[0])->data[i];
        if (!es_span_set_has(&gone, c)) {
            B(r)->data[w++] = table ? table[c] : c;
        }
    }
    B(r)->len = w;
    return r;
}
static ES_FUN_KW(bytes_translate_obj, 1, 3, bytes_translate);

// --- bytearray mutation

static es_val_t ba_append(es_val_t self, es_val_t v) {
    uint8_t c = es_bytes_byte_of(v);
    es_bytearray_add(self, &c, 1);
    return ES_NONE;
}
static ES_FUN_2(ba_append_obj, ba_append);

static es_val_t ba_extend(es_val_t self, es_val_t v) {
    es_binary_op(ES_BOP_INPLACE_ADD, self, es_is_bytes_like(v) ? v
        : es_call1(es_val(&es_type_bytearray), v));
    return ES_NONE;
}
static ES_FUN_2(ba_extend_obj, ba_extend);

static es_val_t ba_pop(size_t n_args, const es_val_t *args) {
    es_bytes_t *b = B(args[0]);
    if (b->len == 0) {
        es_raise_msg(&es_type_IndexError, ES_ERR("pop from empty bytearray"));
    }
    es_int_t i = n_args > 1 ? es_get_int(args[1]) : -1;
    if (i < 0) {
        i += (es_int_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        es_raise_msg(&es_type_IndexError, ES_ERR("pop index out of range"));
    }
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return es_small_new(c);
}
static ES_FUN_VAR(ba_pop_obj, 1, 2, ba_pop);

static es_val_t ba_insert(es_val_t self, es_val_t index, es_val_t v) {
    es_bytes_t *b = B(self);
    es_int_t i = es_seq_clip(index, b->len);
    uint8_t c = es_bytes_byte_of(v);
    es_bytearray_add(self, &c, 1);
    memmove(b->data + i + 1, b->data + i, b->len - 1 - (size_t)i);
    b->data[i] = c;
    return ES_NONE;
}
static ES_FUN_3(ba_insert_obj, ba_insert);

static es_val_t ba_remove(es_val_t self, es_val_t v) {
    es_bytes_t *b = B(self);
    uint8_t c = es_bytes_byte_of(v);
    uint8_t *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (p == NULL) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("value not found in bytearray"));
    }
    memmove(p, p + 1, b->len - (size_t)(p - b->data) - 1);
    b->len--;
    return ES_NONE;
}
static ES_FUN_2(ba_remove_obj, ba_remove);

static es_val_t ba_clear(es_val_t self) {
    B(self)->len = 0;
    return ES_NONE;
}
static ES_FUN_1(ba_clear_obj, ba_clear);

static es_val_t ba_copy(es_val_t self) {
    return es_bytearray_new(B(self)->data, B(self)->len);
}
static ES_FUN_1(ba_copy_obj, ba_copy);

static es_val_t ba_reverse(es_val_t self) {
    es_bytes_t *b = B(self);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return ES_NONE;
}
static ES_FUN_1(ba_reverse_obj, ba_reverse);

// --- method tables (sorted as the other built-in tables)

#define COMMON \
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)}, \
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)}, \
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)}, \
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)}, \
    {QV(ES_Q(count)), ES_PTR(&bytes_count_obj)}, \
    {QV(ES_Q(decode)), ES_PTR(&bytes_decode_obj)}, \
    {QV(ES_Q(endswith)), ES_PTR(&bytes_endswith_obj)}, \
    {QV(ES_Q(find)), ES_PTR(&bytes_find_obj)}, \
    {QV(ES_Q(hex)), ES_PTR(&bytes_hex_obj)}, \
    {QV(ES_Q(index)), ES_PTR(&bytes_index_obj)}, \
    {QV(ES_Q(isalnum)), ES_PTR(&bytes_isalnum_obj)}, \
    {QV(ES_Q(isalpha)), ES_PTR(&bytes_isalpha_obj)}, \
    {QV(ES_Q(isdigit)), ES_PTR(&bytes_isdigit_obj)}, \
    {QV(ES_Q(isspace)), ES_PTR(&bytes_isspace_obj)}, \
    {QV(ES_Q(join)), ES_PTR(&bytes_join_obj)}, \
    {QV(ES_Q(lower)), ES_PTR(&bytes_lower_obj)}, \
    {QV(ES_Q(lstrip)), ES_PTR(&bytes_lstrip_obj)}, \
    {QV(ES_Q(replace)), ES_PTR(&bytes_replace_obj)}, \
    {QV(ES_Q(rfind)), ES_PTR(&bytes_rfind_obj)}, \
    {QV(ES_Q(rindex)), ES_PTR(&bytes_rindex_obj)}, \
    {QV(ES_Q(rstrip)), ES_PTR(&bytes_rstrip_obj)}, \
    {QV(ES_Q(split)), ES_PTR(&bytes_split_obj)}, \
    {QV(ES_Q(startswith)), ES_PTR(&bytes_startswith_obj)}, \
    {QV(ES_Q(strip)), ES_PTR(&bytes_strip_obj)}, \
    {QV(ES_Q(upper)), ES_PTR(&bytes_upper_obj)}, \
    {QV(ES_Q(partition)), ES_PTR(&bytes_partition_obj)}, \
    {QV(ES_Q(rpartition)), ES_PTR(&bytes_rpartition_obj)}, \
    {QV(ES_Q(rsplit)), ES_PTR(&bytes_rsplit_obj)}, \
    {QV(ES_Q(splitlines)), ES_PTR(&bytes_splitlines_obj)}, \
    {QV(ES_Q(ljust)), ES_PTR(&bytes_ljust_obj)}, \
    {QV(ES_Q(rjust)), ES_PTR(&bytes_rjust_obj)}, \
    {QV(ES_Q(center)), ES_PTR(&bytes_center_obj)}, \
    {QV(ES_Q(zfill)), ES_PTR(&bytes_zfill_obj)}, \
    {QV(ES_Q(isupper)), ES_PTR(&bytes_isupper_obj)}, \
    {QV(ES_Q(islower)), ES_PTR(&bytes_islower_obj)}, \
    {QV(ES_Q(capitalize)), ES_PTR(&bytes_capitalize_obj)}, \
    {QV(ES_Q(swapcase)), ES_PTR(&bytes_swapcase_obj)}, \
    {QV(ES_Q(title)), ES_PTR(&bytes_title_obj)}, \
    {QV(ES_Q(removeprefix)), ES_PTR(&bytes_removeprefix_obj)}, \
    {QV(ES_Q(removesuffix)), ES_PTR(&bytes_removesuffix_obj)}, \
    {QV(ES_Q(maketrans)), ES_PTR(&bytes_maketrans_obj)}, \
    {QV(ES_Q(translate)), ES_PTR(&bytes_translate_obj)}

static const es_map_elem_t bytes_table[] = {
    COMMON,
    {QV(ES_Q(fromhex)), ES_PTR(&bytes_fromhex_obj)},
};
ES_CONST_DICT(es_bytes_locals, bytes_table);

static const es_map_elem_t bytearray_table[] = {
    COMMON,
    {QV(ES_Q(__delitem__)), ES_PTR(&es_seq_delitem_obj)},
    {QV(ES_Q(__setitem__)), ES_PTR(&es_seq_setitem_obj)},
    {QV(ES_Q(append)), ES_PTR(&ba_append_obj)},
    {QV(ES_Q(clear)), ES_PTR(&ba_clear_obj)},
    {QV(ES_Q(copy)), ES_PTR(&ba_copy_obj)},
    {QV(ES_Q(extend)), ES_PTR(&ba_extend_obj)},
    {QV(ES_Q(fromhex)), ES_PTR(&bytearray_fromhex_obj)},
    {QV(ES_Q(insert)), ES_PTR(&ba_insert_obj)},
    {QV(ES_Q(pop)), ES_PTR(&ba_pop_obj)},
    {QV(ES_Q(remove)), ES_PTR(&ba_remove_obj)},
    {QV(ES_Q(reverse)), ES_PTR(&ba_reverse_obj)},
};
ES_CONST_DICT(es_bytearray_locals, bytearray_table);
