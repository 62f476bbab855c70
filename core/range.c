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
#include "tuple.h"

typedef struct es_range {
    es_obj_t base;
    es_int_t start, stop, step; // when big is ES_NULL
    es_val_t big; // (start, stop, step) tuple when a bound is a big int
} es_range_t;


static es_range_t *rng(es_val_t v) {
    return (es_range_t *)v;
}

static bool is_range(es_val_t v) {
    return es_is_type(v, &es_type_range);
}

static es_val_t range_new(es_int_t start, es_int_t stop, es_int_t step) {
    es_range_t *r = es_gc_alloc(sizeof(es_range_t), 0);
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

// The int value of argument [v] (an int, an int subclass instance or an
// object with __index__).
static es_val_t int_arg(es_val_t v) {
    es_val_t i = es_index_of(v);
    if (i == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
            "interpreted as an integer"), v);
    }
    return i;
}

// Is [v] an int whose value and those near it stay small-int sized?
static bool fits(es_val_t v, es_int_t *out) {
    return es_int_get_checked(v, out) && *out > ES_SMALL_MIN / 2
        && *out < ES_SMALL_MAX / 2;
}

static es_val_t range_make(es_val_t start, es_val_t stop, es_val_t step) {
    start = int_arg(start);
    stop = int_arg(stop);
    step = int_arg(step);
    if (es_int_sign(step) == 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("range() arg 3 must not be zero"));
    }
    es_int_t a, b, c;
    if (fits(start, &a) && fits(stop, &b) && fits(step, &c)) {
        return range_new(a, b, c);
    }
    es_val_t r = range_new(0, 0, 1);
    es_val_t items[3] = {start, stop, step};
    rng(r)->big = es_tuple_new(3, items);
    return r;
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
        return range_make(es_small_new(0), args[0], es_small_new(1));
    }
    return range_make(args[0], args[1],
        n_args == 3 ? args[2] : es_small_new(1));
}

// --- big ranges: the same operations in int arithmetic

static const es_val_t *big_parts(const es_range_t *r) {
    size_t n;
    es_val_t *items;
    es_tuple_get(r->big, &n, &items);
    return items;
}

static es_val_t op(es_binary_op_t o, es_val_t a, es_val_t b) {
    return es_binary_op(o, a, b);
}

// len as an int value (may be big).
static es_val_t big_len(const es_range_t *r) {
    const es_val_t *p = big_parts(r);
    bool up = es_int_sign(p[2]) > 0;
    es_val_t lo = up ? p[0] : p[1], hi = up ? p[1] : p[0];
    if (!es_truthy(op(ES_BOP_LT, lo, hi))) {
        return es_small_new(0);
    }
    es_val_t step = up ? p[2] : op(ES_BOP_SUB, es_small_new(0), p[2]);
    es_val_t span = op(ES_BOP_SUB, op(ES_BOP_SUB, hi, lo), es_small_new(1));
    return op(ES_BOP_ADD, op(ES_BOP_FLOORDIV, span, step), es_small_new(1));
}

// Position of int [v] in a big range as an int value, or ES_NULL.
static es_val_t big_find(const es_range_t *r, es_val_t v) {
    const es_val_t *p = big_parts(r);
    bool up = es_int_sign(p[2]) > 0;
    bool inside = up ? es_truthy(op(ES_BOP_LE, p[0], v))
            && es_truthy(op(ES_BOP_LT, v, p[1]))
        : es_truthy(op(ES_BOP_GE, p[0], v))
            && es_truthy(op(ES_BOP_GT, v, p[1]));
    es_val_t off = op(ES_BOP_SUB, v, p[0]);
    if (!inside || es_int_sign(op(ES_BOP_MOD, off, p[2])) != 0) {
        return ES_NULL;
    }
    return op(ES_BOP_FLOORDIV, off, p[2]);
}

static es_val_t big_item(const es_range_t *r, es_val_t index) {
    es_val_t n = big_len(r);
    if (!es_is_int(index)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("range indices must be "
            "integers or slices, not %T"), index);
    }
    es_val_t i = es_int_sign(index) < 0 ? op(ES_BOP_ADD, index, n) : index;
    if (es_int_sign(i) < 0 || !es_truthy(op(ES_BOP_LT, i, n))) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("range object index out of range"));
    }
    const es_val_t *p = big_parts(r);
    return op(ES_BOP_ADD, p[0], op(ES_BOP_MUL, i, p[2]));
}

