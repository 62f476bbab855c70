// SPDX-License-Identifier: MIT
// Maps: an entries array in insertion order plus, once a map outgrows
// SMALL_MAP entries, an open-addressing hash index (linear probing) of
// entry numbers + 1 (0 = empty slot), 1, 2 or 4 bytes wide by capacity.
// Deleting an entry clears its key (a tombstone); its index slot stays and
// is skipped by lookups. Growing compacts the entries and rebuilds the
// index. Entries carry no hash: lookups compare keys, with fast paths for
// interned names (identity) and small ints, so equal keys must hash equal
// whatever their representation (str object vs interned name).
// Const maps (ES_MAP_CONST) are flash tables searched linearly, read-only.
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "lookup.h"
#include "map.h"
#include "runtime.h"
#include "state.h"
#include "str.h"

#define SMALL_MAP 8 // maps of at most this capacity have no index

// --- keys

static uint32_t key_hash(es_val_t key) {
    if (es_is_small(key)) {
        es_int_t i = es_small_get(key);
        return (uint32_t)(i == -1 ? -2 : i);
    }
    if (es_is_str(key)) { // the value hash() gives, without the call
        return (uint32_t)((es_int_t)es_str_hash(key) & ES_SMALL_MAX);
    }
    return (uint32_t)es_hash(key);
}

// Values that are equal only when identical to one another.
static bool is_word_key(es_val_t v) {
    return es_is_small(v) || es_is_qstr(v) || es_is_const(v);
}

// Whether keys [a] and [b] are equal as far as C can tell: 1 or 0, or -1
// when only es_equal can say (objects may define __eq__ against anything).
static int plain_equal(es_val_t a, es_val_t b) {
    if (a == b) {
        return 1;
    }
    if (es_is_qstr(a) && es_is_qstr(b)) {
        return 0; // each text is interned once: the common miss
    }
    bool sa = es_is_str(a), sb = es_is_str(b);
    if (sa && sb) {
        return es_str_equal(a, b);
    }
    if (is_word_key(a) && is_word_key(b)) {
        // True == 1 and False == 0 are the exceptions
        return es_is_const(a) != es_is_const(b) && es_equal(a, b);
    }
    if ((sa && is_word_key(b)) || (sb && is_word_key(a))) {
        return 0; // a str equals no int, bool or None
    }
    return -1;
}

// --- the index: a header word counting the slots in use, then the slots.
// Slots that point at deleted or reused entries stay until the index is
// rebuilt; lookups skip them (they compare keys), and the count of used
// slots triggers a rebuild before the index fills up.

typedef struct index_hdr {
    uint32_t filled; // non-empty slots
    uint32_t pad;
} index_hdr_t;

static size_t index_size(size_t alloc) {
    size_t n = 8;
    while (n < alloc + alloc / 2 + 1) {
        n *= 2;
    }
    return n;
}

static size_t index_width(size_t alloc) {
    return alloc < 0xff ? 1 : alloc < 0xffff ? 2 : 4;
}

static index_hdr_t *index_hdr(const es_map_t *m) {
    return (index_hdr_t *)m->index;
}

static void *index_slots(const es_map_t *m) {
    return index_hdr(m) + 1;
}

static size_t index_get(const es_map_t *m, size_t i) {
    switch (index_width(m->alloc)) {
    case 1: return ((const uint8_t *)index_slots(m))[i];
    case 2: return ((const uint16_t *)index_slots(m))[i];
    default: return ((const uint32_t *)index_slots(m))[i];
    }
}

static void index_set(es_map_t *m, size_t i, size_t v) {
    switch (index_width(m->alloc)) {
    case 1: ((uint8_t *)index_slots(m))[i] = (uint8_t)v; break;
    case 2: ((uint16_t *)index_slots(m))[i] = (uint16_t)v; break;
    default: ((uint32_t *)index_slots(m))[i] = (uint32_t)v; break;
    }
}

static void *index_alloc(size_t alloc) {
    return es_gc_alloc(sizeof(index_hdr_t)
        + index_size(alloc) * index_width(alloc), ES_GC_LEAF);
}

