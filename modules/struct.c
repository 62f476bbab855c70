// SPDX-License-Identifier: MIT
// The struct module (also `ustruct`): pack, pack_into, unpack,
// unpack_from, calcsize over formats of x c b B ? h H i I l L q Q e f d s
// p P O with the byte orders @ (native, aligned) = < > !. Items are read
// and written by core/buffer.c. Errors are CPython's texts raised as
// ValueError; struct.error names ValueError.
#include <string.h>

#include "buffer.h"
#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "exc.h"
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
    f->little = es_buffer_native_little();
    f->native = true;
    if (n > 0 && strchr("@=<>!", *f->s)) {
        char c = *f->s++;
        f->native = c == '@';
        f->little = c == '<' ? true : c == '>' || c == '!' ? false : f->little;
    }
}

// Size of one item of code [c]: the buffer typecodes, and x s p (a byte
// each); P (a pointer) only in native mode, as CPython.
static size_t item_size(const fmt_t *f, char c) {
    size_t n = c == 'x' || c == 's' || c == 'p' ? 1
        : c == 'P' && !f->native ? 0 : es_buffer_item_size(c, f->native);
    if (n == 0) {
        error(ES_ERR("bad char in struct format"));
    }
    return n;
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
        if (n > (SIZE_MAX >> 4) / 10) {
            es_raise_msg(&es_type_OverflowError, ES_ERR("total struct size "
                "too long"));
        }
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
    if (!f->native || c == 's' || c == 'p' || a <= 1) {
        return off;
    }
    return (off + a - 1) / a * a;
}

// Is [c] a code whose count is one item's length (s, p) rather than a
// number of items?
static bool is_string(char c) {
    return c == 's' || c == 'p';
}

// Total size of a format and its number of values.
static size_t calc(es_val_t fv, size_t *n_vals) {
    fmt_t f;
    fmt_init(&f, fv);
    size_t size = 0, count, vals = 0;
    char c;
    while (next_item(&f, &count, &c)) {
        size_t n = item_size(&f, c);
        if (count > ((SIZE_MAX >> 4) - size) / n) {
            es_raise_msg(&es_type_OverflowError, ES_ERR("total struct size "
                "too long"));
        }
        size = align(&f, size, c) + n * count;
        vals += c == 'x' ? 0 : is_string(c) ? 1 : count;
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

// CPython's error for int [v] outside the range of code [c] of [n] bytes:
// "argument out of range" beyond what its C conversion takes (64 bits,
// signed except for I and L), else the item's range.
static ES_NORETURN void range_error(char c, size_t n, es_val_t v) {
    long long lo, ll;
    unsigned long long hi;
    es_buffer_int_range(c, n, &lo, &hi);
    bool wide_unsigned = n == 4 && (c == 'I' || c == 'L');
    bool conv = es_int_get_ll(v, &ll) ? !wide_unsigned || ll >= 0
        : wide_unsigned && es_int_sign(v) > 0 && !es_truthy(es_binary_op(
            ES_BOP_RSHIFT, v, es_small_new(64)));
    if (n == 8 || !conv) {
        error(ES_ERR("argument out of range"));
    }
    static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
    const char *codes = "bBhH", *s = strchr(codes, c);
    char quoted[4] = {'\'', c, '\''}; // 'i' for the other codes
    es_raise_fmt(&es_type_ValueError, ES_ERR("%s format requires %ld <= "
        "number <= %lu"), s != NULL ? names[s - codes] : quoted, (long)lo,
        (unsigned long)hi);
}

static void pack_one(const fmt_t *f, uint8_t *p, char c, size_t n,
    es_val_t v) {
    es_buffer_err_t err = es_buffer_store(c, n, p, v, f->little);
    if (err == ES_BUFFER_OK || (err == ES_BUFFER_RANGE && c == 'f'
        && f->native)) { // CPython's native f packs inf
        return;
    }
    bool is_float = c == 'e' || c == 'f' || c == 'd';
    if (err == ES_BUFFER_RANGE && is_float) {
        es_raise_fmt(&es_type_OverflowError,
            ES_ERR("float too large to pack with %c format"), c);
    }
    if (err == ES_BUFFER_RANGE) {
        range_error(c, n, es_class_unbox(v));
    }
    error(is_float ? ES_ERR("required argument is not a float")
        : c == 'c' ? ES_ERR("char format requires a bytes object of length 1")
        : ES_ERR("required argument is not an integer"));
}

// Pack bytes-like [v] as an s or p item of [count] bytes at [p].
static void pack_string(uint8_t *p, char c, size_t count, es_val_t v) {
    size_t len;
    const uint8_t *d;
    if (!es_is_bytes_like(v) || !es_bytes_get(v, &d, &len)) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("argument for '%c' must be "
            "a bytes object"), c);
    }
    if (c == 'p' && count > 0) { // Pascal string: a length byte first
        len = len < count - 1 ? len : count - 1;
        *p++ = (uint8_t)(len < 255 ? len : 255);
        count--;
    }
    memcpy(p, d, len < count ? len : count);
}

// --- pack / unpack over a buffer

// Where a walk packs: a private buffer [data], or pack_into's buffer
// object [obj] at byte [off] with room for [size] bytes, looked up again
// for each item (a value's __bool__ or __float__ may resize a bytearray).
typedef struct target {
    uint8_t *data;
    es_val_t obj; // ES_NULL for [data]
    size_t off, size;
} target_t;

static uint8_t *target_at(const target_t *t, size_t at);

