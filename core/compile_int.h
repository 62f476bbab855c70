// SPDX-License-Identifier: MIT
// Internal interface between the statement compiler (core/compile.c) and
// the expression compiler (core/compile_expr.c). Not for other parts.
#ifndef ES_COMPILE_INT_H
#define ES_COMPILE_INT_H

#include "emit.h"

typedef es_node_t node_t;

// Push the value of expression [e].
void es_compile_expr(es_emit_t *em, node_t *e);
// Jump to [label] when [e]'s truth equals [when]; fall through otherwise.
void es_compile_cond(es_emit_t *em, node_t *e, uint32_t label, bool when);
// Pop the top of the stack into target [t] (name, attribute, subscript,
// tuple/list with an optional starred item).
void es_compile_store(es_emit_t *em, node_t *t);
void es_compile_store_name(es_emit_t *em, es_qstr_t name);
// Load, store or delete [name]: [op] is ES_OP_LOAD_NAME, STORE_NAME or
// DELETE_NAME and becomes the FAST/DEREF/GLOBAL form the scope says.
void es_compile_name(es_emit_t *em, es_qstr_t name, es_opcode_t op);
// await the value on top of the stack: -> the awaited result.
void es_compile_await(es_emit_t *em);
// def and class statements (the value is stored under the name).
void es_compile_def(es_emit_t *em, node_t *s);
void es_compile_class(es_emit_t *em, node_t *s);
// The body of a function ([is_class] false) or class, with its return.
void es_compile_body(es_emit_t *em, node_t *body, bool is_class);

#endif
