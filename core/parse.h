// SPDX-License-Identifier: MIT
// The parser: tokens to a compact parse tree, one top-level statement at a
// time. Nodes are bump-allocated in arena blocks owned by the parser;
// es_parse_free() drops them all once the statement is compiled, so the
// compiler needs memory for the largest top-level statement only.
// Expressions use precedence climbing and statements explicit loops, so
// the C stack grows only with bracket and block nesting (both bounded and
// checked with es_stack_check).
#ifndef ES_PARSE_H
#define ES_PARSE_H

#include "lexer.h"

// Node kinds. Children: a, b, c, d; sequences are linked through next.
#define ES_NODES(X) \
    /* expressions */ \
    X(NAME)      /* val name */ \
    X(CONST)     /* val: None/True/False/Ellipsis/int/str/object */ \
    X(JOINED)    /* f-string: a parts (CONST str or FORMAT) */ \
    X(FORMAT)    /* a value, b spec (JOINED or NULL), op conversion 0..3 */ \
    X(BINOP)     /* op es_binary_op_t, a, b */ \
    X(UNARY)     /* op es_unary_op_t, a */ \
    X(NOT)       /* a */ \
    X(AND)       /* a values */ \
    X(OR)        /* a values */ \
    X(COMPARE)   /* a first, b CMPOP list */ \
    X(CMPOP)     /* op, a operand */ \
    X(IFEXP)     /* a test, b body, c orelse */ \
    X(LAMBDA)    /* a params, b body, sc */ \
    X(CALL)      /* a func, b args (exprs, STAR, DSTAR, KW) */ \
    X(KW)        /* val name, a value */ \
    X(STAR)      /* a */ \
    X(DSTAR)     /* a */ \
    X(ATTR)      /* a obj, val name */ \
    X(SUBSCR)    /* a obj, b index */ \
    X(SLICE)     /* a lower, b upper, c step (NULL = None) */ \
    X(TUPLE)     /* a elements */ \
    X(LIST)      /* a elements */ \
    X(SET)       /* a elements */ \
    X(DICT)      /* a KV or DSTAR items */ \
    X(KV)        /* a key, b value */ \
    X(LISTCOMP)  /* a elt, b COMPFOR list, sc */ \
    X(SETCOMP) \
    X(DICTCOMP)  /* a KV */ \
    X(GENEXP) \
    X(COMPFOR)   /* a target, b iter, c ifs */ \
    X(YIELD)     /* a value or NULL */ \
    X(YIELDFROM) /* a */ \
    X(AWAIT)     /* a */ \
    X(NAMEDEXPR) /* a NAME target, b value */ \
    /* statements */ \
    X(EXPR)      /* a */ \
    X(ASSIGN)    /* a targets, b value */ \
    X(AUGASSIGN) /* op, a target, b value */ \
    X(ANNASSIGN) /* a target, b annotation, c value or NULL */ \
    X(IF)        /* a test, b body, c orelse */ \
    X(WHILE)     /* a test, b body, c orelse */ \
    X(FOR)       /* a target, b iter, c body, d orelse; flag ASYNC */ \
    X(TRY)       /* a body, b HANDLER list, c orelse, d finalbody */ \
    X(HANDLER)   /* a type or NULL, val name or 0, b body */ \
    X(WITH)      /* a WITHITEM list, b body; flag ASYNC */ \
    X(WITHITEM)  /* a expr, b target or NULL */ \
    X(DEF)       /* val name, a params, b body, c decorators, sc; \
                    flag ASYNC */ \
    X(PARAM)     /* val name, a default, op ES_PARAM_* */ \
    X(CLASS)     /* val name, a args (as CALL), b body, c decorators, sc */ \
    X(RETURN)    /* a or NULL */ \
    X(DELETE)    /* a targets */ \
    X(PASS) X(BREAK) X(CONTINUE) \
    X(RAISE)     /* a exc, b cause */ \
    X(GLOBAL)    /* a NAME list */ \
    X(NONLOCAL)  /* a NAME list */ \
    X(ASSERT)    /* a test, b msg */ \
    X(IMPORT)    /* a ALIAS list */ \
    X(IMPORTFROM) /* val module name or 0, op level, a ALIAS list (NULL: *) */ \
    X(ALIAS)     /* val dotted name, a NAME (as) or NULL */

typedef enum {
#define ES_NODE_ENUM(name) ES_N_##name,
    ES_NODES(ES_NODE_ENUM)
#undef ES_NODE_ENUM
    ES_N_KINDS
} es_node_kind_t;

// Parameter kinds (PARAM op).
enum { ES_PARAM_POS, ES_PARAM_KWONLY, ES_PARAM_VARARGS, ES_PARAM_VARKW };

struct es_scope;

typedef struct es_node {
    uint8_t kind;         // es_node_kind_t
    uint8_t op;
    uint16_t flags;       // kind-specific (ES_NODE_*)
    uint32_t line;
    es_val_t val;
    struct es_node *a, *b, *c;
    union {
        struct es_node *d;
        struct es_scope *sc; // DEF, CLASS, LAMBDA, comprehensions
    };
    struct es_node *next;
} es_node_t;

// Node flags.
#define ES_NODE_PAREN 0x1   // a parenthesized expression (TUPLE, YIELD)
#define ES_NODE_POSONLY 0x2 // PARAM before a '/'
#define ES_NODE_ASYNC 0x4   // DEF, FOR, WITH after 'async'

// The parser: a lexer plus the node arena.
typedef struct es_parser {
    es_lexer_t *lx;
    void *blocks;         // chain of node blocks (first word: previous)
    char *fill, *limit;   // free room in the current block
    char *sbuf;           // string-literal concatenation buffer
    size_t slen, salloc;
    bool trial;           // parsing only to choose an error message
    es_qstr_t last_name;  // the last NAME token read
    es_val_t consts;      // dict of const() names, or ES_NULL (parse_mp.c)
} es_parser_t;

// Start parsing from [lx] (already initialized). Never raises.
void es_parse_init(es_parser_t *p, es_lexer_t *lx);
// Parse one statement (a compound statement, or a line of simple ones
// linked through next); NULL at the end of input. In [single] mode (the
// prompt) the input is one statement. Raises SyntaxError, MemoryError,
// RecursionError.
es_node_t *es_parse_stmt(es_parser_t *p);
// Parse an expression list (eval mode) up to the end of input.
es_node_t *es_parse_eval(es_parser_t *p);
// Free all nodes made so far. Never raises.
void es_parse_free(es_parser_t *p);

// Raise SyntaxError [msg] at [line] of the parsed file, for an error found
// while parsing: as CPython, a token error later in the source (or an
// unclosed bracket) is reported instead when there is one.
ES_NORETURN void es_parse_error(es_parser_t *p, uint32_t line,
    const char *msg);
// Same for errors found after parsing (scopes, compiling): no scan.
ES_NORETURN void es_parse_error_late(es_parser_t *p, uint32_t line,
    const char *msg);

#endif