// Put entry [e] (its number) in the index at the first free slot of the
// probe sequence of [hash].
static void index_insert(es_map_t *m, uint32_t hash, size_t e) {
    size_t mask = index_size(m->alloc) - 1;
    ES_ASSERT(index_hdr(m)->filled < mask); // an empty slot remains
    size_t i = hash & mask;
    while (index_get(m, i) != 0) {
        i = (i + 1) & mask;
    }
    index_set(m, i, e + 1);
    index_hdr(m)->filled++;
}

// Refill the index from the live entries (their keys are known hashable).
static void index_rebuild(es_map_t *m) {
    size_t size = index_size(m->alloc);
    memset(index_slots(m), 0, size * index_width(m->alloc));
    index_hdr(m)->filled = 0;
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].key != ES_NULL) {
            index_insert(m, key_hash(m->table[i].key), i);
        }
    }
}

// --- storage

// The key set of [m] changes: tell the lookup cache if it relies on [m].
static void keys_changed(const es_map_t *m) {
    if (m->flags & ES_MAP_WATCHED) {
        es_lookup_changed();
    }
}

// Reallocate to [alloc] entries, dropping deleted ones, and rebuild the
// index. Keys already stored are known hashable.
static void map_resize(es_map_t *m, size_t alloc) {
    es_map_elem_t *old = m->table;
    size_t used = m->used;
    es_map_elem_t *table = es_gc_alloc(alloc * sizeof(es_map_elem_t), 0);
    void *index = alloc > SMALL_MAP ? index_alloc(alloc) : NULL;
    size_t n = 0;
    for (size_t i = 0; i < used; i++) {
        if (old[i].key != ES_NULL) {
            table[n++] = old[i];
        }
    }
    m->table = table;
    m->index = index;
    m->alloc = (uint32_t)alloc;
    m->used = m->count = (uint32_t)n;
    if (index != NULL) {
        index_rebuild(m);
    }
    if (old != NULL) {
        es_gc_free(old);
    }
}

void es_map_init(es_map_t *m, size_t n) {
    memset(m, 0, sizeof(*m));
    if (n > 0) {
        map_resize(m, n);
    }
}

// A const map refuses every change, found key or not (MicroPython's fixed
// dicts): its table is in flash.
static ES_NORETURN void read_only(void) {
    es_raise_msg(&es_type_TypeError, ES_ERR("'dict' object is read-only"));
}

void es_map_clear(es_map_t *m) {
    if (m->flags & ES_MAP_CONST) {
        read_only();
    }
    keys_changed(m);
    m->used = m->count = m->alloc = 0;
    m->table = NULL;
    m->index = NULL;
}

es_map_elem_t *es_map_next(es_map_t *m, size_t *pos) {
    while (*pos < m->used) {
        es_map_elem_t *e = &m->table[(*pos)++];
        if (e->key != ES_NULL) {
            return e;
        }
    }
    return NULL;
}

// --- lookup

// Could [stored], a key in a map, equal [key], which it is not? Two
// interned names never do (the common miss, answered without a call).
static inline bool may_call(es_val_t stored, es_val_t key) {
    return stored != ES_NULL && !(es_is_qstr(stored) && es_is_qstr(key));
}

// The answer of scan and probe when the map changed under them.
static const es_map_elem_t changed_mark;
#define CHANGED ((es_map_elem_t *)&changed_mark)

// 1 when stored key [k] equals [key], 0 when not, -1 when the comparison
// changed the map (its entry may be gone: the caller reads it no more).
// Only an __eq__ of an object can: it may clear or resize the map or add
// or remove an entry, and then the lookup starts again, as CPython's,
// instead of reading a table or index that is gone. The shape is taken
// only then, so a lookup of strs, ints and names pays nothing for it.
static int compare(const es_map_t *m, es_val_t k, es_val_t key) {
    int r = plain_equal(k, key);
    if (r >= 0) {
        return r;
    }
    const es_map_elem_t *table = m->table;
    const void *index = m->index;
    uint32_t used = m->used, count = m->count;
    bool eq = es_equal(k, key);
    return m->table != table || m->index != index || m->used != used
        || m->count != count ? -1 : eq;
}

static es_map_elem_t *scan(es_map_t *m, es_val_t key) {
    if (m->used == 0) {
        return NULL; // an empty map may have no table (NULL + 0 is UB)
    }
    es_map_elem_t *e = m->table, *end = e + m->used;
    for (es_map_elem_t *i = e; i < end; i++) {
        if (i->key == key) {
            return i; // identity: interned names, small ints, objects
        }
    }
    for (; e < end; e++) {
        es_val_t k = e->key;
        int c = k != key && may_call(k, key) ? compare(m, k, key) : 0;
        if (c != 0) {
            return c < 0 ? CHANGED : e;
        }
    }
    return NULL;
}

