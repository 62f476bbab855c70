// SPDX-License-Identifier: MIT
// The str type: construction, hashing, equality, repr, operators, indexing
// and iteration. Methods are in core/str_methods.c (and str_split.c),
// formatting in core/format.c. Text is UTF-8; positions count code points.
// A str object caches its code-point count, so ASCII text (chars == len)
// is indexed by byte; other text is walked. Interned names carry no count,
// so they are measured when needed (they are short, usually ASCII).
// One-character ASCII strs and the empty str are const objects, so
// indexing and iterating ASCII text allocate nothing.
#include "rom.h"
#include "str.h"

#include <string.h>

#include "class.h"
#include "bytes.h"
#include "exc.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"

// --- const strs: "" and the 128 ASCII characters

typedef struct const_str {
    es_obj_t base;
    uint32_t hash;
    uint32_t chars;
    size_t len;
    char data[2];
} const_str_t;

#define FNV1(c) ((uint32_t)((2166136261u ^ (uint32_t)(c)) * 16777619u))
#define CH(c) {{&es_type_str}, FNV1(c), 1, 1, {(char)(c), 0}}
#define CH4(c) CH(c), CH((c) + 1), CH((c) + 2), CH((c) + 3)
#define CH16(c) CH4(c), CH4((c) + 4), CH4((c) + 8), CH4((c) + 12)
#define CH64(c) CH16(c), CH16((c) + 16), CH16((c) + 32), CH16((c) + 48)

static const const_str_t ascii_strs[128] = {CH64(0), CH64(64)};
_Static_assert(offsetof(const_str_t, data) == offsetof(es_str_t, data)
    && offsetof(const_str_t, len) == offsetof(es_str_t, len),
    "const strs share the layout of str objects");
static const const_str_t empty_str = {{&es_type_str}, 2166136261u, 0, 0,
    {0, 0}};

es_val_t es_str_empty(void) {
    return es_val(&empty_str);
}

// --- construction

size_t es_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += ((uint8_t)s[i] & 0xc0) != 0x80;
    }
    return n;
}

// Length of the valid UTF-8 sequence at s[0..n), 0 when invalid; *why
// names the problem.
size_t es_utf8_seq(const uint8_t *s, size_t n, const char **why) {
    uint8_t c = s[0];
    size_t k = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2
        : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    *why = "invalid start byte";
    if (k <= 1) {
        return k;
    }
    for (size_t i = 1; i < k; i++) {
        if (i >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        bool ok = (s[i] & 0xc0) == 0x80;
        if (i == 1 && ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0)
            || (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))) {
            ok = false;
        }
        if (!ok) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return k;
}

ES_NORETURN void es_raise_decode_error(const char *enc, uint8_t byte,
    size_t pos, const char *why) {
    es_raise_fmt(&es_type_UnicodeError, ES_ERR("'%s' codec can't decode "
        "byte 0x%x in position %zu: %s"), enc, (unsigned)byte, pos, why);
}

size_t es_utf8_bad(const char *s, size_t len, const char **why) {
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0, k = 1; i < len; i += k) {
        if (u[i] >= 0x80 && (k = es_utf8_seq(u + i, len - i, why)) == 0) {
            return i;
        }
        k = u[i] < 0x80 ? 1 : k;
    }
    return len;
}

void es_utf8_validate(const char *s, size_t len) {
    const char *why;
    size_t i = es_utf8_bad(s, len, &why);
    if (i < len) {
        es_raise_decode_error("utf-8", (uint8_t)s[i], i, why);
    }
}

es_qstr_t es_intern_lossy(const char *s, size_t len) {
    const char *why;
    if (es_utf8_bad(s, len, &why) == len) {
        return es_intern(s, len);
    }
    es_val_t args[2] = {es_str_from_cstr("utf-8"), es_str_from_cstr("replace")};
    es_val_t decode = es_load_attr(es_bytes_new(s, len), ES_Q(decode));
    size_t n;
    const char *t = es_str_data(es_call(decode, 2, 0, args), &n);
    return es_intern(t, n);
}

es_val_t es_str_new_utf8(const char *s, size_t len) {
    es_utf8_validate(s, len);
    return es_str_new(s, len);
}

es_str_t *es_str_alloc(size_t len) {
    if (len >= SIZE_MAX / 2) {
        es_raise_mem_error();
    }
    es_str_t *s = es_gc_alloc(sizeof(es_str_t) + len + 1, ES_GC_LEAF);
    s->base.type = &es_type_str;
    s->len = len;
    return s;
}