// start, stop and step as int values, for either representation.
static void parts(const es_range_t *r, es_val_t out[3]) {
    if (r->big != ES_NULL) {
        const es_val_t *p = big_parts(r);
        out[0] = p[0], out[1] = p[1], out[2] = p[2];
    } else {
        out[0] = es_small_new(r->start);
        out[1] = es_small_new(r->stop);
        out[2] = es_small_new(r->step);
    }
}

static void range_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_val_t v[3];
    parts(rng(self), v);
    es_printf(p, "range(%S, %S", v[0], v[1]);
    if (v[2] != es_small_new(1)) {
        es_printf(p, ", %S", v[2]);
    }
    es_print_strn(p, ")", 1);
}

// Position of int [v] in the range (an int value), or ES_NULL.
static es_val_t range_find(const es_range_t *r, es_val_t v) {
    if (!es_is_int(v)) {
        return ES_NULL;
    }
    if (r->big != ES_NULL) {
        return big_find(r, v);
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i)) {
        return ES_NULL;
    }
    bool inside = r->step > 0 ? i >= r->start && i < r->stop
                              : i <= r->start && i > r->stop;
    if (!inside || (i - r->start) % r->step != 0) {
        return ES_NULL;
    }
    return es_small_new((i - r->start) / r->step);
}

static bool range_contains(es_val_t self, es_val_t v) {
    if (es_is_int(v)) {
        return range_find(rng(self), v) != ES_NULL;
    }
    es_val_t it = es_getiter(self); // floats, objects: compare each
    for (es_val_t x; (x = es_iternext(it)) != ES_STOP;) {
        if (es_equal(x, v)) {
            return true;
        }
    }
    return false;
}

// len as an int value.
static es_val_t len_val(const es_range_t *r) {
    if (r->big != ES_NULL) {
        return big_len(r);
    }
    return es_small_new((es_int_t)range_len(r));
}

// Equal ranges hold the same sequence: same length, and the same start
// and step where they matter.
static bool range_equal(const es_range_t *a, const es_range_t *b) {
    es_val_t n = len_val(a), pa[3], pb[3];
    if (!es_equal(n, len_val(b))) {
        return false;
    }
    parts(a, pa);
    parts(b, pb);
    return n == es_small_new(0) || (es_equal(pa[0], pb[0])
        && (n == es_small_new(1) || es_equal(pa[2], pb[2])));
}

static es_val_t range_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        return is_range(rhs) ? es_bool(range_contains(rhs, lhs)) : ES_NULL;
    }
    if ((op == ES_BOP_EQ || op == ES_BOP_NE) && is_range(lhs)
        && is_range(rhs)) {
        return es_bool(range_equal(rng(lhs), rng(rhs)) == (op == ES_BOP_EQ));
    }
    return ES_NULL;
}

static es_val_t range_hash(const es_range_t *r) {
    es_val_t v[3], n = len_val(r);
    parts(r, v);
    v[1] = v[2];
    v[2] = n;
    size_t k = n == es_small_new(0) ? 0 : n == es_small_new(1) ? 1 : 2;
    return es_small_new(es_hash(es_tuple_new(k + 1, v + 2 - k)));
}

static es_val_t range_unary_op(es_unary_op_t op, es_val_t self) {
    es_range_t *r = rng(self);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(len_val(r) != es_small_new(0));
    case ES_UOP_LEN: return len_val(r); // es_len checks it fits
    case ES_UOP_HASH: return range_hash(r);
    default: return ES_NULL;
    }
}

// A slice bound clipped as CPython does for a sequence of [len] items,
// in int arithmetic (the length may be big).
static es_val_t slice_bound(es_val_t v, es_val_t dflt, es_val_t len,
    es_val_t lower, es_val_t upper) {
    if (v == ES_NONE) {
        return dflt;
    }
    if (!es_is_int(v)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("slice indices must be "
            "integers or None or have an __index__ method"));
    }
    if (es_int_sign(v) < 0) {
        v = op(ES_BOP_ADD, v, len);
        return es_truthy(op(ES_BOP_LT, v, lower)) ? lower : v;
    }
    return es_truthy(op(ES_BOP_GT, v, upper)) ? upper : v;
}

