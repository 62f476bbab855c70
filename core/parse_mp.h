// SPDX-License-Identifier: MIT
// MicroPython's parse-time features (core/parse_mp.c): const() folding
// and the @micropython decorators. Internal to the parser.
#ifndef ES_PARSE_MP_H
#define ES_PARSE_MP_H

#include "parse_int.h"

// A CONST node for [name] when an earlier `name = const(...)` of the same
// source defined it, else NULL. Raises MemoryError.
node_t *es_parse_mp_name(parser_t *p, es_qstr_t name, uint32_t line);
// Statement [s] (an ASSIGN or ANNASSIGN) after const() folding: [s] itself
// with the call replaced by its value, a PASS for a private `_NAME`, or [s]
// unchanged when it is no `NAME = const(...)`. Raises SyntaxError when the
// argument is not a constant expression, MemoryError.
node_t *es_parse_mp_const(parser_t *p, node_t *s);
// Is decorator [d] one the compiler drops (@micropython.bytecode or
// .native, which runs as bytecode)? Raises SyntaxError for any other
// @micropython.X but viper, which stays a call.
bool es_parse_mp_decorator(parser_t *p, node_t *d);

#endif