// Walk format [fv] over [buf] (calc() bytes): pack [n_vals] values [vals]
// into it, or, when [items] is given, unpack its n_vals values into
// [items]. Fewer values than the format takes leave the rest of [buf] as
// it was (MicroPython's rule: pack zero-fills it); more raise CPython's
// error.
static void walk(es_val_t fv, const target_t *t, size_t n_vals,
    const es_val_t *vals, es_val_t *items) {
    const uint8_t *buf = t->data; // unpacking calls no Python code
    size_t want;
    calc(fv, &want);
    if (n_vals > want) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("pack expected %zu items "
            "for packing (got %zu)"), want, n_vals);
    }
    fmt_t f;
    fmt_init(&f, fv);
    size_t off = 0, count, vi = 0;
    char c;
    while (vi < n_vals && next_item(&f, &count, &c)) {
        off = align(&f, off, c);
        if (is_string(c)) {
            if (items == NULL) {
                pack_string(target_at(t, off), c, count, vals[vi++]);
            } else {
                size_t len = count, skip = 0;
                if (c == 'p' && count > 0) {
                    skip = 1;
                    len = buf[off] < count - 1 ? buf[off] : count - 1;
                }
                items[vi++] = es_bytes_new(buf + off + skip, len);
            }
            off += count;
            continue;
        }
        size_t n = item_size(&f, c);
        for (size_t i = 0; i < count && vi < n_vals; i++, off += n) {
            if (c == 'x') {
                continue;
            }
            if (items == NULL) { // converted first, then stored
                uint8_t item[8];
                pack_one(&f, item, c, n, vals[vi++]);
                memcpy(target_at(t, off), item, n);
            } else {
                items[vi++] = es_buffer_load(c, n, buf + off, f.little);
            }
        }
    }
}

static es_val_t struct_pack(size_t n_args, const es_val_t *args) {
    size_t size = calc(args[0], NULL);
    es_val_t r = es_bytes_new(NULL, size);
    target_t t = {((es_bytes_t *)es_obj(r))->data, ES_NULL, 0, size};
    walk(args[0], &t, n_args - 1, args + 1, NULL);
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
    target_t from = {(uint8_t *)buf, ES_NULL, 0, 0};
    walk(fv, &from, n_vals, NULL, items);
    return t;
}

// The buffer [v] for struct, read-write when [write].
static es_buffer_t buffer_arg(es_val_t v, bool write) {
    es_buffer_t b;
    if (!es_buffer_get(v, &b) || (write && !b.writable)) {
        es_raise_fmt(&es_type_TypeError, write
            ? ES_ERR("argument must be read-write bytes-like object, not %T")
            : ES_ERR("a bytes-like object is required, not '%T'"), v);
    }
    return b;
}

static es_val_t struct_unpack(es_val_t fv, es_val_t buf) {
    size_t size = calc(fv, NULL);
    es_buffer_t b = buffer_arg(buf, false);
    if (b.len != size) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("unpack requires a buffer of %zu bytes"), size);
    }
    return unpack_at(fv, b.data);
}
static ES_FUN_2(fun_unpack, struct_unpack);

// The offset argument [off] of *_from/_into (read before the buffer's
// data: its __index__ may resize a bytearray), negative from the end,
// checked against [len] bytes.
static size_t offset_arg(es_int_t off, size_t len, size_t size, bool pack) {
    if (off < 0) {
        off += (es_int_t)len;
        if (off < 0) {
            es_raise_fmt(&es_type_ValueError,
                ES_ERR("offset %d out of range for %zu-byte buffer"),
                (int)(off - (es_int_t)len), len);
        }
    }
    if ((size_t)off > len || len - (size_t)off < size) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("%s requires a buffer of "
            "at least %zu bytes for %spacking %zu bytes at offset %zu (actual "
            "buffer size is %zu)"), pack ? "pack_into" : "unpack_from",
            size + (size_t)off, pack ? "" : "un", size, (size_t)off, len);
    }
    return (size_t)off;
}

// unpack_from(format, /, buffer, offset=0)
static es_val_t struct_unpack_from(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(buffer), ES_Q(offset)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(unpack_from), n_args, n_kw, args, 2, names, kw);
    for (size_t i = 1; i < n_args; i++) {
        kw[i - 1] = args[i];
    }
    if (kw[0] == ES_NULL || n_args > 3) {
        es_check_nargs(ES_Q(unpack_from), n_args, 2, 3, 0, false);
    }
    size_t size = calc(args[0], NULL);
    es_int_t at = kw[1] == ES_NULL ? 0 : es_get_int(kw[1]);
    es_buffer_t b = buffer_arg(kw[0], false);
    size_t off = offset_arg(at, b.len, size, false);
    return unpack_at(args[0], b.data + off);
}
static ES_FUN_KW(fun_unpack_from, 1, 3, struct_unpack_from);

// pack_into(format, buffer, offset, *values)
static es_val_t struct_pack_into(size_t n_args, const es_val_t *args) {
    size_t size = calc(args[0], NULL);
    es_int_t at = es_get_int(args[2]);
    es_buffer_t b = buffer_arg(args[1], true);
    target_t t = {NULL, args[1], offset_arg(at, b.len, size, true), size};
    walk(args[0], &t, n_args - 3, args + 3, NULL);
    return ES_NONE;
}

static uint8_t *target_at(const target_t *t, size_t at) {
    if (t->obj == ES_NULL) {
        return t->data + at;
    }
    es_buffer_t b = buffer_arg(t->obj, true);
    return b.data + offset_arg((es_int_t)t->off, b.len, t->size, true) + at;
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
