// SPDX-License-Identifier: MIT
// memoryview over bytes, bytearray and array.array: items of the object's
// typecode (format 'B' for bytes), indexing and iteration give them,
// slicing (step 1, as MicroPython) gives a view sharing the memory, item
// and slice assignment write through to a bytearray or array; len, ==,
// tobytes, tolist, hex, itemsize, format, nbytes, readonly, release.
// Views index their object at every access, so an object that grows or
// moves stays safe. The window (start, len) is in bytes.
#include <string.h>

#include "buffer.h"
#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "str.h"

static es_memview_t *V(es_val_t v) {
    return (es_memview_t *)es_obj(v);
}

bool es_memview_get(es_val_t v, uint8_t **data, size_t *len) {
    if (!es_is_type(v, &es_type_memoryview)) {
        return false;
    }
    es_memview_t *m = V(v);
    es_bytes_t *b = (es_bytes_t *)es_obj(m->obj);
    size_t start = m->start < b->len ? m->start : b->len;
    *data = b->data + start;
    *len = m->len < b->len - start ? m->len : b->len - start;
    return true;
}

// The data and length of view [self] (a memoryview).
static uint8_t *view_data(es_val_t self, size_t *n) {
    uint8_t *d = NULL;
    *n = 0;
    es_memview_get(self, &d, n);
    return d;
}

// The typecode of view [self]'s items ('B' over bytes and bytearray), and
// their size in *size.
static int view_code(es_val_t self, size_t *size) {
    const es_bytes_t *o = (const es_bytes_t *)es_obj(V(self)->obj);
    int code = o->base.type->flags & ES_TYPE_ARRAY ? (int)o->typecode : 'B';
    *size = es_buffer_item_size(code, true);
    return code;
}

static es_val_t view_new(es_val_t obj, size_t start, size_t len) {
    es_memview_t *m = es_gc_alloc(sizeof(es_memview_t), 0);
    m->base.type = &es_type_memoryview;
    m->obj = obj;
    m->start = start;
    m->len = len;
    return es_val(m);
}

static es_val_t view_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    es_val_t o = es_class_unbox(args[0]); // bytes subclasses too
    if (es_is_type(o, &es_type_memoryview)) {
        return view_new(V(o)->obj, V(o)->start, V(o)->len);
    }
    const uint8_t *d;
    size_t n;
    if (!es_bytes_get(o, &d, &n)) { // bytes, bytearray or array
        es_raise_fmt(&es_type_TypeError, ES_ERR("memoryview: a bytes-like "
            "object is required, not '%T'"), o);
    }
    return view_new(o, 0, n);
}

static void view_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<memory at 0x%lx>", (unsigned long)self);
}

static es_val_t view_unary(es_unary_op_t op, es_val_t self) {
    size_t n, size;
    view_data(self, &n);
    view_code(self, &size);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(n != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)(n / size));
    case ES_UOP_HASH: // as the bytes it shows, when read-only
        if (es_is_type(V(self)->obj, &es_type_bytearray)) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("cannot hash writable memoryview object"));
        }
        return es_small_new((es_int_t)(es_hash_bytes((const char *)
            view_data(self, &n), n) & ES_SMALL_MAX));
    default: return ES_NULL;
    }
}

static es_val_t view_binary(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    const uint8_t *a, *b;
    size_t na, nb;
    if ((op != ES_BOP_EQ && op != ES_BOP_NE) || !es_bytes_get(lhs, &a, &na)
        || !es_bytes_get(rhs, &b, &nb)) {
        return op == ES_BOP_EQ || op == ES_BOP_NE ? es_bool(op == ES_BOP_NE)
            : ES_NULL;
    }
    bool eq = na == nb && (na == 0 || memcmp(a, b, na) == 0);
    return es_bool(eq == (op == ES_BOP_EQ));
}

static void check_writable(es_val_t self) {
    if (es_is_type(V(self)->obj, &es_type_bytes)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("cannot modify read-only memory"));
    }
}

// A slice of [n] bytes of items of [size] bytes at [d]: a view, or the
// assignment of [value] (a buffer of as many items of the same size).
static es_val_t view_slice(es_val_t self, es_val_t index, es_val_t value,
    uint8_t *d, size_t n, size_t size) {
    es_int_t start, stop, step;
    es_slice_indices(index, n / size, &start, &stop, &step);
    size_t count = es_slice_count(start, stop, step);
    if (step != 1) {
        es_raise_msg(&es_type_NotImplementedError,
            ES_ERR("memoryview slices with a step"));
    }
    if (value == ES_STOP) {
        return view_new(V(self)->obj, V(self)->start + (size_t)start * size,
            count * size);
    }
    check_writable(self);
    es_buffer_t src;
    if (!es_buffer_get(value, &src)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("a bytes-like object is "
            "required, not '%T'"), value);
    }
    if (src.len != count * size
        || es_buffer_item_size(src.typecode, true) != size) {
        es_raise_msg(&es_type_ValueError, ES_ERR("memoryview assignment: "
            "lvalue and rvalue have different structures"));
    }
    memmove(d + (size_t)start * size, src.data, src.len);
    return ES_NONE;
}

