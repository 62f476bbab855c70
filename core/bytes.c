// SPDX-License-Identifier: MIT
// The bytes and bytearray types (see bytes.h): construction, repr,
// operators (+ * in, comparisons, hash), indexing and slicing, slice
// assignment for bytearray. The methods are in bytes_methods.c.
#include <string.h>

#include "buffer.h"
#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "span.h"
#include "str.h"

// --- construction and access

es_val_t es_bytes_new(const void *s, size_t len) {
    es_bytes_t *b = es_gc_alloc(sizeof(es_bytes_t) + len + 1, ES_GC_LEAF);
    b->base.type = &es_type_bytes;
    b->len = len;
    b->data = (uint8_t *)(b + 1);
    if (s != NULL && len > 0) {
        memcpy(b->data, s, len);
    }
    return es_val(b);
}

es_val_t es_bytes_literal(const char *s, size_t len) {
    return es_bytes_new(s, len);
}

es_val_t es_bytearray_new(const void *s, size_t len) {
    es_bytes_t *b = es_gc_alloc(sizeof(es_bytes_t), 0);
    b->base.type = &es_type_bytearray;
    b->alloc = len < 8 ? 8 : len;
    b->data = es_gc_alloc(b->alloc, ES_GC_LEAF);
    b->len = len;
    if (s != NULL && len > 0) {
        memcpy(b->data, s, len);
    }
    return es_val(b);
}

bool es_is_bytes(es_val_t v) {
    return es_is_obj(v) && es_obj(v)->type == &es_type_bytes;
}

bool es_is_bytes_like(es_val_t v) {
    return es_is_obj(v) && (es_obj(v)->type == &es_type_bytes
        || es_obj(v)->type == &es_type_bytearray);
}

// Is [v] an array.array (or another ES_TYPE_ARRAY type's instance)?
static bool is_array(es_val_t v) {
    return es_is_obj(v) && (es_obj(v)->type->flags & ES_TYPE_ARRAY) != 0;
}

bool es_bytes_get(es_val_t v, const uint8_t **data, size_t *len) {
    if (!es_is_bytes_like(v) && !is_array(v)) {
        uint8_t *d = NULL;
        bool ok = es_memview_get(v, &d, len);
        *data = d;
        return ok;
    }
    es_bytes_t *b = (es_bytes_t *)es_obj(v);
    *data = b->data;
    *len = b->len;
    return true;
}

const uint8_t *es_bytes_need(es_val_t v, size_t *len) {
    const uint8_t *d;
    if (!es_bytes_get(v, &d, len)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("a bytes-like object is required, not '%T'"), v);
    }
    return d;
}

uint8_t *es_bytes_need_rw(es_val_t v, size_t *len) {
    uint8_t *d;
    if (es_is_type(v, &es_type_bytearray)) {
        *len = ((es_bytes_t *)es_obj(v))->len;
        return ((es_bytes_t *)es_obj(v))->data;
    }
    if (es_memview_get(v, &d, len)
        && es_is_type(((es_memview_t *)es_obj(v))->obj, &es_type_bytearray)) {
        return d;
    }
    es_raise_fmt(&es_type_TypeError,
        ES_ERR("a writable bytes-like object is required, not '%T'"), v);
}

// Make room for [n] more bytes in bytearray [b].
static void ba_reserve(es_bytes_t *b, size_t n) {
    if (b->len + n <= b->alloc) {
        return;
    }
    size_t want = b->alloc * 2;
    if (want < b->len + n) {
        want = b->len + n;
    }
    b->data = es_gc_realloc(b->data, want);
    b->alloc = want;
}

void es_bytearray_add(es_val_t ba, const void *s, size_t n) {
    es_bytes_t *b = (es_bytes_t *)es_obj(ba);
    const uint8_t *p = s;
    if (n > 0 && p >= b->data && p < b->data + b->alloc) { // ba += ba
        size_t off = (size_t)(p - b->data);
        ba_reserve(b, n);
        s = b->data + off;
    }
    ba_reserve(b, n);
    memmove(b->data + b->len, s, n);
    b->len += n;
}

// A new object of the same kind as [like] (bytes or bytearray).
static es_val_t same_kind(es_val_t like, const void *s, size_t len) {
    return es_is_type(like, &es_type_bytearray) ? es_bytearray_new(s, len)
        : es_bytes_new(s, len);
}