// Const maps hold interned-name keys: an interned name is found by
// identity alone.
static es_map_elem_t *scan_ident(es_map_t *m, es_val_t key) {
    if (m->used == 0) {
        return NULL;
    }
    es_map_elem_t *e = m->table, *end = e + m->used;
    for (; e < end; e++) {
        if (e->key == key) {
            return e;
        }
    }
    return NULL;
}

static es_map_elem_t *probe(es_map_t *m, es_val_t key, uint32_t hash) {
    size_t mask = index_size(m->alloc) - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        size_t slot = index_get(m, i);
        if (slot == 0) {
            return NULL;
        }
        es_map_elem_t *e = &m->table[slot - 1];
        if (e->key == key) {
            return e;
        }
        es_val_t k = e->key;
        int c = may_call(k, key) ? compare(m, k, key) : 0;
        if (c != 0) {
            return c < 0 ? CHANGED : e;
        }
    }
}

static es_map_elem_t *map_add(es_map_t *m, es_val_t key, uint32_t hash,
    bool need_hash) {
    keys_changed(m);
    if (m->used == m->alloc) {
        size_t n = m->count + 1, grow = n < 4 ? 4 : n + n / 2 + 2;
        // up to SMALL_MAP entries a map has no index: stay there while it
        // fits (an object's 5 to 8 attributes: no index to build or keep)
        map_resize(m, grow > SMALL_MAP && n <= SMALL_MAP ? SMALL_MAP : grow);
    }
    if (m->index != NULL) {
        size_t size = index_size(m->alloc);
        if (index_hdr(m)->filled + 1 > size - size / 8) {
            index_rebuild(m); // drops slots of deleted entries
        }
        // a word key in a map that had no index comes without its hash
        index_insert(m, need_hash ? hash : key_hash(key), m->used);
    }
    size_t e = m->used++;
    m->count++;
    m->table[e].key = key;
    m->table[e].value = ES_NULL;
    return &m->table[e];
}

static es_map_elem_t *map_remove(es_map_t *m, es_map_elem_t *e) {
    ES_ASSERT(e >= m->table && e < m->table + m->used && m->count > 0);
    keys_changed(m);
    es_map_elem_t *copy = (es_map_elem_t *)es_g.map_removed;
    *copy = *e;
    e->key = e->value = ES_NULL;
    m->count--;
    while (m->used > 0 && m->table[m->used - 1].key == ES_NULL) {
        m->used--; // trailing deletions are free again (popitem is O(1))
    }
    return copy;
}

es_map_elem_t *es_map_remove_entry(es_map_t *m, es_map_elem_t *e) {
    if (m->flags & ES_MAP_CONST) {
        read_only();
    }
    return map_remove(m, e);
}

es_map_elem_t *es_map_lookup(es_map_t *m, es_val_t key,
    es_map_action_t action) {
    ES_ASSERT(m->count <= m->used && m->used <= m->alloc);
    ES_ASSERT(key != ES_NULL);
    if (m->flags & ES_MAP_CONST) {
        if (action != ES_MAP_LOOKUP) {
            read_only();
        }
        return es_is_qstr(key) ? scan_ident(m, key) : scan(m, key);
    }
    // word keys in a map without an index need no hash (not even to be
    // added, unless the map grows an index then); others are hashed anyway,
    // so an unhashable key raises TypeError
    bool need_hash = m->index != NULL || !is_word_key(key);
    uint32_t hash = need_hash ? key_hash(key) : 0;
    es_map_elem_t *e;
    do { // again when an __eq__ changed the map
        if (m->index != NULL && !need_hash) { // it grew an index meanwhile
            need_hash = true;
            hash = key_hash(key);
        }
        e = m->index ? probe(m, key, hash) : scan(m, key);
    } while (e == CHANGED);
    if (e != NULL) {
        return action == ES_MAP_REMOVE ? map_remove(m, e) : e;
    }
    if (action != ES_MAP_ADD) {
        return NULL;
    }
    return map_add(m, key, hash, need_hash);
}
