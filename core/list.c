// SPDX-License-Identifier: MIT
// The list type. Items live in a separate arena array that grows by half
// its size plus a little (amortized O(1) append) and shrinks when a list
// loses most of its items. Slice assignment and deletion follow CPython's
// rules, extended slices included. Sorting is in core/list_sort.c.
#include "list.h"

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
#include "tuple.h"

static es_list_t *lst(es_val_t v) {
    return (es_list_t *)v;
}

// Make room for [need] items in total.
static void reserve(es_list_t *l, size_t need) {
    if (need <= l->alloc) {
        return;
    }
    if (need > SIZE_MAX / 2 / sizeof(es_val_t)) {
        es_raise_mem_error();
    }
    size_t alloc = l->alloc + l->alloc / 2 + 4;
    if (alloc < need) {
        alloc = need;
    }
    l->items = es_gc_realloc(l->items, alloc * sizeof(es_val_t));
    l->alloc = alloc;
}

// Give back memory when a list has shrunk to under a quarter of its array.
static void maybe_shrink(es_list_t *l) {
    if (l->alloc > 16 && l->len < l->alloc / 4) {
        size_t alloc = l->len + l->len / 2 + 4;
        es_val_t *p = es_gc_realloc_maybe(l->items, alloc * sizeof(es_val_t));
        if (p != NULL) {
            l->items = p;
            l->alloc = alloc;
        }
    }
}

es_val_t es_list_new(size_t n, const es_val_t *items) {
    es_list_t *l = es_gc_alloc(sizeof(es_list_t), 0);
    l->base.type = &es_type_list;
    if (n > 0) { // exactly: literals and copies rarely grow
        if (n > SIZE_MAX / 2 / sizeof(es_val_t)) {
            es_raise_mem_error();
        }
        l->items = es_gc_alloc(n * sizeof(es_val_t), 0);
        l->alloc = n;
    }
    for (size_t i = 0; i < n; i++) {
        l->items[i] = items ? items[i] : ES_NONE;
    }
    l->len = n;
    return es_val(l);
}

// A list that takes over arena array [items] of [n] values.
static es_val_t list_adopt(es_val_t *items, size_t n) {
    es_list_t *l = es_gc_alloc(sizeof(es_list_t), 0);
    l->base.type = &es_type_list;
    l->items = items;
    l->len = n;
    l->alloc = es_gc_size(items) / sizeof(es_val_t);
    return es_val(l);
}

void es_list_append(es_val_t lv, es_val_t v) {
    es_list_t *l = lst(lv);
    ES_ASSERT(es_is_list(lv) && l->len <= l->alloc);
    if (l->len == l->alloc) {
        reserve(l, l->len + 1);
    }
    l->items[l->len++] = v;
}

void es_list_get(es_val_t l, size_t *n, es_val_t **items) {
    ES_ASSERT(es_is_list(l));
    *n = lst(l)->len;
    *items = lst(l)->items;
}

// Append [n] values from [src] (which may be l's own array).
static void list_extend_items(es_list_t *l, const es_val_t *src, size_t n) {
    size_t len = l->len;
    bool own = src == l->items;
    if (n == 0) {
        return; // src may be NULL (memmove's arguments must not be)
    }
    reserve(l, len + n); // may move (and free) l's array
    memmove(l->items + len, own ? l->items : src, n * sizeof(es_val_t));
    l->len = len + n;
}

static void list_extend_iter(es_list_t *l, es_val_t iterable) {
    if (es_is_list(iterable) || es_is_type(iterable, &es_type_tuple)) {
        size_t n;
        es_val_t *items;
        if (es_is_list(iterable)) {
            es_list_get(iterable, &n, &items);
        } else {
            es_tuple_get(iterable, &n, &items);
        }
        list_extend_items(l, items, n);
        return;
    }
    es_val_t it = es_getiter(iterable);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        es_list_append(es_val(l), v);
    }
}

// Position of the first item equal to [v] in [start, stop), or -1. The
// list is re-read after each ==, which may run Python code that changes it.
static es_int_t list_find(es_list_t *l, size_t start, size_t stop,
    es_val_t v) {
    for (size_t i = start; i < stop && i < l->len; i++) {
        if (es_equal(l->items[i], v)) {
            return (es_int_t)i;
        }
    }
    return -1;
}

// --- printing, construction, operators

