// SPDX-License-Identifier: MIT
// Helpers shared by the sequence types (list, tuple, str, range, dict
// views): lexicographic comparison, printing with a recursion guard,
// searching, and collecting any iterable into an arena array.
#ifndef ES_SEQ_H
#define ES_SEQ_H

#include "fun.h"
#include "obj.h"
#include "runtime.h"

// Rich comparison [op] (ES_BOP_LT..ES_BOP_NE) of two item arrays, with
// CPython's rules (== compares lengths first; the first unequal pair
// decides the others). The arrays and lengths are given by address and
// re-read after each ==, which may call Python code that changes a list.
// Checks the C stack.
bool es_seq_compare(es_binary_op_t op, es_val_t *const *a, const size_t *na,
    es_val_t *const *b, const size_t *nb);
// Printing a container that may contain itself: a guard on the C stack,
// in es_g.repr_active's chain while the container's items print. A
// container's print function is the one C frame per nesting level (the
// chip's 8 KB stack prints 100-deep lists): it enters, prints its items
// with es_print_item and leaves.
typedef struct es_repr_guard {
    struct es_repr_guard *prev;
    es_val_t obj;
} es_repr_guard_t;
// Link [g] for [obj] and return true, unless [obj] is being printed further
// up the C stack: then print [again] ("[...]", "{...}") and return false.
// Checks the C stack. An exception unwinding past the caller restores the
// chain (core/nlr.c).
bool es_repr_enter(const es_print_t *p, es_repr_guard_t *g, es_val_t obj,
    const char *again);
// Unlink [g].
void es_repr_leave(es_repr_guard_t *g);
// The repr of an item, straight through its type's print function (no
// frame of es_print_val's between two nesting levels).
__attribute__((always_inline)) static inline void es_print_item(
        const es_print_t *p, es_val_t v) {
    const es_type_t *t = es_type_of_call(v);
    if (t->print != NULL) {
        t->print(p, v, ES_PRINT_REPR);
    } else {
        es_print_val(p, v, ES_PRINT_REPR);
    }
}
// Position of the first item equal to [v] in items[start:stop], or -1.
es_int_t es_seq_find(const es_val_t *items, size_t start, size_t stop,
    es_val_t v);
// Number of items equal to [v].
size_t es_seq_count(const es_val_t *items, size_t n, es_val_t v);
// The items of [iterable] in a fresh arena array (*n of them; the array may
// be larger). Lists and tuples are copied directly. May raise.
es_val_t *es_seq_collect(es_val_t iterable, size_t *n);
// Arguments [start] and [stop] of index()/count()-style methods
// (args[i0], args[i0+1] when present) clipped to [len].
void es_seq_range_args(size_t n_args, const es_val_t *args, size_t i0,
    size_t len, size_t *start, size_t *stop);
// Should a sequence operator with the other operand [v] return ES_NULL (so
// that a class's reflected method gets its turn) rather than raise?
bool es_seq_defer(es_val_t v);
// Item [i] of a repeated sequence: check a repeat count and the total size;
// raises MemoryError/OverflowError like CPython. Returns 0 for n <= 0.
size_t es_seq_repeat_count(es_val_t count, size_t len);

// Methods for the special names of the container protocol, shared by the
// built-in containers' method tables: __getitem__, __setitem__,
// __delitem__, __len__, __contains__, __iter__ (each applies the generic
// operation of core/runtime.h to self).
extern const es_fun_builtin_t es_seq_getitem_obj, es_seq_setitem_obj,
    es_seq_delitem_obj, es_seq_len_obj, es_seq_contains_obj,
    es_seq_iter_obj;

#endif
