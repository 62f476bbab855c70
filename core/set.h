// SPDX-License-Identifier: MIT
// set and frozenset: a map (core/map.h) whose keys are the items and whose
// values are unused. Iteration follows insertion order (CPython's follows
// hashes, so tests print sorted() or insert small ints in ascending order).
#ifndef ES_SET_H
#define ES_SET_H

#include "map.h"
#include "obj.h"

typedef struct es_set {
    es_obj_t base;      // es_type_set or es_type_frozenset
    es_map_t map;       // items are the keys; values unused
    uint32_t finger;    // pop() looks for the first item from here
    es_val_t hash;      // frozenset: cached hash (small int), or ES_NULL
} es_set_t;

extern const es_type_t es_type_set, es_type_frozenset;

// A new empty set (or frozenset when [frozen]) with room for [n] items.
es_val_t es_set_new(size_t n, bool frozen);
// Add [item] to set [s]; TypeError when unhashable. May call __eq__.
void es_set_add(es_val_t s, es_val_t item);
// Add every item of [iterable] to set [s].
void es_set_update(es_val_t s, es_val_t iterable);
// Is [v] a set or a frozenset?
bool es_is_set(es_val_t v);
// [lhs] op [rhs] (|, &, -, ^ or their in-place forms treated as plain)
// where either operand may be any iterable: a set of lhs's items combined
// with rhs's; or a comparison (<, ==...) of both operands' items as sets.
// For dict views (core/dict.c). ES_NULL for other operators.
es_val_t es_set_iter_op(es_binary_op_t op, es_val_t lhs, es_val_t rhs);

#endif
