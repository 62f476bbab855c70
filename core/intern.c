// SPDX-License-Identifier: MIT
// Interned names. Build-time names are looked up in the generated const hash
// index; run-time names live in the arena: each is one leaf block holding
// its hash, length and text, reached through a growable array (names) and an
// open-addressing hash index over it. Names are never freed while the
// interpreter runs; es_intern_reset() forgets them all. The build-time
// table may lie in flash: its halfwords and text are read through rom.h.
#include <string.h>

#include "gc.h"
#include "intern_table.h"
#include "rom.h"
#include "state.h"

typedef struct name_rec {
    uint32_t hash;
    uint32_t len;
    char text[]; // NUL-terminated
} name_rec_t;

uint32_t es_hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    }
    return h ? h : 1;
}

static const name_rec_t *rt_name(es_qstr_t q) {
    return (const name_rec_t *)es_g.intern.names[q - ES_Q_N_STATIC];
}

static es_qstr_t find_static(const char *s, size_t len, uint32_t hash) {
    size_t mask = ES_Q_INDEX_SIZE - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        es_qstr_t q = es_rom_u16(&es_intern_index[i]);
        if (q == ES_Q_NULL) {
            return ES_Q_NULL;
        }
        const es_intern_entry_t *e = &es_intern_static[q];
        if (e->hash == hash && es_rom_u16(&e->len) == len
            && es_rom_memcmp(es_intern_text + es_rom_u16(&e->offset), s,
                len) == 0) {
            return q;
        }
    }
}

static es_qstr_t find_runtime(const char *s, size_t len, uint32_t hash) {
    es_intern_state_t *st = &es_g.intern;
    if (st->index_size == 0) {
        return ES_Q_NULL;
    }
    size_t mask = st->index_size - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        es_qstr_t q = st->index[i];
        if (q == ES_Q_NULL) {
            return ES_Q_NULL;
        }
        const name_rec_t *r = rt_name(q);
        if (r->hash == hash && r->len == len && memcmp(r->text, s, len) == 0) {
            return q;
        }
    }
}

es_qstr_t es_intern_find(const char *s, size_t len) {
    uint32_t hash = es_hash_bytes(s, len);
    es_qstr_t q = find_static(s, len, hash);
    return q ? q : find_runtime(s, len, hash);
}

static void index_insert(uint32_t *index, size_t size, uint32_t hash,
    es_qstr_t q) {
    size_t mask = size - 1;
    size_t i = hash & mask;
    while (index[i] != 0) {
        i = (i + 1) & mask;
    }
    index[i] = q;
}

// Make room for one more run-time name: grow the array and, at half load,
// the index. Both start small (a program that runs a file starts with its
// path and maybe a few sys.path entries) and double. Raises MemoryError
// with nothing changed.
static void reserve_one(void) {
    es_intern_state_t *st = &es_g.intern;
    if (st->count == st->alloc) {
        size_t n = st->alloc ? st->alloc * 2 : 4;
        st->names = es_gc_realloc(st->names, n * sizeof(void *));
        st->alloc = n;
    }
    if ((st->count + 1) * 2 > st->index_size) {
        size_t n = st->index_size ? st->index_size * 2 : 8;
        uint32_t *index = es_gc_alloc(n * sizeof(uint32_t), ES_GC_LEAF);
        for (size_t i = 0; i < st->count; i++) {
            const name_rec_t *r = st->names[i];
            index_insert(index, n, r->hash, (es_qstr_t)(i + ES_Q_N_STATIC));
        }
        es_gc_free(st->index);
        st->index = index;
        st->index_size = n;
    }
}

es_qstr_t es_intern(const char *s, size_t len) {
    uint32_t hash = es_hash_bytes(s, len);
    es_qstr_t q = find_static(s, len, hash);
    if (q == ES_Q_NULL) {
        q = find_runtime(s, len, hash);
    }
    if (q != ES_Q_NULL) {
        return q;
    }
    reserve_one();
    name_rec_t *r = es_gc_alloc(sizeof(name_rec_t) + len + 1, ES_GC_LEAF);
    r->hash = hash;
    r->len = (uint32_t)len;
    memcpy(r->text, s, len);
    es_intern_state_t *st = &es_g.intern;
    q = (es_qstr_t)(st->count + ES_Q_N_STATIC);
    st->names[st->count++] = r;
    st->bytes += len + 1;
    index_insert(st->index, st->index_size, hash, q);
    return q;
}

es_qstr_t es_intern_cstr(const char *s) {
    return es_intern(s, strlen(s));
}

const char *es_qstr_str(es_qstr_t q, size_t *len) {
    if (q < ES_Q_N_STATIC) {
        const es_intern_entry_t *e = &es_intern_static[q];
        if (len) {
            *len = es_rom_u16(&e->len);
        }
        return es_intern_text + es_rom_u16(&e->offset);
    }
    const name_rec_t *r = rt_name(q);
    if (len) {
        *len = r->len;
    }
    return r->text;
}

size_t es_qstr_len(es_qstr_t q) {
    size_t len;
    es_qstr_str(q, &len);
    return len;
}

uint32_t es_qstr_hash(es_qstr_t q) {
    return q < ES_Q_N_STATIC ? es_intern_static[q].hash : rt_name(q)->hash;
}

void es_intern_stats(size_t *n_names, size_t *n_bytes) {
    *n_names = es_g.intern.count;
    *n_bytes = es_g.intern.bytes;
}

void es_intern_reset(void) {
    memset(&es_g.intern, 0, sizeof(es_g.intern));
}