es_val_t es_str_done(es_str_t *s) {
    ES_ASSERT(s->base.type == &es_type_str && s->hash == 0);
    s->data[s->len] = 0;
    s->chars = (uint32_t)es_utf8_count(s->data, s->len);
    return es_val(s);
}

es_val_t es_str_done_len(es_str_t *s, size_t len) {
    ES_ASSERT(len <= s->len);
    if (len == 0) {
        es_gc_free(s);
        return es_str_empty();
    }
    if (len < s->len) {
        es_gc_realloc(s, sizeof(es_str_t) + len + 1); // shrinks in place
        s->len = len;
    }
    return es_str_done(s);
}

es_val_t es_str_char(const char *s, size_t n) {
    if (n == 1 && (uint8_t)s[0] < 128) {
        return es_val(&ascii_strs[(uint8_t)s[0]]);
    }
    return es_str_new(s, n);
}

es_val_t es_str_new(const char *s, size_t len) {
    if (len == 0) {
        return es_str_empty();
    }
    if (len == 1 && (uint8_t)s[0] < 0x80) {
        return es_val(&ascii_strs[(uint8_t)s[0]]);
    }
    es_str_t *o = es_str_alloc(len);
    memcpy(o->data, s, len);
    return es_str_done(o);
}

es_val_t es_str_from_cstr(const char *s) {
    return es_str_new(s, strlen(s));
}

// Encode code point [c] as UTF-8 into [buf]; returns the byte count.
static size_t utf8_encode(uint32_t c, char *buf) {
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xc0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xe0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

es_val_t es_str_from_codepoint(uint32_t c) {
    if (c > 0x10ffff) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("chr() arg not in range(0x110000)"));
    }
    char buf[4];
    return es_str_char(buf, utf8_encode(c, buf));
}

// --- access

bool es_is_str(es_val_t v) {
    return es_is_qstr(v) || es_is_type(v, &es_type_str);
}

const char *es_str_arg(es_val_t v, const char *fn, const char *arg,
    size_t *len) {
    v = es_class_unbox(v);
    if (!es_is_str(v)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s() argument '%s' must be "
            "str, not %T"), fn, arg, v);
    }
    return es_str_data(v, len);
}

const char *es_str_data(es_val_t s, size_t *len) {
    ES_ASSERT(es_is_str(s));
    if (es_is_qstr(s)) {
        return es_qstr_str(es_qstr_get(s), len);
    }
    es_str_t *o = (es_str_t *)s;
    if (len != NULL) {
        *len = o->len;
    }
    return o->data;
}

// Code points in str value [s].
static size_t str_chars(es_val_t s) {
    if (es_is_qstr(s)) {
        size_t len;
        const char *d = es_qstr_str(es_qstr_get(s), &len);
        return es_utf8_count(d, len);
    }
    return ((es_str_t *)s)->chars;
}

es_val_t es_str_intern(es_val_t s) {
    if (es_is_qstr(s)) {
        return s;
    }
    size_t len;
    const char *d = es_str_data(s, &len);
    return es_qstr_val(es_intern(d, len));
}

uint32_t es_str_hash(es_val_t s) {
    if (es_is_qstr(s)) {
        return es_qstr_hash(es_qstr_get(s));
    }
    es_str_t *o = (es_str_t *)s;
    if (o->hash == 0) {
        o->hash = es_hash_bytes(o->data, o->len); // const strs have theirs
    }
    return o->hash;
}

bool es_str_equal(es_val_t a, es_val_t b) {
    if (a == b) {
        return true;
    }
    if (es_is_qstr(a) && es_is_qstr(b)) {
        return false; // each text is interned once
    }
    size_t na, nb;
    const char *sa = es_str_data(a, &na), *sb = es_str_data(b, &nb);
    if (na != nb) {
        return false;
    }
    if (!es_is_qstr(a) && !es_is_qstr(b)) {
        uint32_t ha = ((es_str_t *)a)->hash, hb = ((es_str_t *)b)->hash;
        if (ha != 0 && hb != 0 && ha != hb) {
            return false;
        }
    }
    return memcmp(sa, sb, na) == 0;
}

ES_NORETURN void es_str_raise_need_str(es_val_t v) {
    es_raise_fmt(&es_type_TypeError, ES_ERR("must be str, not %T"), v);
}

// --- repr

