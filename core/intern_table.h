// SPDX-License-Identifier: MIT
// Layout of the generated build-time intern table (tools/gen_intern.py).
// Private to core/intern.c and the generated gen/intern_data.c.
#ifndef ES_INTERN_TABLE_H
#define ES_INTERN_TABLE_H

#include "intern.h"

typedef struct es_intern_entry {
    uint32_t hash;
    uint16_t len;
    uint16_t offset; // into es_intern_text
} es_intern_entry_t;

extern const char es_intern_text[];
extern const es_intern_entry_t es_intern_static[];
extern const uint16_t es_intern_index[ES_Q_INDEX_SIZE];

#endif
