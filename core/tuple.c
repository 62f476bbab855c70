// SPDX-License-Identifier: MIT
// The tuple type. A tuple is one arena block: header, length and items.
// Tuples are immutable once published, so slices and repeats copy, and the
// empty tuple is one const object shared by all.
#include "tuple.h"

#include <string.h>

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

const es_tuple_t es_tuple_empty = {{&es_type_tuple}, 0};

es_val_t es_tuple_new(size_t n, const es_val_t *items) {
    es_val_t t = es_tuple_new_maybe(n, items);
    if (t == ES_NULL) {
        es_raise_mem_error();
    }
    return t;
}

es_val_t es_tuple_new_maybe(size_t n, const es_val_t *items) {
    if (n == 0) {
        return es_val(&es_tuple_empty);
    }
    if (n > (SIZE_MAX - sizeof(es_tuple_t)) / sizeof(es_val_t)) {
        return ES_NULL;
    }
    es_tuple_t *t = es_gc_alloc_maybe(sizeof(es_tuple_t) + n * sizeof(es_val_t), 0);
    if (t == NULL) {
        return ES_NULL;
    }
    t->base.type = &es_type_tuple;
    t->len = n;
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items ? items[i] : ES_NONE;
    }
    return es_val(t);
}

void es_tuple_get(es_val_t t, size_t *n, es_val_t **items) {
    ES_ASSERT(es_is_tuple(t));
    es_tuple_t *tup = (es_tuple_t *)t;
    *n = tup->len;
    *items = tup->items;
}

static es_tuple_t *tup(es_val_t v) {
    return (es_tuple_t *)v;
}

static void tuple_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_tuple_t *t = tup(self);
    es_repr_guard_t g;
    if (t->len == 0) {
        es_print_strn(p, "()", 2);
        return;
    }
    if (!es_repr_enter(p, &g, self, "(...)")) {
        return;
    }
    es_print_strn(p, "(", 1);
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            es_print_strn(p, ", ", 2);
        }
        es_print_item(p, t->items[i]);
    }
    es_print_cstr(p, t->len == 1 ? ",)" : ")");
    es_repr_leave(&g);
}

static es_val_t tuple_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(tuple), n_args, 0, 1, n_kw, false);
    if (n_args == 0) {
        return es_val(&es_tuple_empty);
    }
    if (es_is_tuple(args[0])) {
        return args[0];
    }
    size_t n;
    es_val_t *items = es_seq_collect(args[0], &n);
    es_val_t t = es_tuple_new(n, items);
    es_gc_free(items);
    return t;
}

// Hash of a tuple: a mix of the items' hashes (xxHash-style rounds).
static es_val_t tuple_hash(es_tuple_t *t) {
    es_stack_check();
    uint32_t acc = 0x27d4eb2fu;
    for (size_t i = 0; i < t->len; i++) {
        uint32_t h = (uint32_t)es_hash(t->items[i]);
        acc += h * 0xc2b2ae3du;
        acc = (acc << 13) | (acc >> 19);
        acc *= 0x9e3779b1u;
    }
    acc += (uint32_t)t->len ^ 3527539u;
    return es_small_new((es_int_t)(acc >> 2));
}

static es_val_t tuple_unary_op(es_unary_op_t op, es_val_t self) {
    es_tuple_t *t = tup(self);
    switch (op) {
    case ES_UOP_BOOL: return es_bool(t->len != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)t->len);
    case ES_UOP_HASH: return tuple_hash(t);
    default: return ES_NULL;
    }
}

static es_val_t tuple_concat(es_tuple_t *a, es_val_t rhs) {
    if (!es_is_tuple(rhs)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can only concatenate tuple "
            "(not \"%T\") to tuple"), rhs);
    }
    es_tuple_t *b = tup(rhs);
    if (b->len == 0) {
        return es_val(a);
    }
    es_val_t r = es_tuple_new(a->len + b->len, NULL);
    memcpy(tup(r)->items, a->items, a->len * sizeof(es_val_t));
    memcpy(tup(r)->items + a->len, b->items, b->len * sizeof(es_val_t));
    return r;
}

static es_val_t tuple_repeat(es_tuple_t *a, es_val_t count) {
    if (!es_is_int(count)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can't multiply sequence by "
            "non-int of type '%T'"), count);
    }
    size_t n = es_seq_repeat_count(count, a->len);
    if (n == 1) {
        return es_val(a);
    }
    es_val_t r = es_tuple_new(n * a->len, NULL);
    for (size_t i = 0; i < n; i++) {
        memcpy(tup(r)->items + i * a->len, a->items,
            a->len * sizeof(es_val_t));
    }
    return r;
}

