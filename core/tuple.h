// SPDX-License-Identifier: MIT
// The tuple type: an immutable, hashable array of values allocated in one
// block with its header. The empty tuple is a const singleton.
#ifndef ES_TUPLE_H
#define ES_TUPLE_H

#include "obj.h"

typedef struct es_tuple {
    es_obj_t base;
    size_t len;
    es_val_t items[];
} es_tuple_t;

extern const es_type_t es_type_tuple;
// The empty tuple; es_tuple_new(0, ...) returns it.
extern const es_tuple_t es_tuple_empty;

// A const tuple [name] of [n] items given after it, e.g.
//     static ES_CONST_TUPLE(t, 2, ES_SMALL(1), ES_QV(x));
// Its struct has a tuple's layout (the items array at the same offset).
#define ES_CONST_TUPLE(name, n, ...) \
    const struct { es_obj_t base; size_t len; es_val_t items[n]; } name = \
        {{&es_type_tuple}, (n), {__VA_ARGS__}}

// A new tuple of [n] items copied from [items], or all ES_NONE when [items]
// is NULL (the caller then fills them in before publishing it). Raises
// MemoryError.
es_val_t es_tuple_new(size_t n, const es_val_t *items);
// The same, ES_NULL when the arena cannot hold it. Never raises.
es_val_t es_tuple_new_maybe(size_t n, const es_val_t *items);
// The length and item array of tuple [t] (the array belongs to the tuple).
void es_tuple_get(es_val_t t, size_t *n, es_val_t **items);
// Is [v] a tuple?
static inline bool es_is_tuple(es_val_t v) {
    return es_is_type(v, &es_type_tuple);
}

#endif
