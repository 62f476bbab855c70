// SPDX-License-Identifier: MIT
// The lookup cache (the design is in core/lookup.h): a 2-way set-associative table
// of (owner, name) -> map entry, valid while the epoch it was filled in is
// the current one.
#include <string.h>

#include "class.h"
#include "lookup.h"
#include "state.h"
#include "tuple.h"

_Static_assert((ES_CFG_LOOKUP_CACHE & (ES_CFG_LOOKUP_CACHE - 1)) == 0
    && ES_CFG_LOOKUP_CACHE >= 2, "ES_CFG_LOOKUP_CACHE: a power of two");

typedef struct entry {
    const void *owner;          // the type, or the globals' map
    uint32_t tag;               // name << 1 | 1 for a global name
    uint32_t epoch;             // valid while equal to the epoch
    const es_map_elem_t *elem;  // where the name is; NULL: in no type
    const es_type_t *found;     // types: whose locals hold it
} entry_t;

// Not in es_g: the collector must not see the entries (they would keep
// dead classes alive), and the table is state only this file reads.
static entry_t table[ES_CFG_LOOKUP_CACHE];
static uint32_t epoch = 1; // entries of epoch 0 are empty
static uint8_t hints[ES_CFG_ATTR_HINTS]; // entry numbers, checked on use

void es_lookup_reset(void) {
    memset(table, 0, sizeof(table));
    memset(hints, 0, sizeof(hints));
    epoch = 1;
}

void es_lookup_changed(void) {
    if (++epoch == 0) { // wrapped: an old entry could look current
        es_lookup_reset();
    }
}

// The table is 2-way set associative: (owner, name) may sit in either
// entry of its set, so that two lookups a loop makes that fall in the same
// set do not evict each other on every turn. A new entry goes first and
// moves the first one second.
static entry_t *set_of(const void *owner, uint32_t tag) {
    uint32_t h = (uint32_t)((uintptr_t)owner >> 4) ^ (tag * 31u);
    return &table[h & (ES_CFG_LOOKUP_CACHE - 2)];
}

static bool holds(const entry_t *c, const void *owner, uint32_t tag) {
    return c->epoch == epoch && c->owner == owner && c->tag == tag;
}

// The entry of the set [c] that holds (owner, tag), or NULL.
static inline entry_t *find(entry_t *c, const void *owner, uint32_t tag) {
    return holds(c, owner, tag) ? c : holds(c + 1, owner, tag) ? c + 1 : NULL;
}

static void fill(entry_t *c, entry_t e) {
    c[1] = c[0];
    c[0] = e;
}

// Make [m] one the cache may rely on. False when that just happened (the
// epoch moved, so an entry filled now would be stale anyway).
static bool watched(es_map_t *m) {
    if (m->flags & (ES_MAP_CONST | ES_MAP_WATCHED)) {
        return true;
    }
    m->flags |= ES_MAP_WATCHED;
    es_lookup_changed();
    return false;
}

// [name] in the locals of [t] alone: its entry, or NULL.
static const es_map_elem_t *own(const es_type_t *t, es_qstr_t name) {
    if (t->locals == ES_NULL) {
        return NULL;
    }
    es_map_t *m = es_dict_map(t->locals);
    watched(m);
    const es_map_elem_t *e = es_map_lookup(m, es_qstr_val(name),
        ES_MAP_LOOKUP);
    return e != NULL && e->value != ES_NULL ? e : NULL;
}

// The walk the cache saves: the MRO of a class, the parent chain of a
// built-in type.
static const es_map_elem_t *walk(const es_type_t *type, es_qstr_t name,
    const es_type_t **found) {
    const es_map_elem_t *e = NULL;
    if (es_is_class(type)) {
        size_t n;
        es_val_t *mro;
        es_tuple_get(((const es_class_t *)type)->mro, &n, &mro);
        for (size_t i = 0; i < n && e == NULL; i++) {
            *found = (const es_type_t *)mro[i];
            e = own(*found, name);
        }
    } else {
        for (const es_type_t *t = type; t != NULL && e == NULL;
            t = t->parent) {
            *found = t;
            e = own(t, name);
        }
    }
    return e;
}

// A miss: walk the MRO and fill entry [c]. Out of line, so that a hit
// saves no registers.
__attribute__((noinline)) static es_val_t type_miss(entry_t *c,
    const es_type_t *type, es_qstr_t name, const es_type_t **owner) {
    uint32_t at = epoch; // a lookup that calls __eq__ may change things
    const es_type_t *found = NULL;
    const es_map_elem_t *e = walk(type, name, &found);
    found = e != NULL ? found : NULL;
    fill(c, (entry_t){type, (uint32_t)name << 1, at, e, found});
    if (owner != NULL) {
        *owner = found;
    }
    return e != NULL ? e->value : ES_NULL;
}

