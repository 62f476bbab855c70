// SPDX-License-Identifier: MIT
// Helpers shared by the sequence types. The repr guard is a chain of
// records on the C stack (es_g.repr_active); a record is unlinked on the
// way out, and when the printing raises, the handler that catches restores
// the chain (core/nlr.c), so it never points into a dead frame.
#include "seq.h"

#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "slice.h"
#include "state.h"
#include "tuple.h"

static bool compare_lengths(es_binary_op_t op, size_t na, size_t nb) {
    switch (op) {
    case ES_BOP_LT: return na < nb;
    case ES_BOP_LE: return na <= nb;
    case ES_BOP_GT: return na > nb;
    case ES_BOP_GE: return na >= nb;
    case ES_BOP_EQ: return na == nb;
    default: return na != nb;
    }
}

bool es_seq_compare(es_binary_op_t op, es_val_t *const *a, const size_t *na,
    es_val_t *const *b, const size_t *nb) {
    es_stack_check();
    if (*na != *nb && (op == ES_BOP_EQ || op == ES_BOP_NE)) {
        return op == ES_BOP_NE;
    }
    size_t i = 0;
    while (i < *na && i < *nb && es_equal((*a)[i], (*b)[i])) {
        i++;
    }
    if (i >= *na || i >= *nb) {
        return compare_lengths(op, *na, *nb);
    }
    if (op == ES_BOP_EQ || op == ES_BOP_NE) {
        return op == ES_BOP_NE;
    }
    return es_truthy(es_binary_op(op, (*a)[i], (*b)[i]));
}

bool es_repr_enter(const es_print_t *p, es_repr_guard_t *g, es_val_t obj,
    const char *again) {
    es_stack_check();
    for (es_repr_guard_t *q = es_g.repr_active; q != NULL; q = q->prev) {
        if (q->obj == obj) {
            es_print_cstr(p, again);
            return false;
        }
    }
    g->prev = es_g.repr_active;
    g->obj = obj;
    es_g.repr_active = g;
    return true;
}

void es_repr_leave(es_repr_guard_t *g) {
    es_g.repr_active = g->prev;
}

es_int_t es_seq_find(const es_val_t *items, size_t start, size_t stop,
    es_val_t v) {
    ES_ASSERT(items != NULL || start >= stop);
    for (size_t i = start; i < stop; i++) {
        if (es_equal(items[i], v)) {
            return (es_int_t)i;
        }
    }
    return -1;
}

size_t es_seq_count(const es_val_t *items, size_t n, es_val_t v) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += es_equal(items[i], v);
    }
    return c;
}

es_val_t *es_seq_collect(es_val_t iterable, size_t *n) {
    es_val_t *src = NULL;
    if (es_is_type(iterable, &es_type_list)) {
        es_list_get(iterable, n, &src);
    } else if (es_is_type(iterable, &es_type_tuple)) {
        es_tuple_get(iterable, n, &src);
    }
    if (src != NULL) {
        es_val_t *out = es_gc_alloc((*n ? *n : 1) * sizeof(es_val_t), 0);
        for (size_t i = 0; i < *n; i++) {
            out[i] = src[i];
        }
        return out;
    }
    es_val_t it = es_getiter(iterable);
    size_t alloc = 8, len = 0;
    es_val_t *out = es_gc_alloc(alloc * sizeof(es_val_t), 0);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (len == alloc) {
            alloc *= 2;
            out = es_gc_realloc(out, alloc * sizeof(es_val_t));
        }
        out[len++] = v;
    }
    *n = len;
    return out;
}

void es_seq_range_args(size_t n_args, const es_val_t *args, size_t i0,
    size_t len, size_t *start, size_t *stop) {
    *start = 0;
    *stop = len;
    if (n_args > i0 && args[i0] != ES_NONE) {
        *start = (size_t)es_seq_clip(args[i0], len);
    }
    if (n_args > i0 + 1 && args[i0 + 1] != ES_NONE) {
        *stop = (size_t)es_seq_clip(args[i0 + 1], len);
    }
}

bool es_seq_defer(es_val_t v) {
    return es_is_obj(v) && (es_obj(v)->type->flags & ES_TYPE_HEAP);
}

size_t es_seq_repeat_count(es_val_t count, size_t len) {
    es_int_t n;
    if (es_is_small(count)) {
        n = es_small_get(count);
    } else if (!es_int_get_checked(count, &n)) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("cannot fit 'int' into "
            "an index-sized integer"));
    }
    if (n <= 0 || len == 0) {
        return 0;
    }
    if ((size_t)n > (SIZE_MAX / 2) / len / sizeof(es_val_t)) {
        es_raise_mem_error();
    }
    return (size_t)n;
}

// --- special-name methods. They apply the built-in type's own slot, not
// the generic operation, so that a class deriving from a built-in container
// (whose slots dispatch to these methods) does not loop back into itself.

// The built-in type [self] is an instance of (a class's first built-in
// ancestor along its first bases).
static const es_type_t *native_of(es_val_t self) {
    const es_type_t *t = es_type_of(self);
    while ((t->flags & ES_TYPE_HEAP) && t->parent != NULL) {
        t = t->parent;
    }
    return t;
}

static es_val_t native_subscr(es_val_t self, es_val_t index,
    es_val_t value) {
    const es_type_t *t = native_of(self);
    es_val_t r = t->subscr != NULL ? t->subscr(self, index, value) : ES_NULL;
    if (r == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object is not "
            "subscriptable"), self);
    }
    return r;
}

static es_val_t seq_getitem(es_val_t self, es_val_t index) {
    return native_subscr(self, index, ES_STOP);
}
ES_FUN_2(es_seq_getitem_obj, seq_getitem);

static es_val_t seq_setitem(es_val_t self, es_val_t index, es_val_t value) {
    native_subscr(self, index, value);
    return ES_NONE;
}
ES_FUN_3(es_seq_setitem_obj, seq_setitem);

static es_val_t seq_delitem(es_val_t self, es_val_t index) {
    native_subscr(self, index, ES_NULL);
    return ES_NONE;
}
ES_FUN_2(es_seq_delitem_obj, seq_delitem);

static es_val_t seq_len(es_val_t self) {
    const es_type_t *t = native_of(self);
    es_val_t n = t->unary_op != NULL ? t->unary_op(ES_UOP_LEN, self) : ES_NULL;
    if (n == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("object of type '%T' has no len()"), self);
    }
    return n;
}
ES_FUN_1(es_seq_len_obj, seq_len);

static es_val_t seq_iter(es_val_t self) {
    const es_type_t *t = native_of(self);
    return t->getiter != NULL ? t->getiter(self) : es_getiter(self);
}
ES_FUN_1(es_seq_iter_obj, seq_iter);

static es_val_t seq_contains(es_val_t self, es_val_t item) {
    const es_type_t *t = native_of(self);
    es_val_t r = t->binary_op != NULL ? t->binary_op(ES_BOP_IN, item, self)
                                      : ES_NULL;
    if (r != ES_NULL) {
        return r;
    }
    es_val_t it = seq_iter(self); // compare each item, as `in` does
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (es_equal(v, item)) {
            return ES_TRUE;
        }
    }
    return ES_FALSE;
}
ES_FUN_2(es_seq_contains_obj, seq_contains);
