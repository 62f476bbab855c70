// SPDX-License-Identifier: MIT
// The array module (also `uarray`): array.array, a mutable sequence of
// typed items (b B h H i I l L q Q f d, and MicroPython's O and P) packed in
// a bytearray-style block. An array is an es_bytes_t whose type carries
// ES_TYPE_ARRAY, so every buffer consumer takes it (bytes(a), b + a,
// struct); items are read and written by core/buffer.c, growth and slices
// share bytearray's code (core/bytes.c). Values and errors follow CPython.
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
#include "module.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "str.h"

extern const es_type_t es_type_array;

static es_bytes_t *A(es_val_t v) {
    return (es_bytes_t *)es_obj(v);
}

static size_t item_size(const es_bytes_t *a) {
    return es_buffer_item_size((int)a->typecode, true);
}

static size_t count(const es_bytes_t *a) {
    return a->len / item_size(a);
}

// The array that [v] is (an instance of an array subclass unboxed), or
// ES_NULL.
static es_val_t array_arg(es_val_t v) {
    v = es_class_unbox(v);
    return es_is_type(v, &es_type_array) ? v : ES_NULL;
}

// A new array of typecode [code] holding [n] zero items.
static es_val_t array_new(int code, size_t n) {
    size_t size = es_buffer_item_size(code, true);
    if (n > (SIZE_MAX >> 2) / size) {
        es_raise_mem_error();
    }
    es_bytes_t *a = es_gc_alloc(sizeof(es_bytes_t), 0);
    a->base.type = &es_type_array;
    a->typecode = (uint32_t)code;
    a->len = n * size;
    a->alloc = a->len < 8 ? 8 : a->len;
    // O items are objects: that block is scanned by the collector.
    a->data = es_gc_alloc(a->alloc, code == 'O' ? 0 : ES_GC_LEAF);
    return es_val(a);
}

// --- items

// Store [v] as item [i] of [a] with CPython's errors.
static void store(es_bytes_t *a, size_t i, es_val_t v) {
    int code = (int)a->typecode;
    size_t size = item_size(a);
    es_buffer_err_t err = es_buffer_store(code, size, a->data + i * size, v,
        es_buffer_native_little());
    if (err == ES_BUFFER_OK || !es_buffer_is_int(code)) {
        if (err == ES_BUFFER_TYPE) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("must be real number, not %T"), v);
        }
        return; // a float too large for f is stored as inf, as CPython
    }
    if (err == ES_BUFFER_TYPE) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object cannot be interpreted as an integer"), v);
    }
    bool neg = es_int_sign(es_class_unbox(v)) < 0;
    const char *what = strchr("bBhHi", code) == NULL ? NULL
        : code == 'b' ? "signed char" : code == 'B' ? "unsigned byte integer"
        : code == 'h' ? "signed short integer"
        : code == 'H' ? "unsigned short" : "signed integer";
    if (what != NULL) {
        es_raise_fmt(&es_type_OverflowError, neg
            ? ES_ERR("%s is less than minimum")
            : ES_ERR("%s is greater than maximum"), what);
    }
    es_raise_msg(&es_type_OverflowError, neg && strchr("ILP", code)
        ? ES_ERR("can't convert negative value to unsigned int")
        : neg && code == 'Q' ? ES_ERR("can't convert negative int to unsigned")
        : code == 'I' ? ES_ERR("unsigned int is greater than maximum")
        : code == 'l' ? ES_ERR("Python int too large to convert to C long")
        : code == 'q' || code == 'Q' ? ES_ERR("int too big to convert")
        : ES_ERR("Python int too large to convert to C unsigned long"));
}

static es_val_t load(const es_bytes_t *a, size_t i) {
    size_t size = item_size(a);
    return es_buffer_load((int)a->typecode, size, a->data + i * size,
        es_buffer_native_little());
}

// Append [v] to [self]: the item is checked before the array grows.
static void append(es_val_t self, es_val_t v) {
    es_bytes_t *a = A(self);
    uint64_t tmp[1] = {0}; // one item, aligned for an O word
    es_bytes_t one = *a;
    one.data = (uint8_t *)tmp;
    store(&one, 0, v);
    es_bytearray_add(self, tmp, item_size(a));
}

// Append the values of [iterable] one by one.
static void extend_values(es_val_t self, es_val_t iterable) {
    es_val_t it = es_getiter(iterable);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        append(self, v);
    }
}