// Re-reads the list after each item: a __repr__ may change it.
static void list_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_repr_guard_t g;
    if (!es_repr_enter(p, &g, self, "[...]")) {
        return;
    }
    es_list_t *l = lst(self);
    es_print_strn(p, "[", 1);
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0) {
            es_print_strn(p, ", ", 2);
        }
        es_print_item(p, l->items[i]);
    }
    es_print_strn(p, "]", 1);
    es_repr_leave(&g);
}

static es_val_t list_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(list), n_args, 0, 1, n_kw, false);
    if (n_args == 0) {
        return es_list_new(0, NULL);
    }
    size_t n;
    es_val_t *items = es_seq_collect(args[0], &n);
    return list_adopt(items, n);
}

static es_val_t list_unary_op(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: return es_bool(lst(self)->len != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)lst(self)->len);
    default: return ES_NULL;
    }
}

static es_val_t list_repeat(es_list_t *a, es_val_t count, bool inplace) {
    if (!es_is_int(count)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can't multiply sequence by "
            "non-int of type '%T'"), count);
    }
    size_t n = es_seq_repeat_count(count, a->len);
    size_t len = a->len;
    es_list_t *r = inplace ? a : lst(es_list_new(0, NULL));
    reserve(r, n * len);
    for (size_t i = inplace ? 1 : 0; i < n; i++) {
        memcpy(r->items + i * len, a->items, len * sizeof(es_val_t));
    }
    r->len = n * len;
    return es_val(r);
}

static es_val_t list_concat(es_list_t *a, es_val_t rhs) {
    if (!es_is_list(rhs)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can only concatenate list "
            "(not \"%T\") to list"), rhs);
    }
    es_list_t *b = lst(rhs);
    es_val_t r = es_list_new(0, NULL);
    reserve(lst(r), a->len + b->len);
    list_extend_items(lst(r), a->items, a->len);
    list_extend_items(lst(r), b->items, b->len);
    return r;
}

static es_val_t list_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        return es_is_list(rhs) ? es_bool(list_find(lst(rhs), 0, SIZE_MAX,
            lhs) >= 0) : ES_NULL;
    }
    if (!es_is_list(lhs)) {
        if (op == ES_BOP_MUL && es_is_list(rhs) && es_is_int(lhs)) {
            return list_repeat(lst(rhs), lhs, false);
        }
        return ES_NULL;
    }
    es_list_t *a = lst(lhs);
    switch (op) {
    case ES_BOP_ADD:
        return list_concat(a, rhs);
    case ES_BOP_INPLACE_ADD:
        list_extend_iter(a, rhs);
        return lhs;
    case ES_BOP_MUL: case ES_BOP_INPLACE_MUL:
        if (!es_is_int(rhs) && es_seq_defer(rhs)) {
            return ES_NULL;
        }
        return list_repeat(a, rhs, op != ES_BOP_MUL);
    case ES_BOP_LT: case ES_BOP_GT: case ES_BOP_EQ: case ES_BOP_LE:
    case ES_BOP_GE: case ES_BOP_NE:
        if (!es_is_list(rhs)) {
            return ES_NULL;
        }
        return es_bool(es_seq_compare(op, &a->items, &a->len,
            &lst(rhs)->items, &lst(rhs)->len));
    default:
        return ES_NULL;
    }
}

// --- subscription