static es_val_t view_subscr(es_val_t self, es_val_t index, es_val_t value) {
    size_t n;
    uint8_t *d = view_data(self, &n);
    if (value == ES_NULL) {
        check_writable(self);
        es_raise_msg(&es_type_TypeError, ES_ERR("cannot delete memory"));
    }
    size_t size;
    int code = view_code(self, &size);
    if (es_is_slice(index)) {
        return view_slice(self, index, value, d, n, size);
    }
    if (!es_is_int(index)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("memoryview: invalid slice key"));
    }
    es_int_t i = es_get_int(index);
    n /= size;
    if (i < 0) {
        i += (es_int_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("index out of bounds on dimension 1"));
    }
    bool little = es_buffer_native_little();
    if (value == ES_STOP) {
        return es_buffer_load(code, size, d + (size_t)i * size, little);
    }
    check_writable(self);
    es_buffer_err_t err = es_buffer_store(code, size, d + (size_t)i * size,
        value, little);
    if (err != ES_BUFFER_OK) {
        es_raise_fmt(err == ES_BUFFER_TYPE ? &es_type_TypeError
            : &es_type_ValueError, err == ES_BUFFER_TYPE
            ? ES_ERR("memoryview: invalid type for format '%c'")
            : ES_ERR("memoryview: invalid value for format '%c'"), code);
    }
    return ES_NONE;
}

static es_val_t view_getiter(es_val_t self) {
    size_t size;
    return view_code(self, &size) == 'B' ? es_bytes_iter_new(self)
        : es_seq_iter_new(self);
}

static es_val_t view_tobytes(es_val_t self) {
    size_t n;
    uint8_t *d = view_data(self, &n);
    return es_bytes_new(d, n);
}
static ES_FUN_1(view_tobytes_obj, view_tobytes);

static es_val_t view_tolist(es_val_t self) {
    size_t n, size;
    int code = view_code(self, &size);
    view_data(self, &n);
    es_val_t l = es_list_new(0, NULL);
    for (size_t i = 0; i < n / size; i++) {
        uint8_t *d = view_data(self, &n); // re-read: the list grows
        if ((i + 1) * size <= n) {
            es_list_append(l, es_buffer_load(code, size, d + i * size,
                es_buffer_native_little()));
        }
    }
    return l;
}
static ES_FUN_1(view_tolist_obj, view_tolist);

// hex([sep[, bytes_per_sep]]): the bytes' hex.
static es_val_t view_hex(size_t n_args, const es_val_t *args) {
    return es_call(es_load_attr(view_tobytes(args[0]), ES_Q(hex)), n_args - 1,
        0, args + 1);
}
static ES_FUN_VAR(view_hex_obj, 1, 3, view_hex);

static es_val_t view_release(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(view_release_obj, view_release);

static es_val_t view_load_attr(es_val_t self, es_qstr_t name) {
    size_t n, size;
    int code = view_code(self, &size);
    if (name == ES_Q(readonly)) {
        return es_bool(es_is_type(V(self)->obj, &es_type_bytes));
    }
    if (name == ES_Q(obj)) {
        return V(self)->obj;
    }
    if (name == ES_Q(nbytes)) {
        view_data(self, &n);
        return es_small_new((es_int_t)n);
    }
    if (name == ES_Q(itemsize)) {
        return es_small_new((es_int_t)size);
    }
    if (name == ES_Q(format)) {
        char c = (char)code;
        return es_str_new(&c, 1);
    }
    return ES_NULL;
}

static const es_map_elem_t view_table[] = {
    {ES_QV(__getitem__), ES_PTR(&es_seq_getitem_obj)},
    {ES_QV(__setitem__), ES_PTR(&es_seq_setitem_obj)},
    {ES_QV(__delitem__), ES_PTR(&es_seq_delitem_obj)},
    {ES_QV(__len__), ES_PTR(&es_seq_len_obj)},
    {ES_QV(tobytes), ES_PTR(&view_tobytes_obj)},
    {ES_QV(tolist), ES_PTR(&view_tolist_obj)},
    {ES_QV(hex), ES_PTR(&view_hex_obj)},
    {ES_QV(release), ES_PTR(&view_release_obj)},
};
static ES_CONST_DICT(view_locals, view_table);

const es_type_t es_type_memoryview = {
    .base = {&es_type_type},
    .name = ES_Q(memoryview),
    .parent = &es_type_object,
    .print = view_print,
    .make_new = view_make,
    .unary_op = view_unary,
    .binary_op = view_binary,
    .load_attr = view_load_attr,
    .subscr = view_subscr,
    .getiter = view_getiter,
    .locals = ES_PTR(&view_locals),
};