// Append the items of [iterable]: an array's bytes (same typecode only),
// else each value in turn.
static void extend(es_val_t self, es_val_t iterable) {
    es_val_t other = array_arg(iterable);
    if (other == ES_NULL) {
        extend_values(self, iterable);
        return;
    }
    if (A(other)->typecode != A(self)->typecode) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("can only extend with array of same kind"));
    }
    es_bytearray_add(self, A(other)->data, A(other)->len);
}

// Append the bytes of buffer [v] (a whole number of items).
static void from_bytes(es_val_t self, es_val_t v) {
    size_t n;
    const uint8_t *d = es_bytes_need(v, &n);
    if (n % item_size(A(self)) != 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("bytes length not a multiple of item size"));
    }
    if (d == A(self)->data) {
        v = es_bytes_new(d, n); // a.frombytes(a): copy before growing
        d = es_bytes_need(v, &n);
    }
    es_bytearray_add(self, d, n);
}

// --- construction and printing

// array(typecode[, initializer]): bytes and bytearray are copied raw,
// anything else is iterated (other arrays too: their values convert).
static es_val_t array_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 2, n_kw, false);
    es_val_t tc = args[0];
    if (!es_is_str(tc) || es_len(tc) != 1) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("array() argument 1 must be "
            "a unicode character, not %T"), tc);
    }
    int code = es_str_data(tc, NULL)[0];
    if (code == 'c' || code == '?' || code == 'e'
        || es_buffer_item_size(code, true) == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("bad typecode (must be b, B, "
            "h, H, i, I, l, L, q, Q, f, d, O or P)"));
    }
    es_val_t self = array_new(code, 0);
    if (n_args == 2) {
        es_val_t init = es_class_unbox(args[1]);
        if (es_is_str(init)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("cannot use a str to "
                "initialize an array with typecode '%c'"), code);
        }
        if (es_is_bytes_like(init)) {
            from_bytes(self, init);
        } else {
            extend_values(self, init);
        }
    }
    return self;
}

static void array_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_bytes_t *a = A(self);
    es_printf(p, "array('%c'", (int)a->typecode);
    for (size_t i = 0; i < count(a); i++) {
        es_print_cstr(p, i == 0 ? ", [" : ", ");
        es_print_item(p, load(a, i));
    }
    es_print_cstr(p, count(a) > 0 ? "])" : ")");
}

// --- operators

// The first index where [a] and [b] differ (by ==), or the shorter length.
static size_t first_difference(es_bytes_t *a, es_bytes_t *b) {
    size_t i = 0;
    while (i < count(a) && i < count(b) && es_equal(load(a, i), load(b, i))) {
        i++;
    }
    return i;
}

// Rich comparison of two arrays, item by item as CPython (any typecodes).
static es_val_t compare(es_binary_op_t op, es_bytes_t *a, es_bytes_t *b) {
    size_t na = count(a), nb = count(b);
    if (na != nb && (op == ES_BOP_EQ || op == ES_BOP_NE)) {
        return es_bool(op == ES_BOP_NE);
    }
    size_t i = first_difference(a, b);
    if (i < na && i < nb) {
        return op == ES_BOP_EQ ? ES_FALSE : op == ES_BOP_NE ? ES_TRUE
            : es_binary_op(op, load(a, i), load(b, i));
    }
    es_val_t la = es_small_new((es_int_t)na), lb = es_small_new((es_int_t)nb);
    return es_binary_op(op, la, lb);
}

static es_val_t concat(es_val_t lhs, es_val_t rhs, bool inplace) {
    es_val_t b = array_arg(rhs);
    if (b == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, inplace
            ? ES_ERR("can only extend array with array (not \"%T\")")
            : ES_ERR("can only append array (not \"%T\") to array"), rhs);
    }
    if (A(b)->typecode != A(lhs)->typecode) {
        es_raise_msg(&es_type_TypeError, inplace
            ? ES_ERR("can only extend with array of same kind")
            : ES_ERR("bad argument type for built-in operation"));
    }
    es_val_t r = lhs;
    if (!inplace) {
        r = array_new((int)A(lhs)->typecode, 0);
        es_bytearray_add(r, A(lhs)->data, A(lhs)->len);
    }
    es_bytearray_add(r, A(b)->data, A(b)->len); // a += a copies first
    return r;
}