// Decode the code point at [s]; its byte count in *n. Text is meant to be
// valid UTF-8; a truncated sequence stops at the first byte that is not a
// continuation byte (the terminating NUL at the latest), so no read runs
// past the text and each step agrees with es_utf8_count.
static uint32_t utf8_decode(const char *s, size_t *n) {
    uint8_t c = (uint8_t)s[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    size_t k = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    uint32_t cp = c & (0x3f >> k);
    size_t i = 1;
    for (; i <= k && ((uint8_t)s[i] & 0xc0) == 0x80; i++) {
        cp = (cp << 6) | ((uint8_t)s[i] & 0x3f);
    }
    *n = i;
    return cp;
}

uint32_t es_str_decode(const char *s, size_t *n) {
    return utf8_decode(s, n);
}

size_t es_str_encode(uint32_t c, char *buf) {
    return utf8_encode(c, buf);
}

// Code points that are not printable (CPython's categories Zs but space,
// Zl, Zp, Cc, Cf, Cs, Co, and the noncharacters), as sorted inclusive
// ranges. Unassigned code points are not listed (that would need the
// Unicode tables), so they count as printable.
static const uint32_t unprintable[][2] ES_ROM_ATTR = {
    {0x0000, 0x001f}, {0x007f, 0x00a0}, {0x00ad, 0x00ad}, {0x0600, 0x0605},
    {0x061c, 0x061c}, {0x06dd, 0x06dd}, {0x070f, 0x070f}, {0x08e2, 0x08e2},
    {0x1680, 0x1680}, {0x180e, 0x180e}, {0x2000, 0x200f}, {0x2028, 0x202f},
    {0x205f, 0x2064}, {0x2066, 0x206f}, {0x3000, 0x3000}, {0xd800, 0xf8ff},
    {0xfdd0, 0xfdef}, {0xfeff, 0xfeff}, {0xfff9, 0xfffb}, {0x110bd, 0x110bd},
    {0x110cd, 0x110cd}, {0x13430, 0x1343f}, {0x1bca0, 0x1bca3},
    {0x1d173, 0x1d17a}, {0xe0001, 0xe0001}, {0xe0020, 0xe007f},
    {0xf0000, 0x10ffff},
};

bool es_str_printable(uint32_t c) {
    if ((c & 0xfffe) == 0xfffe) {
        return false; // U+xFFFE and U+xFFFF of every plane
    }
    size_t lo = 0, hi = ES_ARRAY_SIZE(unprintable);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < unprintable[mid][0]) {
            hi = mid;
        } else if (c > unprintable[mid][1]) {
            lo = mid + 1;
        } else {
            return false;
        }
    }
    return true;
}

static void print_escape(const es_print_t *p, uint32_t c) {
    char buf[12];
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) {
        buf[2 + i] = es_rom_digit((c >> (4 * (digits - 1 - i))) & 0xf, false);
    }
    es_print_strn(p, buf, 2 + (size_t)digits);
}

static void print_repr_char(const es_print_t *p, uint32_t c, char quote,
    const char *raw, size_t n) {
    switch (c) {
    case '\\': es_print_strn(p, "\\\\", 2); return;
    case '\n': es_print_strn(p, "\\n", 2); return;
    case '\r': es_print_strn(p, "\\r", 2); return;
    case '\t': es_print_strn(p, "\\t", 2); return;
    default: break;
    }
    if (c == (uint32_t)quote) {
        es_print_strn(p, "\\", 1);
        es_print_strn(p, raw, 1);
    } else if (!es_str_printable(c)) {
        print_escape(p, c);
    } else {
        es_print_strn(p, raw, n);
    }
}

void es_str_print_repr(const es_print_t *p, const char *s, size_t len) {
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    es_print_strn(p, &quote, 1);
    size_t start = 0; // runs of plain ASCII are printed in one go
    for (size_t i = 0; i < len;) {
        uint8_t b = (uint8_t)s[i];
        if (b >= 0x20 && b < 0x7f && b != '\\' && b != (uint8_t)quote) {
            i++;
            continue;
        }
        es_print_strn(p, s + start, i - start);
        size_t n;
        uint32_t c = utf8_decode(s + i, &n);
        print_repr_char(p, c, quote, s + i, n);
        i += n;
        start = i;
    }
    es_print_strn(p, s + start, len - start);
    es_print_strn(p, &quote, 1);
}

es_val_t es_str_ascii(es_val_t s) {
    size_t len;
    const char *d = es_str_data(s, &len);
    if (es_utf8_count(d, len) == len) {
        return s;
    }
    es_vstr_t v;
    es_print_t p;
    es_vstr_init(&v, len + 8);
    es_vstr_printer(&v, &p);
    for (size_t i = 0; i < len;) {
        size_t n;
        uint32_t c = utf8_decode(d + i, &n);
        if (c < 0x80) {
            es_vstr_add(&v, d + i, 1);
        } else {
            print_escape(&p, c);
        }
        i += n;
    }
    return es_vstr_to_str(&v);
}

