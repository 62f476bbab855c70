// SPDX-License-Identifier: MIT
// The struct module (also `ustruct`): pack, pack_into, unpack,
// unpack_from, calcsize over formats of x c b B ? h H i I l L q Q f d s
// with the byte orders @ (native, aligned) = < > !. Errors are CPython's
// texts raised as ValueError; struct.error names ValueError.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

typedef struct fmt {
    const char *s, *end;
    bool little;  // byte order
    bool native;  // '@': native sizes and alignment
} fmt_t;

static ES_NORETURN void error(const char *msg) {
    es_raise_msg(&es_type_ValueError, msg);
}

static void fmt_init(fmt_t *f, es_val_t v) {
    size_t n;
    if (!es_is_str(v)) {
        const uint8_t *d = es_bytes_need(v, &n);
        f->s = (const char *)d;
    } else {
        f->s = es_str_data(v, &n);
    }
    f->end = f->s + n;
    uint16_t one = 1;
    f->little = *(uint8_t *)&one == 1;
    f->native = true;
    if (n > 0 && strchr("@=<>!", *f->s)) {
        char c = *f->s++;
        f->native = c == '@';
        f->little = c == '<' ? true : c == '>' || c == '!' ? false : f->little;
    }
}

// Size of one item of code [c].
static size_t item_size(const fmt_t *f, char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return f->native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    default: error(ES_ERR("bad char in struct format"));
    }
}

// The next (count, code) pair, skipping spaces; false at the end.
static bool next_item(fmt_t *f, size_t *count, char *code) {
    while (f->s < f->end && *f->s == ' ') {
        f->s++;
    }
    if (f->s == f->end) {
        return false;
    }
    bool has = false;
    size_t n = 0;
    while (f->s < f->end && *f->s >= '0' && *f->s <= '9') {
        n = n * 10 + (size_t)(*f->s++ - '0');
        has = true;
    }
    if (f->s == f->end) {
        error(ES_ERR("repeat count given without format specifier"));
    }
    *code = *f->s++;
    *count = has ? n : 1;
    return true;
}

// Round [off] up to the alignment of [c] in native mode.
static size_t align(const fmt_t *f, size_t off, char c) {
    size_t a = item_size(f, c);
    if (!f->native || c == 's' || a <= 1) {
        return off;
    }
    return (off + a - 1) / a * a;
}

// Total size of a format and its number of values.
static size_t calc(es_val_t fv, size_t *n_vals) {
    fmt_t f;
    fmt_init(&f, fv);
    size_t size = 0, count, vals = 0;
    char c;
    while (next_item(&f, &count, &c)) {
        size = align(&f, size, c) + item_size(&f, c) * count;
        vals += c == 'x' ? 0 : c == 's' ? 1 : count;
    }
    if (n_vals) {
        *n_vals = vals;
    }
    return size;
}

static es_val_t struct_calcsize(es_val_t fv) {
    return es_int_from((es_int_t)calc(fv, NULL));
}
static ES_FUN_1(fun_calcsize, struct_calcsize);

// --- one item

static void put_uint(uint8_t *p, uint64_t v, size_t n, bool little) {
    for (size_t i = 0; i < n; i++) {
        p[little ? i : n - 1 - i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_uint(const uint8_t *p, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)p[little ? i : n - 1 - i] << (8 * i);
    }
    return v;
}

// The integer of [v] for code [c] of [n] bytes, range-checked.
static uint64_t int_item(es_val_t v, char c, size_t n) {
    if (!es_is_int(v)) {
        error(ES_ERR("required argument is not an integer"));
    }
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q';
    long long ll;
    bool fits = es_int_get_ll(v, &ll);
    if (!fits && c == 'Q' && es_truthy(es_binary_op(ES_BOP_GE, v,
        es_small_new(0)))) {
        es_val_t w = es_binary_op(ES_BOP_SUB, v,
            es_binary_op(ES_BOP_LSHIFT, es_small_new(1), es_small_new(64)));
        if (es_int_get_ll(w, &ll) && ll < 0) {
            return (uint64_t)ll;
        }
    }
    if (n == 8) {
        if (!fits || (!is_signed && ll < 0)) {
            error(ES_ERR("argument out of range"));
        }
        return (uint64_t)ll;
    }
    long long lo = is_signed ? -(1LL << (8 * n - 1)) : 0;
    long long hi = is_signed ? (1LL << (8 * n - 1)) - 1 : (1LL << (8 * n)) - 1;
    if (!fits || ll < lo || ll > hi) {
        static const char *const names[] = {"byte", "ubyte", "short",
            "ushort"};
        const char *s = strchr("bBhH", c);
        if (s != NULL) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("%s format requires "
                "%ld <= number <= %ld"), names[s - "bBhH"], (long)lo,
                (long)hi);
        }
        es_raise_fmt(&es_type_ValueError, ES_ERR("'%c' format requires "
            "%ld <= number <= %lu"), c, (long)lo, (unsigned long)hi);
    }
    return (uint64_t)ll;
}