static es_val_t repeat(es_val_t self, es_val_t times, bool inplace) {
    es_bytes_t *a = A(self);
    size_t len = a->len, k = es_seq_repeat_count(times, len);
    es_val_t r = inplace ? self : array_new((int)a->typecode, 0);
    if (inplace) {
        es_bytearray_splice(self, 0, len, NULL, 0);
    }
    for (size_t i = 0; i < k; i++) {
        es_bytearray_add(r, a->data, len); // self's own bytes: add copies
    }
    return r;
}

// The index of the first item equal to [v], or -1.
static es_int_t find(es_val_t self, es_val_t v) {
    for (size_t i = 0; i < count(A(self)); i++) {
        if (es_equal(load(A(self), i), v)) {
            return (es_int_t)i;
        }
    }
    return -1;
}

// Remove item [i] of [self].
static void delete_item(es_val_t self, size_t i) {
    size_t size = item_size(A(self));
    es_bytearray_splice(self, i * size, (i + 1) * size, NULL, 0);
}

static es_val_t array_binary(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        return es_is_type(rhs, &es_type_array)
            ? es_bool(find(rhs, lhs) >= 0) : ES_NULL;
    }
    if (!es_is_type(lhs, &es_type_array)) { // reflected: int * array
        return op == ES_BOP_MUL && es_is_int(lhs) ? repeat(rhs, lhs, false)
            : ES_NULL;
    }
    es_val_t b = array_arg(rhs);
    switch (op) {
    case ES_BOP_LT: case ES_BOP_GT: case ES_BOP_EQ: case ES_BOP_LE:
    case ES_BOP_GE: case ES_BOP_NE:
        return b == ES_NULL ? ES_NULL : compare(op, A(lhs), A(b));
    case ES_BOP_ADD: case ES_BOP_INPLACE_ADD:
        if (b == ES_NULL && es_seq_defer(rhs)) {
            return ES_NULL;
        }
        return concat(lhs, rhs, op == ES_BOP_INPLACE_ADD);
    case ES_BOP_MUL: case ES_BOP_INPLACE_MUL:
        return es_is_int(rhs) ? repeat(lhs, rhs, op == ES_BOP_INPLACE_MUL)
            : ES_NULL;
    default:
        return ES_NULL;
    }
}

static es_val_t array_unary(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: return es_bool(A(self)->len != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)count(A(self)));
    default: return ES_NULL; // unhashable, as a mutable sequence
    }
}

// --- subscripts

// [value] as the source of a slice assignment to [self]: an array of the
// same typecode, copied when it is [self].
static es_bytes_t *slice_source(es_val_t self, es_val_t value) {
    es_val_t b = array_arg(value);
    if (b == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can only assign array (not "
            "\"%T\") to array slice"), value);
    }
    if (A(b)->typecode != A(self)->typecode) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("bad argument type for built-in operation"));
    }
    if (A(b)->data == A(self)->data) {
        b = concat(self, array_new((int)A(self)->typecode, 0), false);
    }
    return A(b);
}

static es_val_t slice(es_val_t self, es_val_t index, es_val_t value) {
    es_bytes_t *a = A(self);
    size_t size = item_size(a);
    es_int_t start, stop, step;
    es_slice_indices(index, count(a), &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (value == ES_STOP) {
        es_val_t r = array_new((int)a->typecode, n);
        es_buffer_stride_copy(A(r)->data, 1, a->data + (size_t)start * size,
            step, n, size);
        return r;
    }
    if (value == ES_NULL && step != 1) {
        if (n > 0) {
            es_bytearray_delete_step(self, start, step, n, size);
        }
        return ES_NONE;
    }
    es_bytes_t *src = value == ES_NULL ? NULL : slice_source(self, value);
    size_t m = src == NULL ? 0 : count(src);
    if (step == 1) {
        es_bytearray_splice(self, (size_t)start * size, (size_t)stop > (size_t)
            start ? (size_t)stop * size : (size_t)start * size,
            src == NULL ? NULL : src->data, m * size);
        return ES_NONE;
    }
    if (m != n) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("attempt to assign array of "
            "size %zu to extended slice of size %zu"), m, n);
    }
    es_buffer_stride_copy(a->data + (size_t)start * size, step, src->data, 1,
        n, size);
    return ES_NONE;
}

