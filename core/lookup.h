// SPDX-License-Identifier: MIT
// Cached name lookups: global names (module globals, then builtins) and
// names along a type's MRO (methods, class attributes, descriptors), the
// lookups every LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD makes.
//
// A small 2-way set-associative table in RAM (never in the bytecode, which may lie
// in flash) remembers, for an (owner, name) pair, the map entry that holds
// the name, or for an MRO that none does. A hit reads the entry's value
// afresh, so storing to an existing name needs no invalidation. What can
// make a remembered entry wrong is a change of a map's key set (a name
// added or deleted, the table grown or cleared): the maps the cache relies
// on are marked ES_MAP_WATCHED (core/map.h), and every key-set change of
// one, and each newly watched map, bumps one epoch that makes every cached
// entry stale. Const maps (flash tables) never change. The table is no
// root of the collector: a freed class or globals dict can only be found
// again at the same address once a new map there is watched, which bumps
// the epoch. docs/performance.md gives the figures.
#ifndef ES_LOOKUP_H
#define ES_LOOKUP_H

#include "map.h"
#include "obj.h"

// Forget everything (es_init).
void es_lookup_reset(void);
// A watched map's key set changed (core/map.c): every entry goes stale.
void es_lookup_changed(void);

// [name] along the MRO of [type] (its parent chain for a built-in type):
// the value, or ES_NULL; *owner (when not NULL) is the type whose locals
// hold it. May call back into Python only when a class dict holds a key
// that is no str (its __eq__).
es_val_t es_lookup_type(const es_type_t *type, es_qstr_t name,
    const es_type_t **owner);

// Global [name] as LOAD_GLOBAL finds it: in the dict [globals], then the
// names stored into builtins, then builtins; ES_NULL when absent.
es_val_t es_lookup_global(es_val_t globals, es_qstr_t name);

// Instance attributes: [name] in the dict [d] of an object of class
// [type]. Objects of one class mostly store their attributes in the same
// order, so a one-byte hint per (class, name) says at which entry of the
// dict to look first; it is checked against the key there, so it needs no
// invalidation. The value or ES_NULL (es_lookup_attr_load); store [v]
// (false, nothing done: the caller adds the name through the dict).
es_val_t es_lookup_attr_load(es_val_t d, const es_type_t *type,
    es_qstr_t name);
bool es_lookup_attr_store(es_val_t d, const es_type_t *type, es_qstr_t name,
    es_val_t v);

// Store [v] under [name] in the dict [globals] when the cache knows where
// the name is in it (a global loaded before): true if stored; false, and
// nothing done, when the caller must store it through the dict.
bool es_lookup_store_global(es_val_t globals, es_qstr_t name, es_val_t v);

#endif
