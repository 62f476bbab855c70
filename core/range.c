// SPDX-License-Identifier: MIT
// The range type: an immutable arithmetic sequence held as three C ints
// (bounds must fit a small-int-sized C integer), so iteration, len, `in`
// and indexing never touch big ints. Slicing a range gives a range.
#include "range.h"

#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"

typedef struct es_range {
    es_obj_t base;
    es_int_t start, stop, step;
} es_range_t;


static es_range_t *rng(es_val_t v) {
    return (es_range_t *)v;
}

static bool is_range(es_val_t v) {
    return es_is_type(v, &es_type_range);
}

static es_val_t range_new(es_int_t start, es_int_t stop, es_int_t step) {
    es_range_t *r = es_gc_alloc(sizeof(es_range_t), ES_GC_LEAF);
    r->base.type = &es_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return es_val(r);
}

static size_t range_len(const es_range_t *r) {
    return es_slice_count(r->start, r->stop, r->step);
}

// Item [i] (0 <= i < len).
static es_int_t range_item(const es_range_t *r, size_t i) {
    return r->start + (es_int_t)i * r->step;
}

static es_int_t arg_int(es_val_t v) {
    if (es_is_small(v)) {
        return es_small_get(v);
    }
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
            "interpreted as an integer"), v);
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i) || !es_small_fits(i)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("Python int too large to convert to C ssize_t"));
    }
    return i;
}

static es_val_t range_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    if (n_kw > 0) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("range() takes no keyword arguments"));
    }
    if (n_args < 1 || n_args > 3) {
        es_raise_fmt(&es_type_TypeError, n_args == 0
            ? ES_ERR("range expected at least 1 argument, got %zu")
            : ES_ERR("range expected at most 3 arguments, got %zu"), n_args);
    }
    if (n_args == 1) {
        return range_new(0, arg_int(args[0]), 1);
    }
    es_int_t step = n_args == 3 ? arg_int(args[2]) : 1;
    if (step == 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("range() arg 3 must not be zero"));
    }
    return range_new(arg_int(args[0]), arg_int(args[1]), step);
}

static void range_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_range_t *r = rng(self);
    es_printf(p, "range(%ld, %ld", (long)r->start, (long)r->stop);
    if (r->step != 1) {
        es_printf(p, ", %ld", (long)r->step);
    }
    es_print_strn(p, ")", 1);
}

// Position of int [v] in the range, or -1.
static es_int_t range_find(const es_range_t *r, es_val_t v) {
    if (!es_is_small(v) && !es_is_int(v)) {
        return -1;
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i)) {
        return -1;
    }
    bool inside = r->step > 0 ? i >= r->start && i < r->stop
                              : i <= r->start && i > r->stop;
    if (!inside || (i - r->start) % r->step != 0) {
        return -1;
    }
    return (i - r->start) / r->step;
}

static bool range_contains(const es_range_t *r, es_val_t v) {
    if (es_is_int(v)) {
        return range_find(r, v) >= 0;
    }
    for (size_t i = 0, n = range_len(r); i < n; i++) { // floats, objects
        if (es_equal(es_small_new(range_item(r, i)), v)) {
            return true;
        }
    }
    return false;
}

static bool range_equal(const es_range_t *a, const es_range_t *b) {
    size_t n = range_len(a);
    if (n != range_len(b)) {
        return false;
    }
    return n == 0 || (a->start == b->start && (n == 1 || a->step == b->step));
}

static es_val_t range_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        return is_range(rhs) ? es_bool(range_contains(rng(rhs), lhs))
                             : ES_NULL;
    }
    if ((op == ES_BOP_EQ || op == ES_BOP_NE) && is_range(lhs)
        && is_range(rhs)) {
        return es_bool(range_equal(rng(lhs), rng(rhs)) == (op == ES_BOP_EQ));
    }
    return ES_NULL;
}

static es_val_t range_unary_op(es_unary_op_t op, es_val_t self) {
    es_range_t *r = rng(self);
    size_t n = range_len(r);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(n != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)n);
    case ES_UOP_HASH: {
        uint32_t h = (uint32_t)n * 1000003u;
        if (n > 0) {
            h ^= (uint32_t)r->start * 0x9e3779b1u;
        }
        if (n > 1) {
            h ^= (uint32_t)r->step * 0xc2b2ae3du;
        }
        return es_small_new((es_int_t)(h >> 2));
    }
    default: return ES_NULL;
    }
}

static es_val_t range_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_range_t *r = rng(self);
    if (value != ES_STOP) {
        es_raise_msg(&es_type_TypeError, value == ES_NULL
            ? ES_ERR("'range' object doesn't support item deletion")
            : ES_ERR("'range' object does not support item assignment"));
    }
    size_t n = range_len(r);
    if (es_is_slice(index)) {
        es_int_t start, stop, step;
        es_slice_indices(index, n, &start, &stop, &step);
        return range_new(r->start + start * r->step,
            r->start + stop * r->step, r->step * step);
    }
    size_t i = es_seq_index("range object", n, index);
    return es_small_new(range_item(r, i));
}

// --- iterator

typedef struct range_it {
    es_obj_t base;
    es_int_t cur, step;
    size_t left;
} range_it_t;

static es_val_t range_it_next(es_val_t self) {
    range_it_t *it = (range_it_t *)self;
    if (it->left == 0) {
        return ES_STOP;
    }
    it->left--;
    es_int_t v = it->cur;
    it->cur += it->step;
    return es_small_new(v);
}

static const es_type_t range_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(range_iterator),
    .iternext = range_it_next,
};

static es_val_t range_getiter(es_val_t self) {
    es_range_t *r = rng(self);
    range_it_t *it = es_gc_alloc(sizeof(range_it_t), ES_GC_LEAF);
    it->base.type = &range_iterator_type;
    it->cur = r->start;
    it->step = r->step;
    it->left = range_len(r);
    return es_val(it);
}

static es_val_t range_load_attr(es_val_t self, es_qstr_t name) {
    es_range_t *r = rng(self);
    switch (name) {
    case ES_Q(start): return es_small_new(r->start);
    case ES_Q(stop): return es_small_new(r->stop);
    case ES_Q(step): return es_small_new(r->step);
    default: return ES_NULL;
    }
}

// --- methods

static es_val_t range_index_meth(es_val_t self, es_val_t v) {
    es_int_t i = range_find(rng(self), v);
    if (i < 0) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("%r is not in range"), v);
    }
    return es_small_new(i);
}
static ES_FUN_2(range_index_obj, range_index_meth);

static es_val_t range_count_meth(es_val_t self, es_val_t v) {
    if (es_is_int(v)) {
        return es_small_new(range_find(rng(self), v) >= 0);
    }
    return es_small_new(range_contains(rng(self), v));
}
static ES_FUN_2(range_count_obj, range_count_meth);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t range_locals_table[] = {
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)},
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)},
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)},
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)},
    {QV(ES_Q(count)), ES_PTR(&range_count_obj)},
    {QV(ES_Q(index)), ES_PTR(&range_index_obj)},
};
static ES_CONST_DICT(range_locals, range_locals_table);

const es_type_t es_type_range = {
    .base = {&es_type_type},
    .name = ES_Q(range),
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .load_attr = range_load_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals = ES_PTR(&range_locals),
};