static void pack_one(const fmt_t *f, uint8_t *p, char c, size_t n,
    es_val_t v) {
    if (c == 'f' || c == 'd') {
        double d = es_float_of(v);
        uint64_t bits;
        if (c == 'f') {
            float fl = (float)d;
            if (fl - fl != 0 && d - d == 0) { // finite d rounds to inf
                es_raise_msg(&es_type_OverflowError,
                    ES_ERR("float too large to pack with f format"));
            }
            uint32_t b32;
            memcpy(&b32, &fl, 4);
            bits = b32;
        } else {
            memcpy(&bits, &d, 8);
        }
        put_uint(p, bits, n, f->little);
    } else if (c == '?') {
        *p = es_truthy(v);
    } else if (c == 'c') {
        size_t len;
        const uint8_t *d;
        if (!es_bytes_get(v, &d, &len) || len != 1) {
            error(ES_ERR("char format requires a bytes object of length 1"));
        }
        *p = d[0];
    } else {
        put_uint(p, int_item(v, c, n), n, f->little);
    }
}

static es_val_t unpack_one(const fmt_t *f, const uint8_t *p, char c,
    size_t n) {
    uint64_t u = get_uint(p, n, f->little);
    switch (c) {
    case 'f': {
        uint32_t b32 = (uint32_t)u;
        float fl;
        memcpy(&fl, &b32, 4);
        return es_float_new(fl);
    }
    case 'd': {
        double d;
        memcpy(&d, &u, 8);
        return es_float_new(d);
    }
    case '?': return es_bool(u != 0);
    case 'c': return es_bytes_new(p, 1);
    case 'b': case 'h': case 'i': case 'l': case 'q': {
        if (n < 8 && (u >> (8 * n - 1)) & 1) {
            u |= ~(uint64_t)0 << (8 * n);
        }
        return es_int_from_ll((long long)u);
    }
    default: return es_int_from_ull(u);
    }
}

// --- pack / unpack over a buffer

// Pack [vals] by format [fv] into [buf] (calc() bytes).
static void pack_to(es_val_t fv, uint8_t *buf, size_t n_vals,
    const es_val_t *vals) {
    size_t want;
    calc(fv, &want);
    if (want != n_vals) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("pack expected %zu items "
            "for packing (got %zu)"), want, n_vals);
    }
    fmt_t f;
    fmt_init(&f, fv);
    size_t off = 0, count, vi = 0;
    char c;
    while (next_item(&f, &count, &c)) {
        off = align(&f, off, c);
        if (c == 's') {
            size_t len;
            const uint8_t *d;
            if (!es_bytes_get(vals[vi], &d, &len)) {
                error(ES_ERR("argument for 's' must be a bytes object"));
            }
            memcpy(buf + off, d, len < count ? len : count);
            off += count, vi++;
            continue;
        }
        size_t n = item_size(&f, c);
        for (size_t i = 0; i < count; i++, off += n) {
            if (c != 'x') {
                pack_one(&f, buf + off, c, n, vals[vi++]);
            }
        }
    }
}

static es_val_t struct_pack(size_t n_args, const es_val_t *args) {
    size_t size = calc(args[0], NULL);
    es_val_t r = es_bytes_new(NULL, size);
    pack_to(args[0], ((es_bytes_t *)es_obj(r))->data, n_args - 1, args + 1);
    return r;
}
static ES_FUN_VAR(fun_pack, 1, ES_FUN_ARGS_MAX, struct_pack);