static es_val_t array_subscr(es_val_t self, es_val_t index, es_val_t value) {
    if (es_is_slice(index)) {
        return slice(self, index, value);
    }
    // the index first: its __index__ may resize the array
    const char *what = value == ES_STOP ? "array" : "array assignment";
    es_int_t k = es_seq_int(what, index);
    es_bytes_t *a = A(self);
    size_t i = es_seq_pos(what, count(a), k);
    if (value == ES_STOP) {
        return load(a, i);
    }
    if (value == ES_NULL) {
        delete_item(self, i);
    } else {
        store(a, i, value);
    }
    return ES_NONE;
}

// --- iteration: an index, checked against the length at every step (the
// array may change while it is iterated).

typedef struct array_iter {
    es_obj_t base;
    es_val_t array;
    size_t i;
} array_iter_t;

static es_val_t array_iternext(es_val_t self) {
    array_iter_t *it = (array_iter_t *)es_obj(self);
    es_bytes_t *a = A(it->array);
    return it->i < count(a) ? load(a, it->i++) : ES_STOP;
}

static const es_type_t array_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(arrayiterator),
    .parent = &es_type_object,
    .iternext = array_iternext,
};

static es_val_t array_getiter(es_val_t self) {
    array_iter_t *it = es_gc_alloc(sizeof(array_iter_t), 0);
    it->base.type = &array_iter_type;
    it->array = self;
    return es_val(it);
}

// --- methods (self is an array: method descriptors check the type)

static es_val_t array_append(es_val_t self, es_val_t v) {
    append(self, v);
    return ES_NONE;
}
static ES_FUN_2(fun_append, array_append);

static es_val_t array_extend(es_val_t self, es_val_t v) {
    extend(self, v);
    return ES_NONE;
}
static ES_FUN_2(fun_extend, array_extend);

static es_val_t array_frombytes(es_val_t self, es_val_t v) {
    from_bytes(self, v);
    return ES_NONE;
}
static ES_FUN_2(fun_frombytes, array_frombytes);

static es_val_t array_tobytes(es_val_t self) {
    return es_bytes_new(A(self)->data, A(self)->len);
}
static ES_FUN_1(fun_tobytes, array_tobytes);

static es_val_t array_tolist(es_val_t self) {
    es_val_t l = es_list_new(0, NULL);
    for (size_t i = 0; i < count(A(self)); i++) {
        es_list_append(l, load(A(self), i));
    }
    return l;
}
static ES_FUN_1(fun_tolist, array_tolist);

// pop([i]): remove and return item i (default the last).
static es_val_t array_pop(size_t n_args, const es_val_t *args) {
    // the index first: its __index__ may resize the array (CPython's order)
    es_int_t i = n_args > 1 ? es_get_int(args[1]) : -1;
    es_bytes_t *a = A(args[0]);
    size_t n = count(a);
    if (n == 0) {
        es_raise_msg(&es_type_IndexError, ES_ERR("pop from empty array"));
    }
    i += i < 0 ? (es_int_t)n : 0;
    if (i < 0 || (size_t)i >= n) {
        es_raise_msg(&es_type_IndexError, ES_ERR("pop index out of range"));
    }
    es_val_t v = load(a, (size_t)i);
    delete_item(args[0], (size_t)i);
    return v;
}
static ES_FUN_VAR(fun_pop, 1, 2, array_pop);

// insert(i, v): before item i, clipped to the array as list.insert.
static es_val_t array_insert(es_val_t self, es_val_t index, es_val_t v) {
    es_int_t i = es_get_int(index);
    es_int_t n = (es_int_t)count(A(self));
    i = i < 0 ? (i + n < 0 ? 0 : i + n) : (i > n ? n : i);
    append(self, v); // checks v, makes room; then rotate it into place
    es_bytes_t *a = A(self);
    size_t size = item_size(a);
    uint64_t tmp[1];
    memcpy(tmp, a->data + (size_t)n * size, size);
    memmove(a->data + (size_t)(i + 1) * size, a->data + (size_t)i * size,
        (size_t)(n - i) * size);
    memcpy(a->data + (size_t)i * size, tmp, size);
    return ES_NONE;
}
static ES_FUN_3(fun_insert, array_insert);

// The index of the first item equal to [v]; ValueError "array.<method>(x):
// x not in array" when there is none.
static size_t find_in(es_val_t self, es_val_t v, es_qstr_t method) {
    es_int_t i = find(self, v);
    if (i < 0) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("array.%q(x): x not in array"), method);
    }
    return (size_t)i;
}

