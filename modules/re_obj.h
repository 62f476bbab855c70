// SPDX-License-Identifier: MIT
// The re module's objects and the helpers its files share: Pattern
// (modules/re.c), Match, the finditer iterator and sub (modules/re_match.c),
// and the subject of a match with its byte/code-point conversions.
#ifndef ES_RE_OBJ_H
#define ES_RE_OBJ_H

#include "re.h"

typedef struct re_pattern {
    es_obj_t base;      // es_type_re_pattern
    re_prog_t prog;
    es_val_t source;    // the pattern's str or bytes
    uint32_t flags;     // as CPython reports them (re.U added for str)
} re_pattern_t;

static inline re_pattern_t *P(es_val_t v) {
    return (re_pattern_t *)es_obj(v);
}

extern const es_type_t es_type_re_pattern, es_type_re_match;

// The subject of a match: a str, or a bytes-like object for a bytes
// pattern. [ascii]: byte offsets are code point indexes (bytes, or a str
// of ASCII text).
typedef struct re_subject {
    es_val_t v;
    const uint8_t *s;
    size_t len;
    bool ascii, text;
} re_subject_t;

// Read [v] as the subject of pattern [p]: TypeError for a str with a bytes
// pattern, bytes with a str pattern or anything else, as CPython's.
void es_re_subject(re_subject_t *sj, es_val_t v, const re_pattern_t *p);
// Read a bytes-like subject's data again (a sub() callback may have
// resized a bytearray).
void es_re_refresh(re_subject_t *sj);
// The byte offset of code point index [i], clipped to [0, len].
size_t es_re_offset(const re_subject_t *sj, es_int_t i);
// The code point index of byte offset [off].
es_int_t es_re_index(const re_subject_t *sj, uint32_t off);
// s[a:b] as a value of the subject's kind (str, or bytes for any
// bytes-like subject), clipped to the current length. Raises MemoryError.
es_val_t es_re_slice(const re_subject_t *sj, size_t a, size_t b);

// Room for the slots of a run of [pattern] (a leaf block; give it back
// with es_gc_free).
uint32_t *es_re_slots(es_val_t pattern);

typedef enum { RE_MATCH, RE_SEARCH, RE_FULL } re_mode_t;
// Run [pattern] over the subject from byte [start] to [end] as [mode];
// true with [slots] filled on a match, false also when start > end.
bool es_re_search(es_val_t pattern, const re_subject_t *sj, size_t start,
    size_t end, re_mode_t mode, bool must_advance, uint32_t *slots);

// The successive matches of a pattern over a subject, as split, findall,
// finditer and sub take them (CPython's rules for empty matches).
typedef struct re_scan {
    es_val_t pattern;
    re_subject_t sj;
    size_t start, pos, end; // byte offsets: the pos given, the next, the end
    bool advance, done;     // no empty match at pos; no more matches
    uint32_t *slots;        // es_re_slots; the last match's
} re_scan_t;
// Start a scan of [pattern] over [string] from [pos] to [endpos] (ints in
// code points, or ES_NULL). Raises TypeError for a bad subject.
void es_re_scan_init(re_scan_t *sc, es_val_t pattern, es_val_t string,
    es_val_t pos, es_val_t endpos);
// The next match into sc->slots; false when there is none.
bool es_re_scan_next(re_scan_t *sc);

// A Match object for [slots] of [pattern] over [sj]; [pos] and [endpos]
// (byte offsets) are the bounds the search was given.
es_val_t es_re_match_new(es_val_t pattern, const re_subject_t *sj,
    const uint32_t *slots, size_t pos, size_t endpos);
// pattern.finditer(string, pos, endpos) (pos/endpos may be ES_NULL).
es_val_t es_re_iter_new(es_val_t pattern, es_val_t string, es_val_t pos,
    es_val_t endpos);
// pattern.sub(repl, string, count) or subn when [subn].
es_val_t es_re_sub(es_val_t pattern, es_val_t repl, es_val_t string,
    es_int_t count, bool subn);

// Bind a call's arguments (modules/re.c): [n_args] positionals and
// [n_kw] keywords of [fname] to the [n] parameters [names] into [out]
// (ES_NULL when not given); the first [req] are required.
void es_re_args(es_qstr_t fname, size_t n_args, size_t n_kw,
    const es_val_t *args, size_t n, const es_qstr_t *names, size_t req,
    es_val_t *out);

#endif
