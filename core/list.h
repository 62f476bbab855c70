// SPDX-License-Identifier: MIT
// The list type: a mutable array of values with amortized growth. The item
// array is a separate arena block, so a list object never moves.
#ifndef ES_LIST_H
#define ES_LIST_H

#include "obj.h"

typedef struct es_list {
    es_obj_t base;
    size_t len, alloc;
    es_val_t *items;
} es_list_t;

extern const es_type_t es_type_list;

// A new list of [n] items copied from [items] (or all ES_NONE when [items]
// is NULL). Raises MemoryError.
es_val_t es_list_new(size_t n, const es_val_t *items);
// Append [v] to list [l]. Raises MemoryError.
void es_list_append(es_val_t l, es_val_t v);
// The length and item array of list [l]. The array may move when the list
// grows: do not keep it across anything that can change the list.
void es_list_get(es_val_t l, size_t *n, es_val_t **items);
// Sort list [l] in place, stably; [key] is a callable or ES_NONE. Items are
// compared with <, which may call back into Python and raise: the list is
// then left holding all its items in some order. ValueError "list modified
// during sort" if Python code changes it meanwhile.
void es_list_sort(es_val_t l, es_val_t key, bool reverse);
// Is [v] a list?
static inline bool es_is_list(es_val_t v) {
    return es_is_type(v, &es_type_list);
}

#endif
