// SPDX-License-Identifier: MIT
// memoryview over bytes and bytearray (format 'B' only): indexing gives
// ints, slicing (step 1) gives a view sharing the memory, item and slice
// assignment write through to a bytearray; len, ==, iteration, tobytes,
// tolist, hex, release. Views index their object at every access, so a
// bytearray that grows or moves stays safe.
#include <string.h>

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
    if (!es_is_bytes_like(o)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("memoryview: a bytes-like "
            "object is required, not '%T'"), o);
    }
    return view_new(o, 0, ((es_bytes_t *)es_obj(o))->len);
}

static void view_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<memory at 0x%lx>", (unsigned long)self);
}

static es_val_t view_unary(es_unary_op_t op, es_val_t self) {
    size_t n;
    view_data(self, &n);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(n != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)n);
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
    if (!es_is_type(V(self)->obj, &es_type_bytearray)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("cannot modify read-only memory"));
    }
}

static es_val_t view_slice(es_val_t self, es_val_t index, es_val_t value,
    uint8_t *d, size_t n) {
    es_int_t start, stop, step;
    es_slice_indices(index, n, &start, &stop, &step);
    size_t count = es_slice_count(start, stop, step);
    if (step != 1) {
        es_raise_msg(&es_type_NotImplementedError,
            ES_ERR("memoryview slices with a step"));
    }
    if (value == ES_STOP) {
        return view_new(V(self)->obj, V(self)->start + (size_t)start, count);
    }
    check_writable(self);
    size_t m;
    const uint8_t *s = es_bytes_need(value, &m);
    if (m != count) {
        es_raise_msg(&es_type_ValueError, ES_ERR("memoryview assignment: "
            "lvalue and rvalue have different structures"));
    }
    memmove(d + start, s, m);
    return ES_NONE;
}

static es_val_t view_subscr(es_val_t self, es_val_t index, es_val_t value) {
    size_t n;
    uint8_t *d = view_data(self, &n);
    if (value == ES_NULL) {
        check_writable(self);
        es_raise_msg(&es_type_TypeError, ES_ERR("cannot delete memory"));
    }
    if (es_is_slice(index)) {
        return view_slice(self, index, value, d, n);
    }
    if (!es_is_int(index)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("memoryview: invalid slice key"));
    }
    es_int_t i = es_get_int(index);
    if (i < 0) {
        i += (es_int_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("index out of bounds on dimension 1"));
    }
    if (value == ES_STOP) {
        return es_small_new(d[i]);
    }
    check_writable(self);
    d[i] = es_bytes_byte_of(value);
    return ES_NONE;
}

static es_val_t view_getiter(es_val_t self) {
    return es_bytes_iter_new(self);
}

static es_val_t view_tobytes(es_val_t self) {
    size_t n;
    uint8_t *d = view_data(self, &n);
    return es_bytes_new(d, n);
}
static ES_FUN_1(view_tobytes_obj, view_tobytes);

static es_val_t view_tolist(es_val_t self) {
    size_t n;
    uint8_t *d = view_data(self, &n);
    es_val_t l = es_list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        d = view_data(self, &n);
        if (i < n) {
            es_list_append(l, es_small_new(d[i]));
        }
    }
    return l;
}
static ES_FUN_1(view_tolist_obj, view_tolist);

static es_val_t view_hex(es_val_t self) {
    return es_call0(es_load_attr(view_tobytes(self), ES_Q(hex)));
}
static ES_FUN_1(view_hex_obj, view_hex);

static es_val_t view_release(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(view_release_obj, view_release);

static es_val_t view_load_attr(es_val_t self, es_qstr_t name) {
    if (name == ES_Q(readonly)) {
        return es_bool(!es_is_type(V(self)->obj, &es_type_bytearray));
    }
    if (name == ES_Q(obj)) {
        return V(self)->obj;
    }
    if (name == ES_Q(nbytes)) {
        return view_unary(ES_UOP_LEN, self);
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