static es_val_t same_kind_type(bool ba, const void *s, size_t len) {
    return ba ? es_bytearray_new(s, len) : es_bytes_new(s, len);
}

// --- repr

void es_bytes_print_repr(const es_print_t *p, const uint8_t *s, size_t len) {
    bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    char buf[5] = {'b', quote};
    es_print_strn(p, buf, 2);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        size_t n = 2;
        buf[0] = '\\';
        if (c == '\\' || c == (uint8_t)quote) {
            buf[1] = (char)c;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            buf[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else if (c < 32 || c >= 127) {
            buf[1] = 'x', buf[2] = es_rom_digit(c >> 4, false);
            buf[3] = es_rom_digit(c & 15, false), n = 4;
        } else {
            buf[0] = (char)c, n = 1;
        }
        es_print_strn(p, buf, n);
    }
    es_print_strn(p, &quote, 1);
}

static void bytes_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_bytes_t *b = (es_bytes_t *)es_obj(self);
    bool ba = b->base.type == &es_type_bytearray;
    if (ba) {
        es_print_cstr(p, "bytearray(");
    }
    es_bytes_print_repr(p, b->data, b->len);
    if (ba) {
        es_print_cstr(p, ")");
    }
}

// --- constructors: bytes(), bytes(n), bytes(str, enc[, errors]),
// bytes(bytes-like), bytes(iterable of ints)

// The byte value of int [v]: ValueError outside 0..255.
static uint8_t byte_of_msg(es_val_t v, const char *msg) {
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object cannot be interpreted as an integer"), v);
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i) || i < 0 || i > 255) {
        es_raise_msg(&es_type_ValueError, msg);
    }
    return (uint8_t)i;
}

uint8_t es_bytes_byte_of(es_val_t v) {
    return byte_of_msg(v, ES_ERR("byte must be in range(0, 256)"));
}
#define byte_of es_bytes_byte_of

// The bytes of an iterable of ints, appended to a fresh bytearray.
static es_val_t from_iterable(es_val_t src, bool bytes) {
    es_val_t ba = es_bytearray_new(NULL, 0);
    es_val_t it = es_getiter(src);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        uint8_t c = byte_of_msg(v, bytes ? ES_ERR("bytes must be in range(0, 256)")
            : ES_ERR("byte must be in range(0, 256)"));
        es_bytearray_add(ba, &c, 1);
    }
    return ba;
}

// Gather positionals and the keywords source=, encoding=, errors= into
// all[0..2]; returns the count of arguments given (trailing ones absent).
static size_t gather_args(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args, es_val_t all[3]) {
    es_check_nargs(type->name, n_args, 0, 3, n_kw, true);
    for (size_t i = 0; i < n_args; i++) {
        all[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        es_qstr_t k = es_qstr_get(args[n_args + 2 * i]);
        size_t at = k == ES_Q(source) ? 0 : k == ES_Q(encoding) ? 1
            : k == ES_Q(errors) ? 2 : 3;
        if (at == 3) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for %q()"), k, type->name);
        }
        all[at] = args[n_args + 2 * i + 1];
    }
    size_t n = all[2] != ES_NULL ? 3 : all[1] != ES_NULL ? 2
        : all[0] != ES_NULL ? 1 : 0;
    if (n > 1 && !es_is_str(all[0])) {
        es_raise_msg(&es_type_TypeError, ES_ERR(
            "encoding without a string argument"));
    }
    return n;
}

// bytes(str, encoding[, errors]): str.encode's result.
static es_val_t from_str(bool ba, size_t n_args, const es_val_t *args) {
    if (n_args < 2) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("string argument without an encoding"));
    }
    es_val_t r = es_fun_builtin_call(es_val(&es_str_encode_obj), n_args,
        0, args);
    es_bytes_t *rb = (es_bytes_t *)es_obj(r);
    return ba ? es_bytearray_new(rb->data, rb->len) : r;
}

// bytes(iterable of ints); TypeError for what cannot be iterated.
static es_val_t from_other(bool ba, es_val_t a) {
    const es_type_t *t = es_type_of(a);
    if (t->getiter == NULL && t->iternext == NULL
        && es_type_lookup(t, ES_Q(__iter__)) == ES_NULL
        && es_type_lookup(t, ES_Q(__getitem__)) == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("cannot convert '%T' object to bytes"), a);
    }
    es_val_t r = from_iterable(a, !ba);
    es_bytes_t *b = (es_bytes_t *)es_obj(r);
    return ba ? r : es_bytes_new(b->data, b->len);
}