es_val_t es_lookup_type(const es_type_t *type, es_qstr_t name,
    const es_type_t **owner) {
    uint32_t tag = (uint32_t)name << 1;
    entry_t *set = set_of(type, tag), *c = find(set, type, tag);
    if (c == NULL) {
        return type_miss(set, type, name, owner);
    }
    if (owner != NULL) {
        *owner = c->found;
    }
    return c->elem != NULL ? c->elem->value : ES_NULL;
}

// [name] in dict [d] when its map may be cached: its entry or NULL.
static const es_map_elem_t *in_dict(es_val_t d, es_qstr_t name,
    bool *cacheable) {
    es_map_t *m = es_dict_map(d);
    *cacheable = watched(m) && *cacheable;
    const es_map_elem_t *e = es_map_lookup(m, es_qstr_val(name),
        ES_MAP_LOOKUP);
    return e != NULL && e->value != ES_NULL ? e : NULL;
}

__attribute__((noinline)) static es_val_t global_miss(entry_t *c,
    es_val_t globals, es_qstr_t name) {
    uint32_t at = epoch;
    bool cacheable = true;
    const es_map_elem_t *e = in_dict(globals, name, &cacheable);
    if (e == NULL && es_g.builtins_override != ES_NULL) {
        e = in_dict(es_g.builtins_override, name, &cacheable);
    }
    if (e == NULL && es_g.builtins != ES_NULL) {
        e = in_dict(es_g.builtins, name, &cacheable);
    }
    if (e == NULL) {
        return ES_NULL;
    }
    if (cacheable) {
        fill(c, (entry_t){es_dict_map(globals), (uint32_t)name << 1 | 1, at,
            e, NULL});
    }
    return e->value;
}

es_val_t es_lookup_global(es_val_t globals, es_qstr_t name) {
    es_map_t *m = es_dict_map(globals);
    uint32_t tag = (uint32_t)name << 1 | 1;
    entry_t *set = set_of(m, tag), *c = find(set, m, tag);
    if (c != NULL && c->elem->value != ES_NULL) {
        return c->elem->value;
    }
    return global_miss(set, globals, name);
}

bool es_lookup_store_global(es_val_t globals, es_qstr_t name, es_val_t v) {
    es_map_t *m = es_dict_map(globals);
    uint32_t tag = (uint32_t)name << 1 | 1;
    entry_t *c = find(set_of(m, tag), m, tag);
    if (c == NULL || c->elem < m->table || c->elem >= m->table + m->used
        || (m->flags & ES_MAP_CONST)) {
        return false; // not cached, or a builtin's entry
    }
    m->table[c->elem - m->table].value = v;
    return true;
}

_Static_assert((ES_CFG_ATTR_HINTS & (ES_CFG_ATTR_HINTS - 1)) == 0,
    "ES_CFG_ATTR_HINTS: a power of two");

// The entry of [d]'s map holding [name] for an object of [type]: the
// hinted one when it holds the name, else found (and hinted) by lookup.
static es_map_elem_t *attr_entry(es_val_t d, const es_type_t *type,
    es_qstr_t name) {
    es_map_t *m = es_dict_map(d);
    es_val_t key = es_qstr_val(name);
    uint32_t h = (uint32_t)((uintptr_t)type >> 4) ^ (name * 31u);
    uint8_t *hint = &hints[h & (ES_CFG_ATTR_HINTS - 1)];
    if (*hint < m->used && m->table[*hint].key == key) {
        return &m->table[*hint];
    }
    es_map_elem_t *e = es_map_lookup(m, key, ES_MAP_LOOKUP);
    if (e != NULL && e - m->table <= UINT8_MAX) {
        *hint = (uint8_t)(e - m->table);
    }
    return e;
}

es_val_t es_lookup_attr_load(es_val_t d, const es_type_t *type,
    es_qstr_t name) {
    es_map_elem_t *e = attr_entry(d, type, name);
    return e != NULL ? e->value : ES_NULL;
}

bool es_lookup_attr_store(es_val_t d, const es_type_t *type, es_qstr_t name,
    es_val_t v) {
    es_map_elem_t *e = attr_entry(d, type, name);
    if (e == NULL || e->value == ES_NULL) {
        return false;
    }
    e->value = v;
    return true;
}
