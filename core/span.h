// SPDX-License-Identifier: MIT
// The algorithms str and bytes methods share, over byte spans (pointer,
// length): searching, counting, affixes, padding, replace, split and ASCII
// case. A str's span is its UTF-8 text; only the places that step over
// code points (empty-needle replace, whitespace split, title case) ask
// which kind of span they work on.
#ifndef ES_SPAN_H
#define ES_SPAN_H

#include "obj.h"
#include "runtime.h"

// What a span is the text of, and the type of the values made from it.
typedef enum { ES_SPAN_STR, ES_SPAN_BYTES, ES_SPAN_BYTEARRAY } es_span_kind_t;

// The kind of [v]'s span: bytearray for a bytearray, else bytes.
es_span_kind_t es_span_kind_of(es_val_t v);
// A new value of [kind] holding s[0..n). May raise MemoryError.
es_val_t es_span_new(es_span_kind_t kind, const uint8_t *s, size_t n);

// The pending-event poll (runtime.h: Ctrl-C) for one step of a loop whose
// steps each cost about [len]: a search for a long needle (each candidate
// compares it), str.strip with a long set of characters (each stripped
// one is looked up in it). Up to ES_SPAN_POLL_LEN nothing polls: such loops
// are linear, at most that many times the span's length.
#define ES_SPAN_POLL_LEN 32
static inline void es_span_poll(size_t len) {
    if (len > ES_SPAN_POLL_LEN) {
        es_poll();
    }
}

// A set of byte values, a bit each: bytes.strip and bytes.translate look a
// byte up in it at once, not by scanning their argument (quadratic).
typedef struct {
    uint8_t bits[32];
} es_span_set_t;
// Fill [set] with the bytes s[0..n).
void es_span_set_init(es_span_set_t *set, const uint8_t *s, size_t n);
static inline bool es_span_set_has(const es_span_set_t *set, uint8_t c) {
    return (set->bits[c >> 3] >> (c & 7)) & 1;
}

// Position of the first (the last when [rev]) p[0..n) in hay[start, end),
// or -1 (also when end < start). An empty [p] is found at start (end).
// Quadratic for a long [p]: then each candidate polls (es_span_poll).
es_int_t es_span_find(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *p, size_t n, bool rev);
// Non-overlapping occurrences of p[0..n) (n > 0) in hay[start, end).
size_t es_span_count(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *p, size_t n);
// Does hay[start, end) begin (end, when [at_end]) with a[0..n)?
bool es_span_affix(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *a, size_t n, bool at_end);

// How many of [total] fill units ljust (0), rjust (1) and center (2) put
// before the text when padding to [width] (CPython's rounding).
size_t es_span_pad_left(size_t total, size_t width, int how);
// Write [left] copies of fill[0..fl), s[0..n), then [right] copies into
// [dst], which holds n + (left + right) * fl bytes.
void es_span_pad(uint8_t *dst, const uint8_t *s, size_t n,
    const uint8_t *fill, size_t fl, size_t left, size_t right);
// Write s[0..n) with [zeros] '0's inserted after a leading sign into [dst]
// (n + zeros bytes): zfill.
void es_span_zfill(uint8_t *dst, const uint8_t *s, size_t n, size_t zeros);

// The replacements replace() makes: the occurrences of old[0..m) in
// s[0..n), or [points] insertion points when m == 0, at most [max] of them
// (negative: no limit).
size_t es_span_replace_count(const uint8_t *s, size_t n, const uint8_t *old,
    size_t m, size_t points, es_int_t max);
// Write s[0..n) into [dst] with its first [count] occurrences of old[0..m)
// replaced by rep[0..k); an empty [old] inserts [rep] before each code
// point of a str span (each byte of a bytes span) and at the end. [dst]
// holds n + count * k - count * m bytes.
void es_span_replace(uint8_t *dst, es_span_kind_t kind, const uint8_t *s,
    size_t n, const uint8_t *old, size_t m, const uint8_t *rep, size_t k,
    size_t count);

// split (rsplit when [rev]) of s[0..n) at sep[0..m) (m > 0), or at runs of
// whitespace when [sep] is NULL (str's Unicode set or bytes' ASCII one),
// at most [max] times (negative: no limit): a new list of values of
// [kind]. May raise MemoryError.
es_val_t es_span_split(es_span_kind_t kind, const uint8_t *s, size_t n,
    const uint8_t *sep, size_t m, es_int_t max, bool rev);

// ASCII case conversions.
typedef enum {
    ES_SPAN_UPPER, ES_SPAN_LOWER, ES_SPAN_SWAP, ES_SPAN_CAP, ES_SPAN_TITLE
} es_span_case_t;
// Write s[0..n) converted by [how] into [dst] (n bytes). For title(), a
// non-ASCII byte of a str continues a word; of bytes, it ends one.
void es_span_recase(uint8_t *dst, const uint8_t *s, size_t n,
    es_span_case_t how, es_span_kind_t kind);
// isupper (islower when ![upper]): some cased ASCII letter, none of the
// other case.
bool es_span_cased(const uint8_t *s, size_t n, bool upper);

// Byte classes of the is*() tests; SPACE is bytes' ASCII whitespace.
typedef enum {
    ES_SPAN_DIGIT, ES_SPAN_ALPHA, ES_SPAN_ALNUM, ES_SPAN_ASCII, ES_SPAN_SPACE
} es_span_class_t;
// Is byte [c] of class [cls]?
bool es_span_class(uint8_t c, es_span_class_t cls);
// Does every byte of s[0..n) belong to [cls]? An empty span answers
// true only for ASCII (isascii('') is True, isdigit('') False).
bool es_span_all(const uint8_t *s, size_t n, es_span_class_t cls);

#endif
