// SPDX-License-Identifier: MIT
// The format-spec mini-language shared by format(), str.format, f-strings
// and %-formatting: "[[fill]align][sign][z][#][0][width][,_][.precision][type]",
// and the padding, alignment and sign helpers that apply it. Ints and strs
// are formatted here; other types format through their __format__.
#ifndef ES_FORMAT_H
#define ES_FORMAT_H

#include "obj.h"

typedef struct es_fmt_spec {
    char fill[5];      // UTF-8 of the fill character, NUL-terminated
    uint8_t fill_len;
    char align;        // '<', '>', '^', '=' or 0 (type's default)
    char sign;         // '+', '-', ' ' or 0
    bool alt;          // '#'
    bool zero;         // '0' before the width
    bool no_neg_zero;  // 'z'
    char grouping;     // ',', '_' or 0
    char type;         // presentation type, or 0
    size_t width;      // 0 = none
    es_int_t precision; // -1 = none
} es_fmt_spec_t;

// Parse [len] bytes of spec text at [s] into [spec]. Raises ValueError
// "Invalid format specifier '...' for object of type 'T'" naming [value]'s
// type when the text does not parse.
void es_format_parse(const char *s, size_t len, es_val_t value,
    es_fmt_spec_t *spec);
// Print [prefix] (sign, 0x...) and [body] ([chars] code points) padded to
// the spec's width and aligned ([dflt] when the spec gives no alignment;
// '=' puts the padding between prefix and body).
void es_format_pad(const es_print_t *p, const es_fmt_spec_t *spec,
    const char *prefix, size_t nprefix, const char *body, size_t nbody,
    size_t chars, char dflt);
// Print int [v] as [spec] says (types b c d o x X n and none).
void es_format_int(const es_print_t *p, es_val_t v, const es_fmt_spec_t *spec);

// format(value, spec): the FORMAT_VALUE opcode and format() builtin. [spec]
// is a str value (ES_NULL or '' for none). Returns a str value. May raise
// and call back into Python (__format__, __str__).
es_val_t es_format(es_val_t value, es_val_t spec);
// fmt % args for a str [fmt]: printf-style formatting (%s %r %a %d %i %u
// %x %X %o %c %%, flags, width, precision, %(name)s with a mapping).
es_val_t es_str_mod(es_val_t fmt, es_val_t args);
// The same for bytes % args, run on [fmt]'s latin-1 text: %s and %b print
// [text](arg) (bytes-like values as their latin-1 text), %r is %a.
es_val_t es_str_mod_text(es_val_t fmt, es_val_t args,
    es_val_t (*text)(es_val_t));

#endif
