// SPDX-License-Identifier: MIT
// Maps: the insertion-ordered hash table behind dict, module globals, class
// and instance attributes. Read-only maps (ES_MAP_CONST) are const tables in
// flash and are searched linearly; their keys are interned names.
#ifndef ES_MAP_H
#define ES_MAP_H

#include "obj.h"

typedef struct es_map_elem {
    es_val_t key;   // ES_NULL marks a deleted entry
    es_val_t value;
} es_map_elem_t;

#define ES_MAP_CONST 0x1 // read-only table; never resized or changed
#define ES_MAP_WATCHED 0x2 // a change of its key set tells the lookup
                           // cache (core/lookup.h): globals, class dicts

typedef struct es_map {
    uint32_t used;  // entries in table, deleted ones included
    uint32_t count; // live entries
    uint32_t alloc; // capacity of table
    uint32_t flags;
    es_map_elem_t *table; // in insertion order
    void *index;          // hash index, or NULL for small and const maps
} es_map_t;

typedef enum { ES_MAP_LOOKUP, ES_MAP_ADD, ES_MAP_REMOVE } es_map_action_t;

// Empty map with room for [n] entries. Raises MemoryError.
void es_map_init(es_map_t *m, size_t n);
// Find [key]. LOOKUP: the element or NULL. ADD: the element, created with
// value ES_NULL if new (raises MemoryError; TypeError if [key] is
// unhashable). REMOVE: removes it and returns a pointer to a copy that is
// valid until the next map operation or allocation (it is no root: copy
// out what must survive an allocation), or NULL. May call back into
// Python (__eq__, __hash__). ADD and REMOVE on an ES_MAP_CONST map raise
// TypeError, whether [key] is there or not.
es_map_elem_t *es_map_lookup(es_map_t *m, es_val_t key, es_map_action_t action);
// Remove entry [e] of [m] (from es_map_next or the table), comparing and
// hashing no key (dict.popitem, set.pop: no __eq__ runs); a copy as
// ES_MAP_REMOVE's. TypeError on an ES_MAP_CONST map.
es_map_elem_t *es_map_remove_entry(es_map_t *m, es_map_elem_t *e);
// Empty [m]; TypeError on an ES_MAP_CONST map.
void es_map_clear(es_map_t *m);
// The next live entry at or after *pos (an index into the table, moved past
// it), or NULL at the end: insertion order.
es_map_elem_t *es_map_next(es_map_t *m, size_t *pos);

// The dict object.
typedef struct es_dict {
    es_obj_t base;
    es_map_t map;
} es_dict_t;
extern const es_type_t es_type_dict;
// collections.OrderedDict (core/dict.c): a dict whose repr names it and
// whose == with another OrderedDict compares the order as well.
extern const es_type_t es_type_ordereddict;

es_val_t es_dict_new(size_t n);
// d[key], or ES_NULL when missing. Never raises KeyError.
es_val_t es_dict_get(es_val_t d, es_val_t key);
void es_dict_store(es_val_t d, es_val_t key, es_val_t value);
// The dict that [v] is: [v] itself, the dict boxed by an instance of a dict
// subclass, or ES_NULL when [v] is no dict. Never raises. Use it on any
// value from Python before es_dict_get/es_dict_map.
es_val_t es_dict_arg(es_val_t v);
static inline es_map_t *es_dict_map(es_val_t d) {
    return &((es_dict_t *)d)->map;
}

// A read-only dict over a const table of (interned-name key, value) pairs:
//     static const es_map_elem_t t[] = {{ES_QV(append), ES_PTR(&f)}, ...};
//     ES_CONST_DICT(list_locals, t);
#define ES_QV(name) ((es_val_t)((ES_Q_##name << 3) | 2))
// The same for a name given as a constant es_qstr_t: an ES_QS name, which
// need not be an identifier (core/intern.h).
#define ES_QVAL(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
#define ES_PTR(p) ((es_val_t)(p))
#define ES_SMALL(i) ((es_val_t)(((es_val_t)(i) << 1) | 1))
#define ES_CONST_DICT(dname, table) \
    const es_dict_t dname = {{&es_type_dict}, {ES_ARRAY_SIZE(table), \
        ES_ARRAY_SIZE(table), ES_ARRAY_SIZE(table), ES_MAP_CONST, \
        (es_map_elem_t *)(table), NULL}}

#endif