static es_val_t list_get_slice(es_list_t *l, es_val_t index) {
    es_int_t start, stop, step;
    es_slice_indices(index, l->len, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    es_val_t r = es_list_new(n, NULL);
    for (size_t i = 0; i < n; i++) {
        lst(r)->items[i] = l->items[start + (es_int_t)i * step];
    }
    return r;
}

// Replace items [start, start+remove) with [n] values from [src].
static void list_splice(es_list_t *l, size_t start, size_t remove,
    const es_val_t *src, size_t n) {
    ES_ASSERT(start + remove <= l->len);
    size_t tail = l->len - start - remove;
    if (n > remove) {
        reserve(l, l->len + n - remove);
    }
    if (tail > 0) {
        memmove(l->items + start + n, l->items + start + remove,
            tail * sizeof(es_val_t));
    }
    if (n > 0) { // src may be NULL when n is 0
        memcpy(l->items + start, src, n * sizeof(es_val_t));
    }
    l->len = start + n + tail;
    if (n < remove) {
        memset(l->items + l->len, 0, (remove - n) * sizeof(es_val_t));
        maybe_shrink(l);
    }
}

static void list_del_slice(es_list_t *l, es_val_t index) {
    es_int_t start, stop, step;
    es_slice_indices(index, l->len, &start, &stop, &step);
    size_t n = es_slice_count(start, stop, step);
    if (n == 0) {
        return;
    }
    if (step < 0) { // delete the same items walking forwards
        start += (es_int_t)(n - 1) * step;
        step = -step;
    }
    if (step == 1) {
        list_splice(l, (size_t)start, n, NULL, 0);
        return;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < l->len; r++) {
        bool gone = r < (size_t)start + n * (size_t)step
            && (r - (size_t)start) % (size_t)step == 0;
        if (!gone) {
            l->items[w++] = l->items[r];
        }
    }
    memset(l->items + w, 0, (l->len - w) * sizeof(es_val_t));
    l->len = w;
    maybe_shrink(l);
}

static void list_set_slice(es_list_t *l, es_val_t index, es_val_t value) {
    size_t n;
    es_val_t *src;
    if (es_is_type(value, &es_type_tuple)) {
        es_tuple_get(value, &n, &src); // immutable: no copy (heap_lock)
    } else {
        src = es_seq_collect(value, &n); // a copy, even of l itself
    }
    es_int_t start, stop, step;
    es_slice_indices(index, l->len, &start, &stop, &step);
    size_t count = es_slice_count(start, stop, step);
    if (step == 1) {
        list_splice(l, (size_t)start, count, src, n);
        return;
    }
    if (n != count) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("attempt to assign sequence "
            "of size %zu to extended slice of size %zu"), n, count);
    }
    for (size_t i = 0; i < n; i++) {
        ES_ASSERT(start + (es_int_t)i * step < (es_int_t)l->len);
        l->items[start + (es_int_t)i * step] = src[i];
    }
}

static es_val_t list_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_list_t *l = lst(self);
    if (es_is_slice(index)) {
        if (value == ES_STOP) {
            return list_get_slice(l, index);
        }
        if (value == ES_NULL) {
            list_del_slice(l, index);
        } else {
            list_set_slice(l, index, value);
        }
        return ES_NONE;
    }
    // the index first: its __index__ may resize the list
    const char *what = value == ES_STOP ? "list" : "list assignment";
    es_int_t k = es_seq_int(what, index); // before l->len is read
    size_t i = es_seq_pos(what, l->len, k);
    if (value == ES_STOP) {
        return l->items[i];
    }
    if (value == ES_NULL) {
        list_splice(l, i, 1, NULL, 0);
    } else {
        l->items[i] = value;
    }
    return ES_NONE;
}

// --- iterator: re-reads the length, so growing a list while iterating it
// sees the new items, as in CPython.

typedef struct list_it {
    es_obj_t base;
    es_val_t seq;
    size_t pos;
} list_it_t;

static es_val_t list_it_next(es_val_t self) {
    list_it_t *it = (list_it_t *)self;
    es_list_t *l = lst(it->seq);
    return it->pos < l->len ? l->items[it->pos++] : ES_STOP;
}

static const es_type_t list_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(list_iterator),
    .iternext = list_it_next,
};

static es_val_t list_getiter(es_val_t self) {
    list_it_t *it = es_gc_alloc(sizeof(list_it_t), 0);
    it->base.type = &list_iterator_type;
    it->seq = self;
    return es_val(it);
}

// --- methods

static es_val_t list_append_meth(es_val_t self, es_val_t v) {
    es_list_append(self, v);
    return ES_NONE;
}
static ES_FUN_2(list_append_obj, list_append_meth);

static es_val_t list_extend_meth(es_val_t self, es_val_t v) {
    list_extend_iter(lst(self), v);
    return ES_NONE;
}
static ES_FUN_2(list_extend_obj, list_extend_meth);

static es_val_t list_insert_meth(es_val_t self, es_val_t i, es_val_t v) {
    es_list_t *l = lst(self);
    if (!es_is_int(i)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
            "interpreted as an integer"), i);
    }
    list_splice(l, (size_t)es_seq_clip(i, l->len), 0, &v, 1);
    return ES_NONE;
}
static ES_FUN_3(list_insert_obj, list_insert_meth);

static es_val_t list_pop_meth(size_t n_args, const es_val_t *args) {
    es_list_t *l = lst(args[0]);
    if (l->len == 0) {
        es_raise_msg(&es_type_IndexError, ES_ERR("pop from empty list"));
    }
    size_t i = l->len - 1;
    if (n_args > 1) {
        if (!es_is_int(args[1])) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
                "interpreted as an integer"), args[1]);
        }
        es_int_t k = es_get_int(args[1]); // OverflowError when huge
        k += k < 0 ? (es_int_t)l->len : 0;
        if (k < 0 || (size_t)k >= l->len) {
            es_raise_msg(&es_type_IndexError, ES_ERR("pop index out of range"));
        }
        i = (size_t)k;
    }
    es_val_t v = l->items[i];
    list_splice(l, i, 1, NULL, 0);
    return v;
}
static ES_FUN_VAR(list_pop_obj, 1, 2, list_pop_meth);