static es_val_t bytes_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    bool ba = type == &es_type_bytearray;
    es_val_t all[3] = {ES_NULL, ES_NULL, ES_NULL};
    n_args = gather_args(type, n_args, n_kw, args, all);
    es_val_t a = n_args > 0 ? es_class_unbox(all[0]) : ES_NULL; // class I(int)
    const uint8_t *d;
    size_t n;
    if (n_args == 0 || es_bytes_get(a, &d, &n)) {
        return n_args == 0 ? same_kind_type(ba, NULL, 0)
            : same_kind_type(ba, d, n);
    }
    if (es_is_str(a)) {
        return from_str(ba, n_args, all);
    }
    if (es_is_int(a)) {
        es_int_t k = es_get_int(a);
        if (k < 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("negative count"));
        }
        return same_kind_type(ba, NULL, (size_t)k);
    }
    return from_other(ba, a);
}

// --- operators

static es_val_t bytes_unary(es_unary_op_t op, es_val_t self) {
    es_bytes_t *b = (es_bytes_t *)es_obj(self);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(b->len != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)b->len);
    case ES_UOP_HASH:
        if (b->base.type != &es_type_bytes) {
            return ES_NULL;
        }
        if (b->hash == 0) {
            b->hash = es_hash_bytes((const char *)b->data, b->len);
        }
        return es_small_new((es_int_t)(b->hash & ES_SMALL_MAX));
    default: return ES_NULL;
    }
}

// memcmp-order comparison of two byte strings: <0, 0, >0.
static int compare(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c != 0) {
        return c;
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static es_val_t compare_op(es_binary_op_t op, int c) {
    switch (op) {
    case ES_BOP_LT: return es_bool(c < 0);
    case ES_BOP_GT: return es_bool(c > 0);
    case ES_BOP_EQ: return es_bool(c == 0);
    case ES_BOP_LE: return es_bool(c <= 0);
    case ES_BOP_GE: return es_bool(c >= 0);
    default: return es_bool(c != 0);
    }
}

static es_val_t contains(const uint8_t *d, size_t n, es_val_t item) {
    const uint8_t *s;
    size_t m;
    if (es_bytes_get(item, &s, &m)) {
        return es_bool(es_span_find(d, 0, n, s, m, false) >= 0);
    }
    if (!es_is_int(item)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR(
            "a bytes-like object is required, not '%T'"), item);
    }
    uint8_t c = byte_of(item);
    return es_bool(n > 0 && memchr(d, c, n) != NULL);
}

static es_val_t repeat(es_val_t self, es_bytes_t *b, es_val_t count,
    bool inplace) {
    if (!es_is_int(count)) {
        return ES_NULL;
    }
    size_t len = b->len, k = es_seq_repeat_count(count, len);
    size_t total = k * len;
    es_val_t r = inplace ? self : same_kind(self, NULL, total);
    es_bytes_t *rb = (es_bytes_t *)es_obj(r);
    if (inplace) {
        ba_reserve(rb, total > b->len ? total - b->len : 0);
        rb->len = total;
    }
    for (size_t i = 1; i < k && len > 0; i++) {
        memmove(rb->data + i * len, b->data, len);
    }
    if (!inplace && k > 0 && len > 0) {
        memcpy(rb->data, b->data, len);
    }
    return r;
}

// A comparison where one operand is bytes or bytearray. == and != take any
// buffer (an array only against a bytearray); ordering needs a bytearray on
// one side (which orders against any buffer) or bytes on both, as in
// CPython.
static es_val_t buffer_compare(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    const uint8_t *a, *b;
    size_t na, nb;
    bool eq = op == ES_BOP_EQ || op == ES_BOP_NE;
    bool ba = es_is_type(lhs, &es_type_bytearray)
        || es_is_type(rhs, &es_type_bytearray);
    if (!es_bytes_get(lhs, &a, &na) || !es_bytes_get(rhs, &b, &nb)
        || (!ba && (is_array(lhs) || is_array(rhs)))) {
        return eq ? es_bool(op == ES_BOP_NE) : ES_NULL;
    }
    bool orders = ba
        || (es_is_type(lhs, &es_type_bytes) && es_is_type(rhs, &es_type_bytes));
    return eq || orders ? compare_op(op, compare(a, na, b, nb)) : ES_NULL;
}

