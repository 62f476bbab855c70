// SPDX-License-Identifier: MIT
// Internal interface between the parser's files (core/parse.c: statements
// and expressions; core/parse_lit.c: literals and f-strings). Not for other
// parts.
#ifndef ES_PARSE_INT_H
#define ES_PARSE_INT_H

#include "parse.h"

typedef es_node_t node_t;
typedef es_parser_t parser_t;

static inline es_tok_t tok(const parser_t *p) {
    return p->lx->tok;
}

static inline void next(parser_t *p) {
    es_lexer_next(p->lx);
}

static inline bool accept(parser_t *p, es_tok_t t) {
    if (p->lx->tok == t) {
        next(p);
        return true;
    }
    return false;
}

// A list being built: head and the next-pointer to fill.
typedef struct {
    node_t *head;
    node_t **tail;
} list_t;

static inline void list_init(list_t *l) {
    l->head = NULL;
    l->tail = &l->head;
}

// Append [n] (and whatever is linked after it; nothing when NULL).
static inline void list_add(list_t *l, node_t *n) {
    if (n == NULL) {
        return;
    }
    *l->tail = n;
    while (n->next != NULL) {
        n = n->next;
    }
    l->tail = &n->next;
}

// A zeroed node of [kind] from the parser's arena. Raises MemoryError.
node_t *es_parse_node(parser_t *p, int kind, uint32_t line);
// A CONST node holding [v].
node_t *es_parse_const(parser_t *p, es_val_t v, uint32_t line);
// Comma-separated expressions (a TUPLE when there is a comma); [star]
// allows *x items.
node_t *es_parse_testlist(parser_t *p, bool star);
// Append [n] bytes to the parser's scratch text buffer (p->sbuf).
void es_parse_sbuf_add(parser_t *p, const char *s, size_t n);
// The current INT / FLOAT or IMAG token as a value (not advanced).
es_val_t es_parse_int(parser_t *p);
es_val_t es_parse_float(parser_t *p, bool imag);
// One or more adjacent string tokens: a CONST str/bytes or a JOINED.
node_t *es_parse_strings(parser_t *p);

#endif