static void str_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    size_t len;
    const char *s = es_str_data(self, &len);
    if (kind == ES_PRINT_STR) {
        es_print_strn(p, s, len);
    } else {
        es_str_print_repr(p, s, len);
    }
}

// --- constructor

static es_val_t str_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(str), n_args, 0, 3, n_kw, false);
    if (n_args == 0) {
        return es_str_empty();
    }
    if (n_args > 1) { // str(b, encoding[, errors]) is b.decode(...)
        if (es_is_str(args[0])) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("decoding str is not supported"));
        }
        const uint8_t *d;
        size_t n;
        if (!es_bytes_get(args[0], &d, &n)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("decoding to str: need "
                "a bytes-like object, %T found"), args[0]);
        }
        es_val_t call[4];
        es_load_method(es_bytes_new(d, n), ES_Q(decode), call);
        call[2] = args[1];
        call[3] = n_args > 2 ? args[2] : ES_NULL;
        return es_call_method(n_args - 1, 0, call);
    }
    return es_to_str(args[0]);
}

// --- operators

static es_val_t str_concat(es_val_t a, es_val_t b) {
    size_t na, nb;
    const char *sa = es_str_data(a, &na), *sb = es_str_data(b, &nb);
    if (nb == 0 || na == 0) {
        return nb == 0 ? a : b;
    }
    es_str_t *r = es_str_alloc(na + nb);
    memcpy(r->data, sa, na);
    memcpy(r->data + na, sb, nb);
    return es_str_done(r);
}

static es_val_t str_repeat(es_val_t s, es_val_t count) {
    size_t len;
    const char *d = es_str_data(s, &len);
    size_t n = es_seq_repeat_count(count, len);
    if (n == 1) {
        return s;
    }
    if (n == 0) {
        return es_str_empty();
    }
    if (n > (SIZE_MAX / 2) / len) {
        es_raise_mem_error();
    }
    es_str_t *r = es_str_alloc(n * len);
    for (size_t i = 0; i < n; i++) {
        memcpy(r->data + i * len, d, len);
    }
    return es_str_done(r);
}

static int str_cmp(es_val_t a, es_val_t b) {
    size_t na, nb;
    const char *sa = es_str_data(a, &na), *sb = es_str_data(b, &nb);
    int c = memcmp(sa, sb, na < nb ? na : nb);
    return c != 0 ? c : (na > nb) - (na < nb);
}

static es_val_t str_compare(es_binary_op_t op, es_val_t a, es_val_t b) {
    if (op == ES_BOP_EQ || op == ES_BOP_NE) {
        return es_bool(es_str_equal(a, b) == (op == ES_BOP_EQ));
    }
    int c = str_cmp(a, b);
    switch (op) {
    case ES_BOP_LT: return es_bool(c < 0);
    case ES_BOP_LE: return es_bool(c <= 0);
    case ES_BOP_GT: return es_bool(c > 0);
    default: return es_bool(c >= 0);
    }
}

static es_val_t str_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        if (!es_is_str(rhs)) {
            return ES_NULL;
        }
        es_val_t item = es_class_unbox(lhs); // class S(str) instances
        if (!es_is_str(item)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'in <string>' requires "
                "string as left operand, not %T"), lhs);
        }
        return es_bool(es_str_find_bytes(rhs, item, 0, (size_t)-1) >= 0);
    }
    if (!es_is_str(lhs)) {
        return op == ES_BOP_MUL && es_is_int(lhs) ? str_repeat(rhs, lhs)
                                                  : ES_NULL;
    }
    switch (op) {
    case ES_BOP_ADD: case ES_BOP_INPLACE_ADD:
        if (es_is_str(rhs)) {
            return str_concat(lhs, rhs);
        }
        if (es_seq_defer(rhs)) {
            return ES_NULL;
        }
        es_raise_fmt(&es_type_TypeError, ES_ERR("can only concatenate str "
            "(not \"%T\") to str"), rhs);
    case ES_BOP_MUL: case ES_BOP_INPLACE_MUL:
        if (es_is_int(rhs)) {
            return str_repeat(lhs, rhs);
        }
        if (es_seq_defer(rhs)) {
            return ES_NULL;
        }
        es_raise_fmt(&es_type_TypeError, ES_ERR("can't multiply sequence by "
            "non-int of type '%T'"), rhs);
    case ES_BOP_MOD: case ES_BOP_INPLACE_MOD:
        return es_str_mod(lhs, rhs);
    case ES_BOP_LT: case ES_BOP_GT: case ES_BOP_EQ: case ES_BOP_LE:
    case ES_BOP_GE: case ES_BOP_NE:
        return es_is_str(rhs) ? str_compare(op, lhs, rhs) : ES_NULL;
    default:
        return ES_NULL;
    }
}