static es_val_t bytes_binary(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        es_bytes_t *c = (es_bytes_t *)es_obj(rhs);
        return contains(c->data, c->len, lhs);
    }
    if (!es_is_bytes_like(lhs)) { // reflected: int * bytes, buffer < ba
        if (op == ES_BOP_MUL && es_is_int(lhs)) {
            return repeat(rhs, (es_bytes_t *)es_obj(rhs), lhs, false);
        }
        return op <= ES_BOP_NE ? buffer_compare(op, lhs, rhs) : ES_NULL;
    }
    es_bytes_t *b = (es_bytes_t *)es_obj(lhs);
    const uint8_t *d;
    size_t n;
    bool mutable = b->base.type == &es_type_bytearray;
    if (op <= ES_BOP_NE) {
        return buffer_compare(op, lhs, rhs);
    }
    switch (op) {
    case ES_BOP_INPLACE_ADD:
        if (mutable && es_bytes_get(rhs, &d, &n)) {
            es_bytearray_add(lhs, d, n);
            return lhs;
        }
        // fallthrough
    case ES_BOP_ADD: {
        if (!es_bytes_get(rhs, &d, &n)) {
            if (es_seq_defer(rhs)) {
                return ES_NULL;
            }
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("can't concat %T to %T"), rhs, lhs);
        }
        if ((n == 0 || b->len == 0) && es_is_type(lhs, &es_type_bytes)
            && es_is_type(rhs, &es_type_bytes)) {
            return n == 0 ? lhs : rhs; // immutable: no copy (heap_lock)
        }
        es_val_t r = same_kind(lhs, NULL, b->len + n);
        es_bytes_t *rb = (es_bytes_t *)es_obj(r);
        if (b->len > 0) { // an empty bytearray may have no buffer
            memcpy(rb->data, b->data, b->len);
        }
        if (n > 0) {
            memcpy(rb->data + b->len, d, n);
        }
        return r;
    }
    case ES_BOP_MOD:
        return es_bytes_mod(lhs, rhs);
    case ES_BOP_INPLACE_MUL:
        return repeat(lhs, b, rhs, mutable);
    case ES_BOP_MUL:
        return repeat(lhs, b, rhs, false);
    default:
        return ES_NULL;
    }
}

// --- indexing

// The position of int index [index] in a sequence of [len] bytes.
static size_t byte_index(es_val_t self, size_t len, es_val_t index) {
    bool ba = es_is_type(self, &es_type_bytearray);
    if (!es_is_int(index)) {
        es_raise_fmt(&es_type_TypeError, ba
            ? ES_ERR("bytearray indices must be integers or slices, not %T")
            : ES_ERR("byte indices must be integers or slices, not %T"),
            index);
    }
    es_int_t i;
    if (!es_int_get_checked(index, &i)) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("cannot fit 'int' into an index-sized integer"));
    }
    if (i < 0) {
        i += (es_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        es_raise_msg(&es_type_IndexError, ba
            ? ES_ERR("bytearray index out of range")
            : ES_ERR("index out of range"));
    }
    return (size_t)i;
}