static es_val_t range_slice(es_range_t *r, es_val_t index) {
    const es_slice_t *sl = (const es_slice_t *)index;
    es_val_t step = sl->step == ES_NONE ? es_small_new(1) : sl->step;
    if (!es_is_int(step)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("slice indices must be "
            "integers or None or have an __index__ method"));
    }
    if (es_int_sign(step) == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("slice step cannot be zero"));
    }
    bool back = es_int_sign(step) < 0;
    es_val_t len = len_val(r);
    es_val_t lower = back ? es_small_new(-1) : es_small_new(0);
    es_val_t upper = back ? op(ES_BOP_SUB, len, es_small_new(1)) : len;
    es_val_t a = slice_bound(sl->start, back ? upper : lower, len, lower,
        upper);
    es_val_t b = slice_bound(sl->stop, back ? lower : upper, len, lower,
        upper);
    es_val_t v[3];
    parts(r, v);
    return range_make(op(ES_BOP_ADD, v[0], op(ES_BOP_MUL, a, v[2])),
        op(ES_BOP_ADD, v[0], op(ES_BOP_MUL, b, v[2])),
        op(ES_BOP_MUL, v[2], step));
}

static es_val_t range_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_range_t *r = rng(self);
    if (value != ES_STOP) {
        es_raise_msg(&es_type_TypeError, value == ES_NULL
            ? ES_ERR("'range' object doesn't support item deletion")
            : ES_ERR("'range' object does not support item assignment"));
    }
    if (es_is_slice(index)) {
        return range_slice(r, index);
    }
    if (r->big != ES_NULL) {
        return big_item(r, index);
    }
    size_t i = es_seq_index("range object", range_len(r), index);
    return es_small_new(range_item(r, i));
}

// --- iterators: small ranges count down a C length; big ones compare

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

typedef struct big_range_it {
    es_obj_t base;
    es_val_t cur, stop, step;
} big_range_it_t;

static void big_it_init(big_range_it_t *it, const es_range_t *r) {
    es_val_t v[3];
    parts(r, v);
    it->cur = v[0];
    it->stop = v[1];
    it->step = v[2];
}

static es_val_t big_it_next(es_val_t self) {
    big_range_it_t *it = (big_range_it_t *)self;
    bool up = es_int_sign(it->step) > 0;
    if (!es_truthy(op(up ? ES_BOP_LT : ES_BOP_GT, it->cur, it->stop))) {
        return ES_STOP;
    }
    es_val_t v = it->cur;
    it->cur = op(ES_BOP_ADD, v, it->step);
    return v;
}

static const es_type_t longrange_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(longrange_iterator),
    .iternext = big_it_next,
};

static es_val_t range_getiter(es_val_t self) {
    es_range_t *r = rng(self);
    if (r->big != ES_NULL) {
        big_range_it_t *it = es_gc_alloc(sizeof(big_range_it_t), 0);
        it->base.type = &longrange_iterator_type;
        big_it_init(it, r);
        return es_val(it);
    }
    range_it_t *it = es_gc_alloc(sizeof(range_it_t), ES_GC_LEAF);
    it->base.type = &range_iterator_type;
    it->cur = r->start;
    it->step = r->step;
    it->left = range_len(r);
    return es_val(it);
}

static es_val_t range_load_attr(es_val_t self, es_qstr_t name) {
    es_val_t v[3];
    parts(rng(self), v);
    switch (name) {
    case ES_Q(start): return v[0];
    case ES_Q(stop): return v[1];
    case ES_Q(step): return v[2];
    default: return ES_NULL;
    }
}

// --- methods

static es_val_t range_index_meth(es_val_t self, es_val_t v) {
    es_val_t i = range_find(rng(self), v);
    if (i == ES_NULL) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("%r is not in range"), v);
    }
    return i;
}
static ES_FUN_2(range_index_obj, range_index_meth);

static es_val_t range_count_meth(es_val_t self, es_val_t v) {
    if (es_is_int(v)) {
        return es_small_new(range_find(rng(self), v) != ES_NULL);
    }
    return es_small_new(range_contains(self, v));
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
