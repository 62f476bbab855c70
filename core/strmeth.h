// SPDX-License-Identifier: MIT
// Private to the str implementation (str_methods.c, str_split.c,
// format.c): a view of a str argument's text and the method objects that
// live outside str_methods.c.
#ifndef ES_STRMETH_H
#define ES_STRMETH_H

#include "fun.h"
#include "obj.h"

// The text of a str value: bytes, byte length, code points.
typedef struct es_text {
    const char *s;
    size_t len;
    size_t chars;
} es_text_t;

// Fill [t] from str value [v]; TypeError "must be str, not T" otherwise.
void es_text_get(es_text_t *t, es_val_t v);
// Is [c] an ASCII whitespace byte (str.isspace: also \x1c-\x1f)?
bool es_text_isspace(uint8_t c);
// Is code point [c] whitespace (ASCII's and Unicode's White_Space set, as
// str.split() and str.strip() use)?
bool es_text_space_cp(uint32_t c);
// Byte length of the whitespace code point starting at s[i] (i < len, a
// code point boundary or continuation byte), or 0.
size_t es_text_space_at(const char *s, size_t len, size_t i);
// Byte length of the whitespace code point ending just before s[j], or 0.
size_t es_text_space_before(const char *s, size_t j);

extern const es_fun_builtin_t es_str_split_obj, es_str_rsplit_obj,
    es_str_splitlines_obj, es_str_expandtabs_obj, es_str_join_obj,
    es_str_translate_obj, es_str_maketrans_obj, es_str_format_obj,
    es_str_format_map_obj;

#endif