static es_val_t tuple_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        return es_is_tuple(rhs) ? es_bool(es_seq_find(tup(rhs)->items, 0,
            tup(rhs)->len, lhs) >= 0) : ES_NULL;
    }
    if (!es_is_tuple(lhs)) {
        if (op == ES_BOP_MUL && es_is_tuple(rhs) && es_is_int(lhs)) {
            return tuple_repeat(tup(rhs), lhs);
        }
        return ES_NULL;
    }
    es_tuple_t *a = tup(lhs);
    switch (op) {
    case ES_BOP_ADD: case ES_BOP_INPLACE_ADD:
        return tuple_concat(a, rhs);
    case ES_BOP_MUL: case ES_BOP_INPLACE_MUL:
        if (!es_is_int(rhs) && es_seq_defer(rhs)) {
            return ES_NULL;
        }
        return tuple_repeat(a, rhs);
    case ES_BOP_LT: case ES_BOP_GT: case ES_BOP_EQ: case ES_BOP_LE:
    case ES_BOP_GE: case ES_BOP_NE:
        if (!es_is_tuple(rhs)) {
            return ES_NULL;
        }
        es_val_t *ia = a->items, *ib = tup(rhs)->items;
        return es_bool(es_seq_compare(op, &ia, &a->len, &ib,
            &tup(rhs)->len));
    default:
        return ES_NULL;
    }
}

static es_val_t tuple_slice(es_tuple_t *t, es_val_t index) {
    es_int_t start, stop, step;
    es_slice_indices(index, t->len, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (step == 1 && n == t->len) {
        return es_val(t);
    }
    es_val_t r = es_tuple_new(n, NULL);
    for (size_t i = 0; i < n; i++) {
        tup(r)->items[i] = t->items[start + (es_int_t)i * step];
    }
    return r;
}

static es_val_t tuple_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_tuple_t *t = tup(self);
    if (value != ES_STOP) {
        es_raise_msg(&es_type_TypeError, value == ES_NULL
            ? ES_ERR("'tuple' object doesn't support item deletion")
            : ES_ERR("'tuple' object does not support item assignment"));
    }
    if (es_is_slice(index)) {
        return tuple_slice(t, index);
    }
    return t->items[es_seq_index("tuple", t->len, index)];
}

// --- iterator

typedef struct tuple_it {
    es_obj_t base;
    es_val_t seq;
    size_t pos;
} tuple_it_t;

static es_val_t tuple_it_next(es_val_t self) {
    tuple_it_t *it = (tuple_it_t *)self;
    es_tuple_t *t = tup(it->seq);
    return it->pos < t->len ? t->items[it->pos++] : ES_STOP;
}

static const es_type_t tuple_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(tuple_iterator),
    .iternext = tuple_it_next,
};

static es_val_t tuple_getiter(es_val_t self) {
    tuple_it_t *it = es_gc_alloc(sizeof(tuple_it_t), 0);
    it->base.type = &tuple_iterator_type;
    it->seq = self;
    return es_val(it);
}

// --- methods

static es_val_t tuple_index(size_t n_args, const es_val_t *args) {
    es_tuple_t *t = tup(args[0]);
    size_t start, stop;
    es_seq_range_args(n_args, args, 2, t->len, &start, &stop);
    es_int_t i = es_seq_find(t->items, start, stop, args[1]);
    if (i < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("tuple.index(x): x not in tuple"));
    }
    return es_small_new(i);
}
static ES_FUN_VAR(tuple_index_obj, 2, 4, tuple_index);

static es_val_t tuple_count(es_val_t self, es_val_t v) {
    es_tuple_t *t = tup(self);
    return es_small_new((es_int_t)es_seq_count(t->items, t->len, v));
}
static ES_FUN_2(tuple_count_obj, tuple_count);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t tuple_locals_table[] = {
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)},
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)},
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)},
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)},
    {QV(ES_Q(count)), ES_PTR(&tuple_count_obj)},
    {QV(ES_Q(index)), ES_PTR(&tuple_index_obj)},
};
static ES_CONST_DICT(tuple_locals, tuple_locals_table);

const es_type_t es_type_tuple = {
    .base = {&es_type_type},
    .name = ES_Q(tuple),
    .flags = ES_TYPE_BASETYPE,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals = ES_PTR(&tuple_locals),
};
