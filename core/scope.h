// SPDX-License-Identifier: MIT
// Scope analysis: for one top-level statement's parse tree, find every
// function, lambda, class and comprehension scope, the names each binds
// and uses, and decide for each name how the compiler reaches it: a fast
// local slot, a cell or free slot (closures), a global, or the locals dict
// (module and class bodies). Also numbers the slots of each code object.
#ifndef ES_SCOPE_H
#define ES_SCOPE_H

#include "parse.h"

enum { ES_SCOPE_MODULE, ES_SCOPE_CLASS, ES_SCOPE_FUNCTION, ES_SCOPE_COMP };

// Symbol flags. The first group is collected from the tree, the second
// is the resolution.
#define ES_SYM_BOUND 0x001    // assigned, imported, def'd... in this scope
#define ES_SYM_PARAM 0x002
#define ES_SYM_USED 0x004
#define ES_SYM_GLOBAL 0x008   // declared global
#define ES_SYM_NONLOCAL 0x010 // declared nonlocal
#define ES_SYM_LOCAL 0x020    // a slot of this code (maybe a cell)
#define ES_SYM_CELL 0x040     // captured by an inner scope: slot is a cell
#define ES_SYM_FREE 0x080     // comes from an enclosing scope's cell
#define ES_SYM_GLOBAL_IMPL 0x100 // not found around: global or builtin
#define ES_SYM_NAME 0x200     // module/class body: locals dict
#define ES_SYM_PASS 0x400     // class scope: free slot passed to methods

typedef struct es_sym {
    es_qstr_t name;
    uint16_t flags;
    uint16_t slot;
} es_sym_t;

typedef struct es_scope {
    struct es_scope *parent;
    struct es_scope *child, *sibling;
    es_node_t *node;         // DEF, LAMBDA, CLASS, comprehension, or NULL
    uint8_t kind;            // ES_SCOPE_*
    uint8_t n_pos, n_kwonly;
    uint16_t code_flags;     // ES_CODE_* of the code object
    uint16_t n_locals, n_free, n_cells;
    uint16_t n_syms, alloc;
    uint32_t decl_line;      // line of the first nonlocal statement
    es_sym_t *syms;
} es_scope_t;

// Analyze statement list [stmt] (linked through next) in module or class
// body [top] (kind set, no symbols needed for a module); sets sc of every
// nested scope node. Raises SyntaxError (through [p] for file and line),
// MemoryError, RecursionError.
void es_scope_analyze(es_parser_t *p, es_scope_t *top, es_node_t *stmt);

// Free the scopes [sc] and its siblings with everything below them (once
// compiled). Never raises.
void es_scope_free(es_scope_t *sc);

// The symbol [name] of [sc], or NULL.
es_sym_t *es_scope_find(const es_scope_t *sc, es_qstr_t name);

#endif