static es_val_t str_unary_op(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: {
        size_t len;
        es_str_data(self, &len);
        return es_bool(len != 0);
    }
    case ES_UOP_LEN: return es_small_new((es_int_t)str_chars(self));
    case ES_UOP_HASH:
        return es_small_new((es_int_t)(es_str_hash(self) & ES_SMALL_MAX));
    default: return ES_NULL;
    }
}

// --- indexing

size_t es_str_offset(const char *s, size_t len, size_t i) {
    size_t off = 0;
    for (; off < len && i > 0; i--) {
        off++;
        while (off < len && ((uint8_t)s[off] & 0xc0) == 0x80) {
            off++;
        }
    }
    return off;
}

// The offset [k] chars before the char at offset [off] of [s].
static size_t offset_back(const char *s, size_t off, size_t k) {
    for (; off > 0 && k > 0; k--) {
        off--;
        while (off > 0 && ((uint8_t)s[off] & 0xc0) == 0x80) {
            off--;
        }
    }
    return off;
}

static es_val_t str_slice(es_val_t self, es_val_t index) {
    size_t len;
    const char *s = es_str_data(self, &len);
    size_t chars = str_chars(self);
    es_int_t start, stop, step;
    es_slice_indices(index, chars, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (chars == len) { // ASCII: byte positions
        if (step == 1) {
            return n == len ? self : es_str_new(s + start, n);
        }
        es_str_t *r = es_str_alloc(n);
        for (size_t i = 0; i < n; i++) {
            r->data[i] = s[start + (es_int_t)i * step];
        }
        return es_str_done(r);
    }
    if (step == 1) {
        size_t a = es_str_offset(s, len, (size_t)start);
        size_t b = a + es_str_offset(s + a, len - a, n);
        return es_str_new(s + a, b - a);
    }
    // Each pick walks |step| chars on from the last one: linear in the
    // text (an offset from the start for each was quadratic, seconds on
    // the chip for a few KB).
    es_str_t *r = es_str_alloc(4 * n);
    size_t w = 0, a = n > 0 ? es_str_offset(s, len, (size_t)start) : 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            a = step > 0 ? a + es_str_offset(s + a, len - a, (size_t)step)
                : offset_back(s, a, (size_t)-step);
        }
        size_t k;
        utf8_decode(s + a, &k);
        memcpy(r->data + w, s + a, k);
        w += k;
    }
    return es_str_done_len(r, w);
}

static es_val_t str_subscr(es_val_t self, es_val_t index, es_val_t value) {
    if (value != ES_STOP) {
        es_raise_msg(&es_type_TypeError, value == ES_NULL
            ? ES_ERR("'str' object doesn't support item deletion")
            : ES_ERR("'str' object does not support item assignment"));
    }
    if (es_is_slice(index)) {
        return str_slice(self, index);
    }
    size_t len;
    const char *s = es_str_data(self, &len);
    size_t chars = str_chars(self);
    size_t i = es_seq_index("string", chars, index);
    if (chars == len) {
        return es_val(&ascii_strs[(uint8_t)s[i]]);
    }
    size_t a = es_str_offset(s, len, i), n;
    utf8_decode(s + a, &n);
    return es_str_char(s + a, n);
}

// --- iterator: walks bytes, so each step is O(1) for any text

typedef struct str_it {
    es_obj_t base;
    es_val_t str;
    size_t pos; // byte offset
} str_it_t;

static es_val_t str_it_next(es_val_t self) {
    str_it_t *it = (str_it_t *)self;
    size_t len;
    const char *s = es_str_data(it->str, &len);
    if (it->pos >= len) {
        return ES_STOP;
    }
    size_t n;
    utf8_decode(s + it->pos, &n);
    es_val_t c = es_str_char(s + it->pos, n);
    it->pos += n;
    return c;
}

static const es_type_t str_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(str_iterator),
    .iternext = str_it_next,
};

static es_val_t str_getiter(es_val_t self) {
    str_it_t *it = es_gc_alloc(sizeof(str_it_t), 0);
    it->base.type = &str_iterator_type;
    it->str = self;
    return es_val(it);
}

const es_type_t es_type_str = {
    .base = {&es_type_type},
    .name = ES_Q(str),
    .flags = ES_TYPE_BASETYPE,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .locals = ES_PTR(&es_str_locals),
};
