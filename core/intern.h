// SPDX-License-Identifier: MIT
// Interned names: identifiers, attribute names and source literals, each
// stored once and named by a small index that fits in a value's word.
// Names the firmware knows at build time come from a generated const table
// (tools/gen_intern.py collects every ES_Q(<name>) in the sources); a program's
// own names are added at run time to pools in the arena. Strings made at run
// time are not interned: they are str objects that cache their hash.
#ifndef ES_INTERN_H
#define ES_INTERN_H

#include "obj.h"

#include "gen/intern_gen.h" // enum of ES_Q_xxx, ES_Q_N_STATIC (generated)

// The build-time name for identifier [name], e.g. ES_Q(append). For a name
// that is not an identifier use ES_QS(<id>, "<text>") in a source file,
// e.g. ES_QS(empty, ""): the
// generator reads both forms. ES_Q_NULL (0) is "no name".
#define ES_Q(name) ES_Q_##name
#define ES_QS(id, text) ES_Q_##id

// The intern index of [len] bytes at [s], adding it when new. Raises
// MemoryError; the text is copied.
es_qstr_t es_intern(const char *s, size_t len);
// Same for a NUL-terminated string.
es_qstr_t es_intern_cstr(const char *s);
// The index if already interned, else ES_Q_NULL. Never allocates.
es_qstr_t es_intern_find(const char *s, size_t len);

// Text of [q] (NUL-terminated) and its length in bytes when [len] is not
// NULL. Valid for the interpreter's lifetime.
const char *es_qstr_str(es_qstr_t q, size_t *len);
size_t es_qstr_len(es_qstr_t q);
// The hash of [q]'s text; equal to es_hash_bytes() of the same bytes.
uint32_t es_qstr_hash(es_qstr_t q);

// The string hash used everywhere (str objects cache it). Never 0... (0 is
// used as "not computed yet" by str objects).
uint32_t es_hash_bytes(const char *s, size_t len);

// Number of names interned at run time and the bytes they use (qstr_info).
void es_intern_stats(size_t *n_names, size_t *n_bytes);

// Forget every run-time name (interpreter init/deinit).
void es_intern_reset(void);

#endif