static es_val_t slice_load(es_val_t self, es_bytes_t *b, es_val_t index) {
    es_int_t start, stop, step;
    es_slice_indices(index, b->len, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (step == 1) {
        return same_kind(self, b->data + start, n);
    }
    es_val_t r = same_kind(self, NULL, n);
    es_buffer_stride_copy(((es_bytes_t *)es_obj(r))->data, 1,
        b->data + start, step, n, 1);
    return r;
}

void es_bytearray_splice(es_val_t ba, size_t start, size_t stop,
    const uint8_t *s, size_t n) {
    es_bytes_t *b = (es_bytes_t *)es_obj(ba);
    if (stop < start) {
        stop = start;
    }
    size_t old = stop - start, tail = b->len - stop;
    if (n > old) {
        ba_reserve(b, n - old);
    }
    if (tail > 0) {
        memmove(b->data + start + n, b->data + stop, tail);
    }
    if (n > 0) {
        memcpy(b->data + start, s, n);
    }
    b->len = b->len - old + n;
}

void es_bytearray_delete_step(es_val_t ba, es_int_t start, es_int_t step,
    size_t n, size_t size) {
    es_bytes_t *b = (es_bytes_t *)es_obj(ba);
    if (step < 0) { // same items walked forwards
        start += (es_int_t)(n - 1) * step;
        step = -step;
    }
    size_t w = (size_t)start, items = b->len / size;
    for (size_t r = (size_t)start; r < items; r++) {
        if ((r - (size_t)start) % (size_t)step == 0
            && (r - (size_t)start) / (size_t)step < n) {
            continue;
        }
        memmove(b->data + w++ * size, b->data + r * size, size);
    }
    b->len = w * size;
}

static void slice_store(es_val_t self, es_bytes_t *b, es_val_t index,
    es_val_t value) {
    es_int_t start, stop, step;
    if (value == ES_NULL) {
        es_slice_indices(index, b->len, &start, &stop, &step);
        size_t n = es_slice_count(start, stop, step);
        if (step == 1) {
            es_bytearray_splice(self, (size_t)start, (size_t)start + n, NULL,
                0);
        } else if (n > 0) {
            es_bytearray_delete_step(self, start, step, n, 1);
        }
        return;
    }
    const uint8_t *d = NULL;
    size_t m = 0;
    es_val_t src = value;
    if (es_is_int(value) || es_is_str(value)) {
        es_raise_msg(&es_type_TypeError, ES_ERR(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    // The values first, as CPython: an iterable runs Python code that may
    // resize self, so the slice is measured after it.
    if (!es_bytes_get(value, &d, &m)) {
        src = from_iterable(value, false);
        es_bytes_get(src, &d, &m);
    } else if (m > 0 && d >= b->data && d < b->data + b->alloc) {
        src = es_bytes_new(d, m); // a view of self: copy before resizing
        es_bytes_get(src, &d, &m);
    }
    es_slice_indices(index, b->len, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (step == 1) {
        es_bytearray_splice(self, (size_t)start, (size_t)start + n, d, m);
        return;
    }
    if (m != n) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("attempt to assign bytes "
            "of size %zu to extended slice of size %zu"), m, n);
    }
    es_buffer_stride_copy(b->data + start, step, d, 1, n, 1);
}

static es_val_t bytes_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_bytes_t *b = (es_bytes_t *)es_obj(self);
    bool ba = b->base.type == &es_type_bytearray;
    if (value != ES_STOP && !ba) {
        es_raise_fmt(&es_type_TypeError, value == ES_NULL
            ? ES_ERR("'bytes' object doesn't support item deletion")
            : ES_ERR("'bytes' object does not support item assignment"));
    }
    if (es_is_slice(index)) {
        if (value == ES_STOP) {
            return slice_load(self, b, index);
        }
        slice_store(self, b, index, value);
        return ES_NONE;
    }
    size_t i = byte_index(self, b->len, index);
    if (value == ES_STOP) {
        return es_small_new(b->data[i]);
    }
    if (value == ES_NULL) {
        es_bytearray_splice(self, i, i + 1, NULL, 0);
    } else {
        b->data[i] = byte_of(value);
    }
    return ES_NONE;
}

// --- iteration: an index into the object, re-read at every step (a
// bytearray may change while it is iterated).
typedef struct bytes_iter {
    es_obj_t base;
    es_val_t seq;
    size_t i;
} bytes_iter_t;

static es_val_t bytes_iternext(es_val_t self) {
    bytes_iter_t *it = (bytes_iter_t *)es_obj(self);
    const uint8_t *d;
    size_t n;
    es_bytes_get(it->seq, &d, &n);
    return it->i < n ? es_small_new(d[it->i++]) : ES_STOP;
}

static const es_type_t bytes_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(bytes_iterator),
    .parent = &es_type_object,
    .iternext = bytes_iternext,
};

es_val_t es_bytes_iter_new(es_val_t seq) {
    bytes_iter_t *it = es_gc_alloc(sizeof(bytes_iter_t), 0);
    it->base.type = &bytes_iter_type;
    it->seq = seq;
    return es_val(it);
}

static es_val_t bytes_getiter(es_val_t self) {
    return es_bytes_iter_new(self);
}

const es_type_t es_type_bytes = {
    .base = {&es_type_type},
    .name = ES_Q(bytes),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .print = bytes_print,
    .make_new = bytes_make,
    .unary_op = bytes_unary,
    .binary_op = bytes_binary,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .locals = ES_PTR(&es_bytes_locals),
};

const es_type_t es_type_bytearray = {
    .base = {&es_type_type},
    .name = ES_Q(bytearray),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .print = bytes_print,
    .make_new = bytes_make,
    .unary_op = bytes_unary,
    .binary_op = bytes_binary,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .locals = ES_PTR(&es_bytearray_locals),
};