static es_val_t unpack_at(es_val_t fv, const uint8_t *buf) {
    size_t n_vals;
    calc(fv, &n_vals);
    es_val_t t = es_tuple_new(n_vals, NULL);
    size_t nt;
    es_val_t *items;
    es_tuple_get(t, &nt, &items);
    fmt_t f;
    fmt_init(&f, fv);
    size_t off = 0, count, vi = 0;
    char c;
    while (next_item(&f, &count, &c)) {
        off = align(&f, off, c);
        if (c == 's') {
            items[vi++] = es_bytes_new(buf + off, count);
            off += count;
            continue;
        }
        size_t n = item_size(&f, c);
        for (size_t i = 0; i < count; i++, off += n) {
            if (c != 'x') {
                items[vi++] = unpack_one(&f, buf + off, c, n);
            }
        }
    }
    return t;
}

static es_val_t struct_unpack(es_val_t fv, es_val_t buf) {
    size_t len, size = calc(fv, NULL);
    const uint8_t *d = es_bytes_need(buf, &len);
    if (len != size) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("unpack requires a buffer of %zu bytes"), size);
    }
    return unpack_at(fv, d);
}
static ES_FUN_2(fun_unpack, struct_unpack);

// The offset argument of *_from/_into, negative from the end, checked.
static size_t offset_arg(es_val_t v, size_t len, size_t size, bool pack) {
    es_int_t off = es_get_int(v);
    if (off < 0) {
        off += (es_int_t)len;
        if (off < 0) {
            es_raise_fmt(&es_type_ValueError,
                ES_ERR("offset %d out of range for %zu-byte buffer"),
                (int)(off - (es_int_t)len), len);
        }
    }
    if ((size_t)off > len || len - (size_t)off < size) {
        es_raise_fmt(&es_type_ValueError, pack
            ? ES_ERR("pack_into requires a buffer of at least %zu bytes for "
                "packing %zu bytes at offset %zu (actual buffer size is %zu)")
            : ES_ERR("unpack_from requires a buffer of at least %zu bytes for "
                "unpacking %zu bytes at offset %zu (actual buffer size is "
                "%zu)"), size + (size_t)off, size, (size_t)off, len);
    }
    return (size_t)off;
}

static es_val_t struct_unpack_from(size_t n_args, const es_val_t *args) {
    size_t len, size = calc(args[0], NULL);
    const uint8_t *d = es_bytes_need(args[1], &len);
    size_t off = n_args > 2 ? offset_arg(args[2], len, size, false)
        : offset_arg(es_small_new(0), len, size, false);
    return unpack_at(args[0], d + off);
}
static ES_FUN_VAR(fun_unpack_from, 2, 3, struct_unpack_from);

static es_val_t struct_pack_into(size_t n_args, const es_val_t *args) {
    size_t size = calc(args[0], NULL);
    if (!es_is_type(args[1], &es_type_bytearray)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("argument must be read-write "
            "bytes-like object, not %T"), args[1]);
    }
    es_bytes_t *b = (es_bytes_t *)es_obj(args[1]);
    size_t off = offset_arg(args[2], b->len, size, true);
    pack_to(args[0], b->data + off, n_args - 3, args + 3);
    return ES_NONE;
}
static ES_FUN_VAR(fun_pack_into, 3, ES_FUN_ARGS_MAX, struct_pack_into);

static const es_map_elem_t struct_table[] = {
    {ES_QV(__name__), ES_QV(struct)},
    {ES_QV(calcsize), ES_PTR(&fun_calcsize)},
    {ES_QV(pack), ES_PTR(&fun_pack)},
    {ES_QV(pack_into), ES_PTR(&fun_pack_into)},
    {ES_QV(unpack), ES_PTR(&fun_unpack)},
    {ES_QV(unpack_from), ES_PTR(&fun_unpack_from)},
    {ES_QV(error), ES_PTR(&es_type_ValueError)},
};
static ES_CONST_DICT(struct_dict, struct_table);

const es_module_t es_module_struct = {{&es_type_module}, ES_PTR(&struct_dict)};
