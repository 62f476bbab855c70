// SPDX-License-Identifier: MIT
// Slice objects and the shared index arithmetic of sequences. Resolving a
// slice follows CPython's PySlice_GetIndicesEx: bounds are clipped to the
// sequence, a negative step walks backwards, and big-int bounds clip to the
// ends instead of overflowing.
#include "slice.h"

#include <string.h>

#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "tuple.h"

es_val_t es_slice_new(es_val_t start, es_val_t stop, es_val_t step) {
    es_slice_t *s = es_gc_alloc(sizeof(es_slice_t), 0);
    s->base.type = &es_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return es_val(s);
}

// A bound's C value; big ints clip to the extremes (the caller clips again
// to the sequence).
static es_int_t bound_value(es_val_t v) {
    if (es_is_small(v)) {
        return es_small_get(v);
    }
    if (!es_is_int(v)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("slice indices must be "
            "integers or None or have an __index__ method"));
    }
    es_int_t i;
    if (es_int_get_checked(v, &i)) {
        return i;
    }
    bool neg = es_truthy(es_binary_op(ES_BOP_LT, v, es_small_new(0)));
    return neg ? ES_SMALL_MIN : ES_SMALL_MAX;
}

// Clip bound [v] (or the default [dflt] for None) against [len].
static es_int_t clip_bound(es_val_t v, es_int_t len, es_int_t dflt,
    bool backwards) {
    if (v == ES_NONE) {
        return dflt;
    }
    es_int_t i = bound_value(v);
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = backwards ? -1 : 0;
        }
    } else if (i >= len) {
        i = backwards ? len - 1 : len;
    }
    return i;
}

void es_slice_indices(es_val_t slice, size_t len, es_int_t *start,
    es_int_t *stop, es_int_t *step) {
    const es_slice_t *s = (const es_slice_t *)slice;
    es_int_t st = 1;
    if (s->step != ES_NONE) {
        st = bound_value(s->step);
        if (st == 0) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("slice step cannot be zero"));
        }
        if (st < -ES_SMALL_MAX) {
            st = -ES_SMALL_MAX; // so that -step cannot overflow
        }
    }
    es_int_t n = (es_int_t)len;
    bool back = st < 0;
    *start = clip_bound(s->start, n, back ? n - 1 : 0, back);
    *stop = clip_bound(s->stop, n, back ? -1 : n, back);
    *step = st;
}

size_t es_slice_count(es_int_t start, es_int_t stop, es_int_t step) {
    ES_ASSERT(step != 0);
    if (step > 0) {
        return start < stop ? (size_t)((stop - start - 1) / step + 1) : 0;
    }
    return stop < start ? (size_t)((start - stop - 1) / -step + 1) : 0;
}

// TypeError for a non-int index of the sequence [what] names: its first
// word is the type's noun ("list assignment" -> list), as CPython says it.
ES_NORETURN static void raise_index_type(const char *what, es_val_t v) {
    if (strcmp(what, "string") == 0) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("string indices must be integers, not '%T'"), v);
    }
    size_t n = strcspn(what, " ");
    es_raise_fmt(&es_type_TypeError,
        ES_ERR("%.*s indices must be integers or slices, not %T"), (int)n,
        what, v);
}

es_int_t es_seq_int(const char *what, es_val_t v) {
    if (es_is_small(v)) {
        return es_small_get(v);
    }
    if (!es_is_int(v)) {
        es_val_t ix = es_index_of(v); // classes: I(int), __index__ (hook)
        if (ix == ES_NULL) {
            raise_index_type(what, v);
        }
        v = ix;
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i)) {
        if (strncmp(what, "range", 5) == 0) {
            es_raise_msg(&es_type_IndexError,
                ES_ERR("range object index out of range"));
        }
        es_raise_msg(&es_type_IndexError,
            ES_ERR("cannot fit 'int' into an index-sized integer"));
    }
    return i;
}

size_t es_seq_index(const char *what, size_t len, es_val_t index) {
    return es_seq_pos(what, len, es_seq_int(what, index));
}

size_t es_seq_pos(const char *what, size_t len, es_int_t i) {
    if (i < 0) {
        i += (es_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        es_raise_fmt(&es_type_IndexError, ES_ERR("%s index out of range"),
            what);
    }
    return (size_t)i;
}

es_int_t es_seq_clip(es_val_t index, size_t len) {
    es_int_t n = (es_int_t)len;
    es_int_t i = index == ES_NONE ? n : bound_value(index);
    if (i < 0) {
        i += n;
        return i < 0 ? 0 : i;
    }
    return i > n ? n : i;
}

// --- the slice type

static void slice_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    const es_slice_t *s = (const es_slice_t *)self;
    es_printf(p, "slice(%r, %r, %r)", s->start, s->stop, s->step);
}

static es_val_t slice_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(slice), n_args, 1, 3, n_kw, false);
    if (n_args == 1) {
        return es_slice_new(ES_NONE, args[0], ES_NONE);
    }
    return es_slice_new(args[0], args[1], n_args == 3 ? args[2] : ES_NONE);
}

static es_val_t slice_load_attr(es_val_t self, es_qstr_t name) {
    const es_slice_t *s = (const es_slice_t *)self;
    switch (name) {
    case ES_Q(start): return s->start;
    case ES_Q(stop): return s->stop;
    case ES_Q(step): return s->step;
    default: return ES_NULL;
    }
}

static es_val_t slice_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    // Called for either operand: both must be slices. They compare as
    // (start, stop, step) tuples, as in CPython.
    if (!es_is_slice(lhs) || !es_is_slice(rhs) || op > ES_BOP_NE) {
        return ES_NULL;
    }
    const es_slice_t *a = (const es_slice_t *)lhs;
    const es_slice_t *b = (const es_slice_t *)rhs;
    es_val_t ta[3] = {a->start, a->stop, a->step};
    es_val_t tb[3] = {b->start, b->stop, b->step};
    return es_binary_op(op, es_tuple_new(3, ta), es_tuple_new(3, tb));
}

// Slices are unhashable, as in MicroPython and CPython before 3.12.
static es_val_t slice_unary_op(es_unary_op_t op, es_val_t self) {
    ES_UNUSED(self);
    return op == ES_UOP_BOOL ? ES_TRUE : ES_NULL;
}

// slice.indices(len) -> (start, stop, step)
static es_val_t slice_indices_meth(es_val_t self, es_val_t len) {
    es_int_t n = es_get_int(len);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("length should not be "
            "negative"));
    }
    es_int_t r[3];
    es_slice_indices(self, (size_t)n, &r[0], &r[1], &r[2]);
    es_val_t items[3];
    for (int i = 0; i < 3; i++) {
        items[i] = es_int_from(r[i]);
    }
    return es_tuple_new(3, items);
}
static ES_FUN_2(slice_indices_obj, slice_indices_meth);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t slice_locals_table[] = {
    {QV(ES_Q(indices)), ES_PTR(&slice_indices_obj)},
};
static ES_CONST_DICT(slice_locals, slice_locals_table);

const es_type_t es_type_slice = {
    .base = {&es_type_type},
    .name = ES_Q(slice),
    .print = slice_print,
    .make_new = slice_make_new,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .load_attr = slice_load_attr,
    .locals = ES_PTR(&slice_locals),
};