static es_val_t array_index(es_val_t self, es_val_t v) {
    return es_small_new((es_int_t)find_in(self, v, ES_Q(index)));
}
static ES_FUN_2(fun_index, array_index);

static es_val_t array_remove(es_val_t self, es_val_t v) {
    size_t i = find_in(self, v, ES_Q(remove));
    if (i < count(A(self))) { // an __eq__ may have shrunk it (CPython's)
        delete_item(self, i);
    }
    return ES_NONE;
}
static ES_FUN_2(fun_remove, array_remove);

static es_val_t array_count(es_val_t self, es_val_t v) {
    es_int_t k = 0;
    for (size_t i = 0; i < count(A(self)); i++) {
        k += es_equal(load(A(self), i), v);
    }
    return es_small_new(k);
}
static ES_FUN_2(fun_count, array_count);

// Reverse the items ([whole]) or the bytes of each item (byteswap).
static void reverse_bytes(es_val_t self, bool whole) {
    es_bytes_t *a = A(self);
    size_t size = whole ? a->len : item_size(a);
    size_t step = whole ? a->len : size, unit = whole ? item_size(a) : 1;
    for (size_t base = 0; base < a->len; base += step) {
        uint8_t *p = a->data + base;
        for (size_t i = 0, j = size - unit; i < j; i += unit, j -= unit) {
            uint64_t t[1];
            memcpy(t, p + i, unit);
            memcpy(p + i, p + j, unit);
            memcpy(p + j, t, unit);
        }
    }
}

static es_val_t array_reverse(es_val_t self) {
    reverse_bytes(self, true);
    return ES_NONE;
}
static ES_FUN_1(fun_reverse, array_reverse);

static es_val_t array_byteswap(es_val_t self) {
    reverse_bytes(self, false);
    return ES_NONE;
}
static ES_FUN_1(fun_byteswap, array_byteswap);

static es_val_t array_load_attr(es_val_t self, es_qstr_t name) {
    es_bytes_t *a = A(self);
    if (name == ES_Q(typecode)) {
        char c = (char)a->typecode;
        return es_str_new(&c, 1);
    }
    if (name == ES_Q(itemsize)) {
        return es_small_new((es_int_t)item_size(a));
    }
    return ES_NULL;
}

static const es_map_elem_t array_locals_table[] = {
    {ES_QV(append), ES_PTR(&fun_append)},
    {ES_QV(byteswap), ES_PTR(&fun_byteswap)},
    {ES_QV(count), ES_PTR(&fun_count)},
    {ES_QV(extend), ES_PTR(&fun_extend)},
    {ES_QV(frombytes), ES_PTR(&fun_frombytes)},
    {ES_QV(index), ES_PTR(&fun_index)},
    {ES_QV(insert), ES_PTR(&fun_insert)},
    {ES_QV(pop), ES_PTR(&fun_pop)},
    {ES_QV(remove), ES_PTR(&fun_remove)},
    {ES_QV(reverse), ES_PTR(&fun_reverse)},
    {ES_QV(tobytes), ES_PTR(&fun_tobytes)},
    {ES_QV(tolist), ES_PTR(&fun_tolist)},
    {ES_QV(__getitem__), ES_PTR(&es_seq_getitem_obj)},
    {ES_QV(__setitem__), ES_PTR(&es_seq_setitem_obj)},
    {ES_QV(__delitem__), ES_PTR(&es_seq_delitem_obj)},
    {ES_QV(__len__), ES_PTR(&es_seq_len_obj)},
    {ES_QV(__contains__), ES_PTR(&es_seq_contains_obj)},
    {ES_QV(__iter__), ES_PTR(&es_seq_iter_obj)},
};
static ES_CONST_DICT(array_locals, array_locals_table);

const es_type_t es_type_array = {
    .base = {&es_type_type},
    .name = ES_Q(array),
    .flags = ES_TYPE_BASETYPE | ES_TYPE_ARRAY,
    .parent = &es_type_object,
    .print = array_print,
    .make_new = array_make,
    .unary_op = array_unary,
    .binary_op = array_binary,
    .load_attr = array_load_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .locals = ES_PTR(&array_locals),
};

static const es_map_elem_t array_module_table[] = {
    {ES_QV(__name__), ES_QV(array)},
    {ES_QV(array), ES_PTR(&es_type_array)},
};
static ES_CONST_DICT(array_module_dict, array_module_table);

const es_module_t es_module_array = {{&es_type_module},
    ES_PTR(&array_module_dict)};
