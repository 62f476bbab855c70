// SPDX-License-Identifier: MIT
// Printers: writing text to stdout, stderr or a growing string, and the
// formatted printing that error messages and reprs use.
#ifndef ES_PRINT_H
#define ES_PRINT_H

#include <stdarg.h>

#include "obj.h"

extern const es_print_t es_print_stdout, es_print_stderr;

void es_print_strn(const es_print_t *p, const char *s, size_t n);
void es_print_cstr(const es_print_t *p, const char *s);
// Formats: %s (C string), %.*s, %d %u %ld %lu %zu %x, %c, %q (es_qstr_t),
// %r (repr of es_val_t), %S (str of es_val_t), %T (type name of es_val_t).
// May raise (repr of a value may) and allocate.
void es_printf(const es_print_t *p, const char *fmt, ...);
void es_vprintf(const es_print_t *p, const char *fmt, va_list ap);

// A string being built in the arena (a growing buffer); the printer
// returned by es_vstr_printer appends to it.
typedef struct es_vstr {
    char *buf;
    size_t len, alloc;
    bool fixed;  // buf is the caller's (es_vstr_init_on), not the arena's
} es_vstr_t;
void es_vstr_init(es_vstr_t *v, size_t alloc); // raises MemoryError
// Start in the caller's [buf] of [size] bytes (e.g. on the C stack): no
// allocation until the text outgrows it, then it moves to the arena.
// Never raises; es_vstr_drop ends it.
void es_vstr_init_on(es_vstr_t *v, char *buf, size_t size);
// Give back the arena buffer, if any (the text is gone). Never raises.
void es_vstr_drop(es_vstr_t *v);
void es_vstr_add(es_vstr_t *v, const char *s, size_t n); // raises
void es_vstr_printer(es_vstr_t *v, es_print_t *p);
// Turn the buffer into a str value (the vstr is consumed).
es_val_t es_vstr_to_str(es_vstr_t *v);

#endif
