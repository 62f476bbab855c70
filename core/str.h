// SPDX-License-Identifier: MIT
// The str type: immutable UTF-8 text. A str value is either an interned
// name (es_is_qstr) or a heap es_str_t; every function here accepts both.
// Indexing and len count code points; a str object caches its code-point
// count, so ASCII text (chars == len) takes byte-indexed fast paths.
#ifndef ES_STR_H
#define ES_STR_H

#include "obj.h"

typedef struct es_str {
    es_obj_t base;
    uint32_t hash;   // es_hash_bytes of the text; 0 = not computed yet
    uint32_t chars;  // number of code points (== len for ASCII text)
    size_t len;      // bytes, without the terminating NUL
    char data[];     // NUL-terminated UTF-8
} es_str_t;

extern const es_type_t es_type_str;

// A new str object holding a copy of [len] bytes at [s] (valid UTF-8 is
// assumed). Not interned. Raises MemoryError.
es_val_t es_str_new(const char *s, size_t len);
// Same for a NUL-terminated C string.
es_val_t es_str_from_cstr(const char *s);
// The bytes of str value [s] (qstr or object), NUL-terminated, and their
// count in [len] when not NULL. Valid while [s] is alive.
const char *es_str_data(es_val_t s, size_t *len);
// Is [v] a str (interned name or str object)?
bool es_is_str(es_val_t v);
// The text of [v] (length in [len] when not NULL), which function [fn]
// takes as argument [arg]; TypeError "fn() argument 'arg' must be str, not
// T" (CPython's text) when [v] is no str. str subclass instances count.
const char *es_str_arg(es_val_t v, const char *fn, const char *arg,
    size_t *len);
// The interned-name value with the text of [s] (interns it if needed).
// Raises MemoryError.
es_val_t es_str_intern(es_val_t s);
// Hash of [s]'s text (es_hash_bytes); cached in str objects.
uint32_t es_str_hash(es_val_t s);
// Do two str values hold the same text? Never allocates.
bool es_str_equal(es_val_t a, es_val_t b);

// --- building strs without a copy (core/str.c)
// A str object of [len] bytes whose data the caller fills in before
// calling es_str_done. Raises MemoryError.
es_str_t *es_str_alloc(size_t len);
// Finish a str from es_str_alloc: counts its code points; returns the value.
es_val_t es_str_done(es_str_t *s);
// Shrink a str from es_str_alloc to [len] bytes, then es_str_done.
es_val_t es_str_done_len(es_str_t *s, size_t len);
// Length of the valid UTF-8 sequence at s[0..n) (n >= 1), or 0 when it
// is invalid or cut short; *why then names the problem as CPython does.
size_t es_utf8_seq(const uint8_t *s, size_t n, const char **why);
// Raise UnicodeError for a byte that codec [enc] cannot decode, with
// CPython's text.
ES_NORETURN void es_raise_decode_error(const char *enc, uint8_t byte,
    size_t pos, const char *why);
// Offset of the first invalid UTF-8 sequence in the [len] bytes at [s]
// (*why then names the problem, as es_utf8_seq), or [len] when all are
// valid.
size_t es_utf8_bad(const char *s, size_t len, const char **why);
// Check that [len] bytes at [s] are valid UTF-8, as every str must be:
// text that comes from outside (files, the console) passes here before it
// becomes a str. Raises UnicodeError (CPython's decode message).
void es_utf8_validate(const char *s, size_t len);
// A str of the [len] bytes at [s] from outside (a filesystem's names, the
// environment): es_utf8_validate, then es_str_new.
es_val_t es_str_new_utf8(const char *s, size_t len);
// The [len] bytes at [s] from outside interned as a name that must not
// fail (a command-line argument, a file's path): each invalid UTF-8
// sequence becomes U+FFFD, as bytes.decode(errors='replace').
es_qstr_t es_intern_lossy(const char *s, size_t len);
// Number of code points in [len] bytes of UTF-8 at [s].
size_t es_utf8_count(const char *s, size_t len);
// The one-code-point str starting at byte [s] of length [n] bytes; ASCII
// characters come from a const table and allocate nothing.
es_val_t es_str_char(const char *s, size_t n);
// The str for code point [c] (chr()). Raises ValueError out of range.
es_val_t es_str_from_codepoint(uint32_t c);
// The empty str (a constant; allocates nothing).
es_val_t es_str_empty(void);

// Decode the code point at [s] (valid UTF-8); its byte count in *n.
uint32_t es_str_decode(const char *s, size_t *n);
// Encode code point [c] into [buf] (4 bytes room); returns the byte count.
size_t es_str_encode(uint32_t c, char *buf);
// Byte offset of code point [i] in [len] bytes of UTF-8 at [s] (clipped to
// len).
size_t es_str_offset(const char *s, size_t len, size_t i);
// Byte position of str [needle] in str [hay] between byte offsets [start]
// and [end] (clipped), searching forwards; -1 when absent. No allocation.
es_int_t es_str_find_bytes(es_val_t hay, es_val_t needle, size_t start,
    size_t end);

// [s] with every non-ASCII code point written as \xNN, \uNNNN or
// \UNNNNNNNN (ascii() applies it to a repr). Raises MemoryError.
es_val_t es_str_ascii(es_val_t s);

// Is code point [c] printable (repr keeps it, str.isprintable)?
bool es_str_printable(uint32_t c);

// Print [len] bytes of text at [s] as a Python str literal (repr).
void es_str_print_repr(const es_print_t *p, const char *s, size_t len);

// Methods table and the functions str.c and the method files share.
extern const struct es_dict es_str_locals;
// Raise TypeError "must be str, not int" style for argument [v].
ES_NORETURN void es_str_raise_need_str(es_val_t v);

#endif