static es_val_t list_remove_meth(es_val_t self, es_val_t v) {
    es_list_t *l = lst(self);
    es_int_t i = list_find(l, 0, SIZE_MAX, v);
    if (i < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("list.remove(x): x not in list"));
    }
    list_splice(l, (size_t)i, 1, NULL, 0);
    return ES_NONE;
}
static ES_FUN_2(list_remove_obj, list_remove_meth);

static es_val_t list_index_meth(size_t n_args, const es_val_t *args) {
    es_list_t *l = lst(args[0]);
    size_t start, stop;
    es_seq_range_args(n_args, args, 2, l->len, &start, &stop);
    es_int_t i = list_find(l, start, stop, args[1]);
    if (i < 0) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("%r is not in list"),
            args[1]);
    }
    return es_small_new(i);
}
static ES_FUN_VAR(list_index_obj, 2, 4, list_index_meth);

static es_val_t list_count_meth(es_val_t self, es_val_t v) {
    es_list_t *l = lst(self);
    es_int_t n = 0;
    for (size_t i = 0; i < l->len; i++) { // == may change the list
        n += es_equal(l->items[i], v);
    }
    return es_small_new(n);
}
static ES_FUN_2(list_count_obj, list_count_meth);

static es_val_t list_clear_meth(es_val_t self) {
    es_list_t *l = lst(self);
    l->len = 0;
    l->alloc = 0;
    l->items = NULL;
    return ES_NONE;
}
static ES_FUN_1(list_clear_obj, list_clear_meth);

static es_val_t list_copy_meth(es_val_t self) {
    return es_list_new(lst(self)->len, lst(self)->items);
}
static ES_FUN_1(list_copy_obj, list_copy_meth);

static es_val_t list_reverse_meth(es_val_t self) {
    es_list_t *l = lst(self);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        es_val_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return ES_NONE;
}
static ES_FUN_1(list_reverse_obj, list_reverse_meth);

// sort(*, key=None, reverse=False)
static es_val_t list_sort_meth(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (n_args > 1) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("sort() takes no positional arguments"));
    }
    es_val_t key = ES_NONE;
    bool reverse = false;
    for (size_t i = 0; i < n_kw; i++) {
        es_val_t k = args[n_args + 2 * i], v = args[n_args + 2 * i + 1];
        if (es_qstr_get(k) == ES_Q(key)) {
            key = v;
        } else if (es_qstr_get(k) == ES_Q(reverse)) {
            reverse = es_truthy(v);
        } else {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for sort()"), es_qstr_get(k));
        }
    }
    es_list_sort(args[0], key, reverse);
    return ES_NONE;
}
static ES_FUN_KW(list_sort_obj, 1, ES_FUN_ARGS_MAX, list_sort_meth);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t list_locals_table[] = {
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)},
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)},
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)},
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)},
    {QV(ES_Q(__delitem__)), ES_PTR(&es_seq_delitem_obj)},
    {QV(ES_Q(__setitem__)), ES_PTR(&es_seq_setitem_obj)},
    {QV(ES_Q(append)), ES_PTR(&list_append_obj)},
    {QV(ES_Q(clear)), ES_PTR(&list_clear_obj)},
    {QV(ES_Q(copy)), ES_PTR(&list_copy_obj)},
    {QV(ES_Q(count)), ES_PTR(&list_count_obj)},
    {QV(ES_Q(extend)), ES_PTR(&list_extend_obj)},
    {QV(ES_Q(index)), ES_PTR(&list_index_obj)},
    {QV(ES_Q(insert)), ES_PTR(&list_insert_obj)},
    {QV(ES_Q(pop)), ES_PTR(&list_pop_obj)},
    {QV(ES_Q(remove)), ES_PTR(&list_remove_obj)},
    {QV(ES_Q(reverse)), ES_PTR(&list_reverse_obj)},
    {QV(ES_Q(sort)), ES_PTR(&list_sort_obj)},
};
static ES_CONST_DICT(list_locals, list_locals_table);

const es_type_t es_type_list = {
    .base = {&es_type_type},
    .name = ES_Q(list),
    .flags = ES_TYPE_BASETYPE,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals = ES_PTR(&list_locals),
};
