// SPDX-License-Identifier: MIT
// The parser (see parse.h): expressions by precedence climbing, statements
// by explicit loops. Literals become values here (names interned, ints
// parsed, strings decoded and concatenated, f-strings split into parts);
// targets of assignments are checked here, names and scopes later
// (core/scope.c).
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "nlr.h"
#include "intern.h"
#include "parse.h"
#include "parse_int.h"
#include "parse_mp.h"
#include "rom.h"

#define NODE_BLOCK 512

// Precedence levels of binary operators, lowest first.
enum { P_NONE, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND, P_SHIFT,
    P_ADD, P_MUL, P_UNARY, P_POW };

// What parse_expr accepts besides a plain expression.
enum { E_STAR = 1, E_WALRUS = 2 };

static node_t *parse_expr(parser_t *p, int allow);
static node_t *parse_binary(parser_t *p, int min);
static node_t *parse_targets(parser_t *p);
static node_t *parse_block(parser_t *p, const char *what, uint32_t line);
static node_t *parse_stmt_list(parser_t *p);
static const char *target_what(const node_t *e);

// An expression (test), a named expression (test [':=' test]), a star
// expression or named expression (in displays and targets), a star
// expression or test (in expression lists): one parse_expr each, so that a
// bracket level of source costs two C frames (this and parse_binary).
__attribute__((always_inline)) static inline node_t *parse_test(parser_t *p) {
    return parse_expr(p, 0);
}

static inline node_t *parse_named(parser_t *p) {
    return parse_expr(p, E_WALRUS);
}

static inline node_t *parse_star_named(parser_t *p) {
    return parse_expr(p, E_STAR | E_WALRUS);
}

static inline node_t *parse_star_test(parser_t *p) {
    return parse_expr(p, E_STAR);
}

// --- basics

void es_parse_init(parser_t *p, es_lexer_t *lx) {
    memset(p, 0, sizeof(*p));
    p->lx = lx;
}

void es_parse_free(parser_t *p) {
    void *b = p->blocks;
    while (b != NULL) {
        void *prev = *(void **)b;
        es_gc_free(b);
        b = prev;
    }
    p->blocks = NULL;
    p->fill = p->limit = NULL;
}

// As CPython, a parse error gives way to a token error anywhere later in
// the source, or to a bracket left open since an earlier line.
static ES_NORETURN void fail(parser_t *p, const es_type_t *type,
    uint32_t line, const char *msg) {
    es_lexer_t *lx = p->lx;
    if (!p->trial && !lx->expr_only && !lx->failed) {
        es_nlr_buf_t buf;
        lx->scan_only = true;
        if (es_nlr_push(&buf) == 0) {
            while (lx->tok != ES_TOK_EOF) {
                es_lexer_next(lx);
            }
            es_nlr_pop();
        } else if (!lx->soft) {
            es_raise(buf.value); // a token error wins
        }
        lx->failed = false;
        if (lx->paren > 0 && lx->paren_line[lx->paren - 1] < (uint16_t)line) {
            es_lexer_unclosed(lx);
        }
    }
    es_lexer_error(type, lx->file, line, msg);
}

void es_parse_error(parser_t *p, uint32_t line, const char *msg) {
    fail(p, &es_type_SyntaxError, line, msg);
}

void es_parse_error_late(parser_t *p, uint32_t line, const char *msg) {
    es_lexer_error(&es_type_SyntaxError, p->lx->file, line, msg);
}

// Can [t] end an expression / start one that follows without an operator?
static bool ends_expr(es_tok_t t) {
    return t == ES_TOK_NAME || (t >= ES_TOK_INT && t <= ES_TOK_FSTRING)
        || t == ES_TOK_KW_NONE || t == ES_TOK_KW_TRUE || t == ES_TOK_KW_FALSE
        || t == ES_TOK_RPAR || t == ES_TOK_RSQB || t == ES_TOK_RBRACE
        || t == ES_TOK_ELLIPSIS;
}

static bool begins_expr(es_tok_t t) {
    return t == ES_TOK_NAME || (t >= ES_TOK_INT && t <= ES_TOK_FSTRING)
        || t == ES_TOK_KW_NONE || t == ES_TOK_KW_TRUE || t == ES_TOK_KW_FALSE
        || t == ES_TOK_LBRACE || t == ES_TOK_ELLIPSIS || t == ES_TOK_KW_NOT
        || t == ES_TOK_KW_LAMBDA || t == ES_TOK_TILDE;
}

// Does an expression parse from the current token? (The lexer moves on;
// only used to choose an error message.) A token error met is raised.
static bool trial_parse(parser_t *p) {
    es_nlr_buf_t buf;
    p->trial = true;
    if (es_nlr_push(&buf) == 0) {
        parse_test(p);
        es_nlr_pop();
        p->trial = false;
        return true;
    }
    p->trial = false;
    if (p->lx->failed) {
        es_raise(buf.value); // a token error wins
    }
    return false;
}

// CPython's "Perhaps you forgot a comma?": inside brackets, an expression
// directly followed by another one that parses; and Python 2's print and
// exec statements.
static void check_comma(parser_t *p, uint32_t line) {
    es_lexer_t *lx = p->lx;
    if (lx->expr_only || p->trial || !ends_expr(lx->prev)
        || !begins_expr(lx->tok)) {
        return;
    }
    es_qstr_t name = p->last_name;
    bool legacy = lx->prev == ES_TOK_NAME
        && (name == ES_Q(print) || name == ES_Q(exec));
    if (!legacy && lx->prev == ES_TOK_NAME && lx->tok == ES_TOK_STRING) {
        return;
    }
    if (!trial_parse(p)) {
        return;
    }
    if (legacy) {
        es_parse_error(p, line, name == ES_Q(print)
            ? ES_ERR("Missing parentheses in call to 'print'. Did you mean print(...)?")
            : ES_ERR("Missing parentheses in call to 'exec'. Did you mean exec(...)?"));
    }
    if (lx->prev_paren > 0) { // the second one ends inside brackets
        es_parse_error(p, line,
            ES_ERR("invalid syntax. Perhaps you forgot a comma?"));
    }
}

// "invalid syntax" at the current token, unless (as CPython) the missing
// comma case applies, or the rest of the source has a token error, or an
// open bracket from an earlier line is never closed.
static ES_NORETURN void syntax(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    if (!p->trial && !p->lx->expr_only) {
        check_comma(p, line);
    }
    es_parse_error(p, line, ES_ERR("invalid syntax"));
}




static void expect(parser_t *p, es_tok_t t) {
    if (!accept(p, t)) {
        syntax(p);
    }
}

node_t *es_parse_node(parser_t *p, int kind, uint32_t line) {
    size_t size = (sizeof(node_t) + 7) & ~(size_t)7;
    if (p->fill == NULL || p->fill + size > p->limit) {
        char *b = es_gc_alloc(NODE_BLOCK, 0);
        *(void **)b = p->blocks;
        p->blocks = b;
        p->fill = b + 8;
        p->limit = b + NODE_BLOCK;
    }
    node_t *n = (node_t *)p->fill;
    p->fill += size;
    memset(n, 0, sizeof(*n));
    n->kind = (uint8_t)kind;
    n->line = line;
    return n;
}

static node_t *node1(parser_t *p, int kind, uint32_t line, node_t *a) {
    node_t *n = es_parse_node(p, kind, line);
    n->a = a;
    return n;
}

static node_t *node2(parser_t *p, int kind, uint32_t line, node_t *a,
    node_t *b) {
    node_t *n = node1(p, kind, line, a);
    n->b = b;
    return n;
}



static es_qstr_t tok_name(parser_t *p) {
    if (tok(p) != ES_TOK_NAME) {
        syntax(p);
    }
    es_qstr_t q = es_intern(p->lx->buf, p->lx->len);
    p->last_name = q;
    next(p);
    return q;
}

// Can the current token start an expression?
static bool starts_expr(es_tok_t t) {
    switch (t) {
        case ES_TOK_NAME: case ES_TOK_INT: case ES_TOK_FLOAT:
        case ES_TOK_IMAG: case ES_TOK_STRING: case ES_TOK_BYTES:
        case ES_TOK_FSTRING: case ES_TOK_KW_FALSE: case ES_TOK_KW_NONE:
        case ES_TOK_KW_TRUE: case ES_TOK_KW_LAMBDA: case ES_TOK_KW_NOT:
        case ES_TOK_KW_AWAIT: case ES_TOK_LPAR: case ES_TOK_LSQB:
        case ES_TOK_LBRACE: case ES_TOK_ELLIPSIS: case ES_TOK_TILDE:
        case ES_TOK_PLUS: case ES_TOK_MINUS: case ES_TOK_STAR:
        case ES_TOK_KW_YIELD:
            return true;
        default:
            return false;
    }
}

// --- atoms and trailers

// A comprehension: [elt] then one or more for clauses.
static node_t *parse_comp(parser_t *p, int kind, node_t *elt) {
    node_t *n = node1(p, kind, elt->line, elt);
    list_t fors;
    list_init(&fors);
    while (tok(p) == ES_TOK_KW_FOR) {
        node_t *f = es_parse_node(p, ES_N_COMPFOR, p->lx->tok_line);
        next(p);
        f->a = parse_targets(p);
        expect(p, ES_TOK_KW_IN);
        f->b = parse_binary(p, P_OR);
        list_t ifs;
        list_init(&ifs);
        while (accept(p, ES_TOK_KW_IF)) {
            node_t *c = parse_binary(p, P_OR);
            if (tok(p) == ES_TOK_WALRUS) {
                syntax(p);
            }
            list_add(&ifs, c);
        }
        f->c = ifs.head;
        list_add(&fors, f);
    }
    n->b = fors.head;
    return n;
}

static node_t *parse_dict_item(parser_t *p);

// Elements of a display up to [close]; [first] is parsed. The others are
// dict items if [dict], else star or named expressions. Out of line, like
// every list the parser builds: parse_binary's frame, on the C stack at
// every bracket level, stays small.
__attribute__((noinline)) static node_t *parse_elements(parser_t *p,
        node_t *first, es_tok_t close, bool dict) {
    list_t l;
    list_init(&l);
    list_add(&l, first);
    while (accept(p, ES_TOK_COMMA) && tok(p) != close) {
        list_add(&l, dict ? parse_dict_item(p) : parse_star_named(p));
    }
    return l.head;
}

static node_t *parse_yield(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    next(p);
    if (accept(p, ES_TOK_KW_FROM)) {
        return node1(p, ES_N_YIELDFROM, line, parse_test(p));
    }
    node_t *v = starts_expr(tok(p)) ? es_parse_testlist(p, true) : NULL;
    return node1(p, ES_N_YIELD, line, v);
}

static node_t *parse_paren(parser_t *p, uint32_t line) {
    if (accept(p, ES_TOK_RPAR)) {
        return es_parse_node(p, ES_N_TUPLE, line);
    }
    node_t *e;
    if (tok(p) == ES_TOK_KW_YIELD) {
        e = parse_yield(p);
    } else {
        e = parse_star_named(p);
        if (tok(p) == ES_TOK_KW_FOR) {
            e = parse_comp(p, ES_N_GENEXP, e);
        } else if (tok(p) == ES_TOK_COMMA) {
            e = node1(p, ES_N_TUPLE, line,
                parse_elements(p, e, ES_TOK_RPAR, false));
        } else if (e->kind == ES_N_STAR) {
            syntax(p);
        }
    }
    e->flags |= ES_NODE_PAREN;
    expect(p, ES_TOK_RPAR);
    return e;
}

static node_t *parse_list(parser_t *p, uint32_t line) {
    if (accept(p, ES_TOK_RSQB)) {
        return es_parse_node(p, ES_N_LIST, line);
    }
    node_t *e = parse_star_named(p);
    if (tok(p) == ES_TOK_KW_FOR) {
        e = parse_comp(p, ES_N_LISTCOMP, e);
    } else {
        e = node1(p, ES_N_LIST, line, parse_elements(p, e, ES_TOK_RSQB, false));
    }
    expect(p, ES_TOK_RSQB);
    return e;
}

// A dict item: KV or DSTAR.
static node_t *parse_dict_item(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    if (accept(p, ES_TOK_DSTAR)) {
        return node1(p, ES_N_DSTAR, line, parse_binary(p, P_BOR));
    }
    node_t *k = parse_test(p);
    if (!accept(p, ES_TOK_COLON)) {
        es_parse_error(p, line, ES_ERR("':' expected after dictionary key"));
    }
    return node2(p, ES_N_KV, line, k, parse_test(p));
}

static node_t *parse_brace(parser_t *p, uint32_t line) {
    if (accept(p, ES_TOK_RBRACE)) {
        return es_parse_node(p, ES_N_DICT, line);
    }
    node_t *e;
    if (tok(p) == ES_TOK_DSTAR) {
        e = parse_dict_item(p);
    } else {
        e = parse_star_named(p);
        if (accept(p, ES_TOK_COLON)) {
            e = node2(p, ES_N_KV, line, e, parse_test(p));
        }
    }
    bool dict = e->kind == ES_N_KV || e->kind == ES_N_DSTAR;
    if (tok(p) == ES_TOK_KW_FOR) {
        if (e->kind == ES_N_DSTAR) {
            syntax(p);
        }
        e = parse_comp(p, dict ? ES_N_DICTCOMP : ES_N_SETCOMP, e);
    } else {
        e = node1(p, dict ? ES_N_DICT : ES_N_SET, line,
            parse_elements(p, e, ES_TOK_RBRACE, dict));
    }
    expect(p, ES_TOK_RBRACE);
    return e;
}

static node_t *parse_atom(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    es_tok_t t = tok(p);
    es_val_t v;
    switch (t) {
        case ES_TOK_NAME: {
            es_qstr_t name = tok_name(p);
            node_t *n = es_parse_mp_name(p, name, line);
            if (n == NULL) {
                n = es_parse_node(p, ES_N_NAME, line);
                n->val = es_qstr_val(name);
            }
            return n;
        }
        case ES_TOK_INT: v = es_parse_int(p); break;
        case ES_TOK_FLOAT: v = es_parse_float(p, false); break;
        case ES_TOK_IMAG: v = es_parse_float(p, true); break;
        case ES_TOK_STRING: case ES_TOK_BYTES: case ES_TOK_FSTRING:
            return es_parse_strings(p);
        case ES_TOK_KW_NONE: v = ES_NONE; break;
        case ES_TOK_KW_TRUE: v = ES_TRUE; break;
        case ES_TOK_KW_FALSE: v = ES_FALSE; break;
        case ES_TOK_ELLIPSIS: v = ES_ELLIPSIS; break;
        case ES_TOK_LPAR: case ES_TOK_LSQB: case ES_TOK_LBRACE:
            es_stack_check();
            next(p);
            return t == ES_TOK_LPAR ? parse_paren(p, line)
                : t == ES_TOK_LSQB ? parse_list(p, line)
                : parse_brace(p, line);
        default:
            syntax(p);
    }
    next(p);
    return es_parse_const(p, v, line);
}

// Call arguments up to ')'.
// Out of line, like walrus_error: keeps its buffer off parse_args' frame,
// which is on the C stack once per nested call level.
__attribute__((noinline, cold)) static ES_NORETURN void repeated_kw_error(
        parser_t *p, uint32_t line, const node_t *a) {
    char msg[96] = "keyword argument repeated: ";
    size_t len;
    const char *name = es_qstr_str(es_qstr_get(a->val), &len);
    strncat(msg, name, len < 60 ? len : 60);
    es_parse_error(p, line, msg);
}

static node_t *parse_args(parser_t *p) {
    list_t l;
    list_init(&l);
    bool kw = false, dstar = false;
    size_t n = 0;
    while (tok(p) != ES_TOK_RPAR) {
        uint32_t line = p->lx->tok_line;
        node_t *a;
        if (accept(p, ES_TOK_STAR)) {
            if (dstar) {
                es_parse_error(p, line, ES_ERR("iterable argument unpacking "
                    "follows keyword argument unpacking"));
            }
            a = node1(p, ES_N_STAR, line, parse_test(p));
        } else if (accept(p, ES_TOK_DSTAR)) {
            a = node1(p, ES_N_DSTAR, line, parse_test(p));
            dstar = true;
        } else {
            a = parse_named(p);
            if (accept(p, ES_TOK_ASSIGN)) {
                if (a->kind != ES_N_NAME || (a->flags & ES_NODE_PAREN)) {
                    es_parse_error(p, line, ES_ERR("expression cannot "
                        "contain assignment, perhaps you meant \"==\"?"));
                }
                for (node_t *q = l.head; q != NULL; q = q->next) {
                    if (q->kind == ES_N_KW && q->val == a->val) {
                        repeated_kw_error(p, line, a);
                    }
                }
                node_t *k = node1(p, ES_N_KW, line, parse_test(p));
                k->val = a->val;
                a = k;
                kw = true;
            } else if (tok(p) == ES_TOK_KW_FOR) {
                a = parse_comp(p, ES_N_GENEXP, a);
                if (n > 0 || tok(p) == ES_TOK_COMMA) {
                    if (n > 0 || (next(p), tok(p) != ES_TOK_RPAR)) {
                        es_parse_error(p, line, ES_ERR(
                            "Generator expression must be parenthesized"));
                    }
                }
            } else if (dstar) {
                es_parse_error(p, line, ES_ERR("positional argument follows "
                    "keyword argument unpacking"));
            } else if (kw) {
                es_parse_error(p, line, ES_ERR(
                    "positional argument follows keyword argument"));
            }
        }
        list_add(&l, a);
        n++;
        if (!accept(p, ES_TOK_COMMA)) {
            break;
        }
    }
    expect(p, ES_TOK_RPAR);
    return l.head;
}

// One subscript item: an expression or a slice.
static node_t *parse_slice_item(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    node_t *lower = NULL;
    if (tok(p) != ES_TOK_COLON) {
        lower = parse_star_named(p);
        if (tok(p) != ES_TOK_COLON) {
            return lower;
        }
    }
    node_t *s = es_parse_node(p, ES_N_SLICE, line);
    s->a = lower;
    next(p);
    es_tok_t t = tok(p);
    if (t != ES_TOK_COLON && t != ES_TOK_COMMA && t != ES_TOK_RSQB) {
        s->b = parse_test(p);
    }
    if (accept(p, ES_TOK_COLON)) {
        t = tok(p);
        if (t != ES_TOK_COMMA && t != ES_TOK_RSQB) {
            s->c = parse_test(p);
        }
    }
    return s;
}

// Out of line, like parse_elements.
__attribute__((noinline)) static node_t *parse_subscript(parser_t *p,
        uint32_t line) {
    node_t *first = parse_slice_item(p);
    if (tok(p) != ES_TOK_COMMA) {
        if (first->kind == ES_N_STAR) {
            first = node1(p, ES_N_TUPLE, line, first);
        }
        expect(p, ES_TOK_RSQB);
        return first;
    }
    list_t l;
    list_init(&l);
    list_add(&l, first);
    while (accept(p, ES_TOK_COMMA) && tok(p) != ES_TOK_RSQB) {
        list_add(&l, parse_slice_item(p));
    }
    expect(p, ES_TOK_RSQB);
    return node1(p, ES_N_TUPLE, line, l.head);
}

static node_t *parse_primary(parser_t *p) {
    node_t *e = parse_atom(p);
    for (;;) {
        uint32_t line = p->lx->tok_line;
        if (accept(p, ES_TOK_LPAR)) {
            es_stack_check();
            e = node2(p, ES_N_CALL, line, e, parse_args(p));
        } else if (accept(p, ES_TOK_LSQB)) {
            es_stack_check();
            e = node2(p, ES_N_SUBSCR, line, e, parse_subscript(p, line));
        } else if (accept(p, ES_TOK_DOT)) {
            e = node1(p, ES_N_ATTR, line, e);
            e->val = es_qstr_val(tok_name(p));
        } else {
            return e;
        }
    }
}

// --- operators

// [t] as a binary operator: its precedence (0: not one) in the low byte,
// its op above. One value: a variable whose address is taken would have a
// slot in parse_binary's frame. The table has a word per operator (token,
// precedence, op): flash, where const data lives on the chip, reads only as
// words.
#define BINARY(tok, prec, op) \
    ((uint32_t)(tok) | (prec) << 8 | (uint32_t)(op) << 16)
static int binary_prec(es_tok_t t) {
    static const uint32_t table[] = {
        BINARY(ES_TOK_KW_OR, P_OR, 0), BINARY(ES_TOK_KW_AND, P_AND, 0),
        BINARY(ES_TOK_LT, P_CMP, ES_BOP_LT), BINARY(ES_TOK_GT, P_CMP, ES_BOP_GT),
        BINARY(ES_TOK_EQ, P_CMP, ES_BOP_EQ), BINARY(ES_TOK_LE, P_CMP, ES_BOP_LE),
        BINARY(ES_TOK_GE, P_CMP, ES_BOP_GE), BINARY(ES_TOK_NE, P_CMP, ES_BOP_NE),
        BINARY(ES_TOK_KW_IN, P_CMP, ES_BOP_IN),
        BINARY(ES_TOK_KW_NOT, P_CMP, ES_BOP_NOT_IN),
        BINARY(ES_TOK_KW_IS, P_CMP, ES_BOP_IS),
        BINARY(ES_TOK_PIPE, P_BOR, ES_BOP_OR),
        BINARY(ES_TOK_CARET, P_BXOR, ES_BOP_XOR),
        BINARY(ES_TOK_AMP, P_BAND, ES_BOP_AND),
        BINARY(ES_TOK_LSHIFT, P_SHIFT, ES_BOP_LSHIFT),
        BINARY(ES_TOK_RSHIFT, P_SHIFT, ES_BOP_RSHIFT),
        BINARY(ES_TOK_PLUS, P_ADD, ES_BOP_ADD),
        BINARY(ES_TOK_MINUS, P_ADD, ES_BOP_SUB),
        BINARY(ES_TOK_STAR, P_MUL, ES_BOP_MUL),
        BINARY(ES_TOK_SLASH, P_MUL, ES_BOP_TRUEDIV),
        BINARY(ES_TOK_DSLASH, P_MUL, ES_BOP_FLOORDIV),
        BINARY(ES_TOK_PERCENT, P_MUL, ES_BOP_MOD),
        BINARY(ES_TOK_AT, P_MUL, ES_BOP_MATMUL),
        BINARY(ES_TOK_DSTAR, P_POW, ES_BOP_POW),
    };
    for (size_t i = 0; i < ES_ARRAY_SIZE(table); i++) {
        if ((table[i] & 0xff) == (uint32_t)t) {
            return (int)(table[i] >> 8);
        }
    }
    return 0;
}
#undef BINARY

static node_t *parse_unary(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    es_tok_t t = tok(p);
    if (t == ES_TOK_MINUS || t == ES_TOK_PLUS || t == ES_TOK_TILDE) {
        next(p);
        node_t *a = parse_binary(p, P_UNARY);
        if (t == ES_TOK_MINUS && a->kind == ES_N_CONST && es_is_small(a->val)
            && !(a->flags & ES_NODE_PAREN)) {
            a->val = es_small_new(-es_small_get(a->val));
            return a;
        }
        node_t *n = node1(p, ES_N_UNARY, line, a);
        n->op = t == ES_TOK_MINUS ? ES_UOP_NEG : t == ES_TOK_PLUS ? ES_UOP_POS
            : ES_UOP_INVERT;
        return n;
    }
    // await binds tighter than **: await x ** 2 is (await x) ** 2. One call
    // of parse_primary, so that it stays inlined: every bracket level goes
    // through here, and its own frame would cost 48 bytes of the chip's
    // C stack per level (tests/limits/parse_nested_parens.py).
    bool await = t == ES_TOK_KW_AWAIT;
    if (await) {
        next(p);
    }
    node_t *n = parse_primary(p);
    return await ? node1(p, ES_N_AWAIT, line, n) : n;
}

// A chain of comparisons after [left]. Out of line: its list stays off
// parse_binary's frame, which is on the C stack at every nesting level.
__attribute__((noinline)) static node_t *parse_compare(parser_t *p,
        node_t *left) {
    node_t *n = node1(p, ES_N_COMPARE, left->line, left);
    list_t l;
    list_init(&l);
    int op;
    while (((op = binary_prec(tok(p))) & 0xff) == P_CMP) {
        op >>= 8;
        uint32_t line = p->lx->tok_line;
        es_tok_t t = tok(p);
        next(p);
        if (t == ES_TOK_KW_NOT) {
            expect(p, ES_TOK_KW_IN);
        } else if (t == ES_TOK_KW_IS && accept(p, ES_TOK_KW_NOT)) {
            op = ES_BOP_IS_NOT;
        }
        node_t *c = node1(p, ES_N_CMPOP, line, parse_binary(p, P_CMP + 1));
        c->op = (uint8_t)op;
        list_add(&l, c);
    }
    n->b = l.head;
    return n;
}

// A chain of 'or' (or of 'and', by [prec]) after [left]. Out of line, like
// parse_compare.
__attribute__((noinline)) static node_t *parse_boolop(parser_t *p,
        node_t *left, int prec) {
    es_tok_t t = tok(p);
    node_t *n = node1(p, prec == P_OR ? ES_N_OR : ES_N_AND, left->line, left);
    node_t *tail = left;
    while (accept(p, t)) {
        tail->next = parse_binary(p, prec + 1);
        tail = tail->next;
    }
    return n;
}

// Operators of precedence [min] and above (precedence climbing).
static node_t *parse_binary(parser_t *p, int min) {
    es_stack_check();
    node_t *left;
    if (tok(p) == ES_TOK_KW_NOT) {
        if (min > P_NOT) {
            syntax(p);
        }
        uint32_t line = p->lx->tok_line;
        next(p);
        left = node1(p, ES_N_NOT, line, parse_binary(p, P_NOT));
    } else {
        left = parse_unary(p);
    }
    int op, prec;
    while ((prec = (op = binary_prec(tok(p))) & 0xff) != 0 && prec >= min) {
        op >>= 8;
        if (prec == P_CMP) {
            left = parse_compare(p, left);
        } else if (prec == P_OR || prec == P_AND) {
            left = parse_boolop(p, left, prec);
        } else {
            uint32_t line = p->lx->tok_line;
            next(p);
            node_t *right = parse_binary(p, prec == P_POW ? P_UNARY : prec + 1);
            left = node2(p, ES_N_BINOP, line, left, right);
            left->op = (uint8_t)op;
        }
    }
    return left;
}

// --- expressions

static node_t *parse_params(parser_t *p, es_tok_t close, bool annot);

__attribute__((noinline)) static node_t *parse_lambda(parser_t *p) {
    node_t *n = es_parse_node(p, ES_N_LAMBDA, p->lx->tok_line);
    next(p);
    n->a = parse_params(p, ES_TOK_COLON, false);
    expect(p, ES_TOK_COLON);
    n->b = parse_test(p);
    return n;
}

// Out of line: its message buffer stays off the C stack of every nesting
// level of parse_expr (the C stack per bracket level is what limits
// nesting at 8 KB of stack).
__attribute__((noinline, cold)) static ES_NORETURN void walrus_error(
        parser_t *p, uint32_t line, const node_t *e) {
    if (!starts_expr(tok(p))) {
        syntax(p);
    }
    char msg[80] = "cannot use assignment expressions with ";
    strcat(msg, target_what(e));
    es_parse_error(p, line, msg);
}

// The ternary 'e if test else other' after [e].
__attribute__((noinline)) static node_t *parse_ifexp(parser_t *p, node_t *e) {
    uint32_t line = p->lx->tok_line;
    next(p);
    node_t *test = parse_binary(p, P_OR);
    if (!accept(p, ES_TOK_KW_ELSE)) {
        es_parse_error(p, line, ES_ERR("expected 'else' after 'if' expression"));
    }
    node_t *n = node2(p, ES_N_IFEXP, line, test, e);
    n->c = parse_test(p);
    return n;
}

static node_t *parse_expr(parser_t *p, int allow) {
    es_stack_check();
    node_t *e;
    if ((allow & E_STAR) && tok(p) == ES_TOK_STAR) {
        uint32_t line = p->lx->tok_line;
        next(p);
        return node1(p, ES_N_STAR, line, parse_binary(p, P_BOR));
    }
    if (tok(p) == ES_TOK_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = parse_binary(p, P_OR);
        if (tok(p) == ES_TOK_KW_IF) {
            e = parse_ifexp(p, e);
        }
    }
    if ((allow & E_WALRUS) && tok(p) == ES_TOK_WALRUS) {
        uint32_t line = p->lx->tok_line;
        next(p);
        if (e->kind != ES_N_NAME || (e->flags & ES_NODE_PAREN)) {
            walrus_error(p, line, e);
        }
        e = node2(p, ES_N_NAMEDEXPR, line, e, parse_test(p));
    }
    return e;
}

// Comma-separated expressions (a tuple when there is a comma); [star]
// allows *x items.
node_t *es_parse_testlist(parser_t *p, bool star) {
    uint32_t line = p->lx->tok_line;
    node_t *e = star ? parse_star_test(p) : parse_test(p);
    if (tok(p) != ES_TOK_COMMA) {
        return e;
    }
    list_t l;
    list_init(&l);
    list_add(&l, e);
    while (accept(p, ES_TOK_COMMA) && starts_expr(tok(p))
        && tok(p) != ES_TOK_KW_YIELD) {
        list_add(&l, star ? parse_star_test(p) : parse_test(p));
    }
    return node1(p, ES_N_TUPLE, line, l.head);
}

es_node_t *es_parse_eval(parser_t *p) {
    // eval() ignores leading blanks (an INDENT here) and blank lines
    while (accept(p, ES_TOK_NEWLINE) || accept(p, ES_TOK_INDENT)) {
    }
    node_t *e = es_parse_testlist(p, true);
    while (accept(p, ES_TOK_NEWLINE) || accept(p, ES_TOK_DEDENT)) {
    }
    if (tok(p) != ES_TOK_EOF) {
        syntax(p);
    }
    return e;
}

// --- parameters

static node_t *parse_param(parser_t *p, int kind, bool annot) {
    node_t *n = es_parse_node(p, ES_N_PARAM, p->lx->tok_line);
    n->val = es_qstr_val(tok_name(p));
    n->op = (uint8_t)kind;
    if (annot && accept(p, ES_TOK_COLON)) {
        parse_test(p); // annotations are evaluated by nobody
    }
    return n;
}

// Parameters of a def (annotations allowed) or lambda, up to [close].
static node_t *parse_params(parser_t *p, es_tok_t close, bool annot) {
    list_t l;
    list_init(&l);
    bool star = false, dflt = false;
    while (tok(p) != close) {
        uint32_t line = p->lx->tok_line;
        node_t *n = NULL;
        if (accept(p, ES_TOK_SLASH)) {
            if (l.head == NULL || star) {
                syntax(p);
            }
            for (node_t *q = l.head; q != NULL; q = q->next) {
                q->flags |= ES_NODE_POSONLY;
            }
        } else if (accept(p, ES_TOK_STAR)) {
            if (star) {
                es_parse_error(p, line, ES_ERR("* argument may appear only once"));
            }
            star = true;
            if (tok(p) == ES_TOK_NAME) {
                n = parse_param(p, ES_PARAM_VARARGS, annot);
            } else if (tok(p) != ES_TOK_COMMA) {
                es_parse_error(p, line, ES_ERR("named arguments must follow bare *"));
            }
        } else if (accept(p, ES_TOK_DSTAR)) {
            n = parse_param(p, ES_PARAM_VARKW, annot);
            list_add(&l, n);
            accept(p, ES_TOK_COMMA);
            if (tok(p) != close) {
                es_parse_error(p, p->lx->tok_line, ES_ERR(
                    "arguments cannot follow var-keyword argument"));
            }
            break;
        } else {
            n = parse_param(p, star ? ES_PARAM_KWONLY : ES_PARAM_POS, annot);
            if (accept(p, ES_TOK_ASSIGN)) {
                n->a = parse_test(p);
                dflt |= !star;
            } else if (dflt && !star) {
                es_parse_error(p, line, ES_ERR(
                    "non-default argument follows default argument"));
            }
        }
        if (n != NULL) {
            list_add(&l, n);
        }
        if (!accept(p, ES_TOK_COMMA)) {
            break;
        }
    }
    if (star) {
        bool named = false;
        for (node_t *q = l.head; q != NULL; q = q->next) {
            named |= q->op == ES_PARAM_KWONLY || q->op == ES_PARAM_VARARGS;
        }
        if (!named) {
            es_parse_error(p, p->lx->tok_line,
                ES_ERR("named arguments must follow bare *"));
        }
    }
    return l.head;
}

// --- targets

// What a node is called in "cannot assign to ..." messages.
static const char *target_what(const node_t *e) {
    switch (e->kind) {
        case ES_N_CONST: case ES_N_JOINED:
            return e->kind == ES_N_JOINED ? "f-string expression"
                : e->val == ES_NONE || e->val == ES_TRUE || e->val == ES_FALSE
                ? (e->val == ES_NONE ? "None" : e->val == ES_TRUE ? "True"
                    : "False")
                : e->val == ES_ELLIPSIS ? "ellipsis" : "literal";
        case ES_N_CALL: return "function call";
        case ES_N_COMPARE: return "comparison";
        case ES_N_IFEXP: return "conditional expression";
        case ES_N_LAMBDA: return "lambda";
        case ES_N_LISTCOMP: return "list comprehension";
        case ES_N_SETCOMP: return "set comprehension";
        case ES_N_DICTCOMP: return "dict comprehension";
        case ES_N_GENEXP: return "generator expression";
        case ES_N_YIELD: case ES_N_YIELDFROM: return "yield expression";
        case ES_N_AWAIT: return "await expression";
        case ES_N_NAMEDEXPR: return "named expression";
        case ES_N_DICT: return "dict literal";
        case ES_N_SET: return "set display";
        case ES_N_NAME: return "name";
        case ES_N_ATTR: return "attribute";
        case ES_N_SUBSCR: return "subscript";
        case ES_N_TUPLE: return "tuple";
        case ES_N_LIST: return "list";
        case ES_N_STAR: return "starred";
        default: return "expression";
    }
}

__attribute__((noinline, cold)) static ES_NORETURN void target_error(
    parser_t *p, const node_t *e, bool del, bool top) {
    char msg[96];
    const char *what = target_what(e);
    const char *verb = del ? "cannot delete " : "cannot assign to ";
    size_t n = strlen(verb), w = strlen(what);
    memcpy(msg, verb, n);
    memcpy(msg + n, what, w + 1);
    if (top && !del && e->kind != ES_N_IFEXP && e->kind != ES_N_LAMBDA
        && e->kind != ES_N_YIELD && e->kind != ES_N_YIELDFROM
        && !(e->kind == ES_N_CONST && (e->val == ES_NONE
            || e->val == ES_TRUE || e->val == ES_FALSE))) {
        strcpy(msg + n + w, " here. Maybe you meant '==' instead of '='?");
    }
    es_parse_error(p, e->line, msg);
}

// Check that [e] can be assigned to (or deleted, [del]).
static void check_target(parser_t *p, node_t *e, bool del, bool top) {
    switch (e->kind) {
        case ES_N_NAME: case ES_N_ATTR: case ES_N_SUBSCR:
            return;
        case ES_N_TUPLE: case ES_N_LIST: {
            int stars = 0;
            for (node_t *c = e->a; c != NULL; c = c->next) {
                if (c->kind == ES_N_STAR && !del) {
                    if (++stars > 1) {
                        es_parse_error(p, c->line, ES_ERR(
                            "multiple starred expressions in assignment"));
                    }
                    check_target(p, c->a, del, false);
                } else {
                    check_target(p, c, del, false);
                }
            }
            return;
        }
        case ES_N_STAR:
            if (!del) {
                es_parse_error(p, e->line, ES_ERR(
                    "starred assignment target must be in a list or tuple"));
            }
            break;
        default:
            break;
    }
    target_error(p, e, del, top);
}

// A target list (for, with-as, comprehension): exprs at '|' level.
static node_t *parse_targets(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    node_t *e = tok(p) == ES_TOK_STAR ? parse_star_named(p)
        : parse_binary(p, P_BOR);
    if (tok(p) == ES_TOK_COMMA) {
        list_t l;
        list_init(&l);
        list_add(&l, e);
        while (accept(p, ES_TOK_COMMA) && tok(p) != ES_TOK_KW_IN
            && tok(p) != ES_TOK_ASSIGN) {
            list_add(&l, tok(p) == ES_TOK_STAR ? parse_star_named(p)
                : parse_binary(p, P_BOR));
        }
        e = node1(p, ES_N_TUPLE, line, l.head);
    }
    check_target(p, e, false, false);
    return e;
}

// Targets of del: expressions at '|' level, no stars.
static node_t *parse_targets_del(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    node_t *e = parse_binary(p, P_BOR);
    if (tok(p) == ES_TOK_COMMA) {
        list_t l;
        list_init(&l);
        list_add(&l, e);
        while (accept(p, ES_TOK_COMMA) && starts_expr(tok(p))) {
            list_add(&l, parse_binary(p, P_BOR));
        }
        e = node1(p, ES_N_TUPLE, line, l.head);
    }
    check_target(p, e, true, true);
    return e;
}

// --- simple statements
// Out of line, like walrus_error: the message buffers stay off the frames
// of parse_simple_line and parse_block, which are on the C stack once per
// nested block.
__attribute__((noinline, cold)) static ES_NORETURN void aug_target_error(
    parser_t *p, uint32_t line, const node_t *e) {
    char msg[80];
    strcpy(msg, e->kind == ES_N_TUPLE ? "'tuple'"
        : e->kind == ES_N_LIST ? "'list'" : target_what(e));
    strcat(msg, " is an illegal expression for augmented assignment");
    es_parse_error(p, line, msg);
}

// "expected an indented block after [what] on line [line]".
__attribute__((noinline, cold)) static ES_NORETURN void no_block_error(
    parser_t *p, const char *what, uint32_t line) {
    char msg[96];
    size_t n = strlen(what);
    strcpy(msg, "expected an indented block after ");
    memcpy(msg + 33, what, n);
    strcpy(msg + 33 + n, " on line ");
    char digits[12];
    size_t k = 0, m = strlen(msg);
    do {
        digits[k++] = (char)('0' + line % 10);
        line /= 10;
    } while (line);
    while (k) {
        msg[m++] = digits[--k];
    }
    msg[m] = 0;
    fail(p, &es_type_IndentationError, p->lx->tok_line, msg);
}


// The right side of '=' or an augmented assignment.
static node_t *parse_rhs(parser_t *p) {
    return tok(p) == ES_TOK_KW_YIELD ? parse_yield(p) : es_parse_testlist(p, true);
}

static int aug_op(es_tok_t t) {
    static const uint8_t ops[] = {
        ES_BOP_OR, ES_BOP_XOR, ES_BOP_AND, ES_BOP_LSHIFT, ES_BOP_RSHIFT,
        ES_BOP_ADD, ES_BOP_SUB, ES_BOP_MUL, ES_BOP_MATMUL, ES_BOP_FLOORDIV,
        ES_BOP_TRUEDIV, ES_BOP_MOD, ES_BOP_POW,
    };
    if (t < ES_TOK_AUG_PIPE || t > ES_TOK_AUG_DSTAR) {
        return -1;
    }
    return es_rom_u8(&ops[t - ES_TOK_AUG_PIPE]) + ES_OP_INPLACE_OFFSET;
}

static node_t *parse_expr_stmt(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    node_t *e = parse_rhs(p);
    int op = aug_op(tok(p));
    if (op >= 0) {
        if (e->kind != ES_N_NAME && e->kind != ES_N_ATTR
            && e->kind != ES_N_SUBSCR) {
            aug_target_error(p, line, e);
        }
        next(p);
        node_t *n = node2(p, ES_N_AUGASSIGN, line, e, parse_rhs(p));
        n->op = (uint8_t)op;
        return n;
    }
    if (tok(p) == ES_TOK_COLON && !(e->flags & ES_NODE_PAREN)) {
        next(p);
        if (!starts_expr(tok(p))) {
            syntax(p);
        }
        if (e->kind == ES_N_TUPLE || e->kind == ES_N_LIST) {
            es_parse_error(p, line, e->kind == ES_N_TUPLE
                ? ES_ERR("only single target (not tuple) can be annotated")
                : ES_ERR("only single target (not list) can be annotated"));
        }
        if (e->kind != ES_N_NAME && e->kind != ES_N_ATTR
            && e->kind != ES_N_SUBSCR) {
            es_parse_error(p, line, ES_ERR("illegal target for annotation"));
        }
        node_t *n = node2(p, ES_N_ANNASSIGN, line, e, parse_test(p));
        if (accept(p, ES_TOK_ASSIGN)) {
            n->c = parse_rhs(p);
        }
        return es_parse_mp_const(p, n);
    }
    if (tok(p) != ES_TOK_ASSIGN) {
        if (e->kind == ES_N_STAR) {
            es_parse_error(p, line, ES_ERR("can't use starred expression here"));
        }
        return node1(p, ES_N_EXPR, line, e);
    }
    // a = b = value: every item but the last is a target
    list_t targets;
    list_init(&targets);
    node_t *value = e;
    while (accept(p, ES_TOK_ASSIGN)) {
        check_target(p, value, false, targets.head == NULL);
        list_add(&targets, value);
        value = parse_rhs(p);
    }
    return es_parse_mp_const(p, node2(p, ES_N_ASSIGN, line, targets.head, value));
}

// Dotted name (a.b.c) interned as one name.
static es_qstr_t parse_dotted(parser_t *p) {
    p->slen = 0;
    for (;;) {
        if (tok(p) != ES_TOK_NAME) {
            syntax(p);
        }
        es_parse_sbuf_add(p, p->lx->buf, p->lx->len);
        next(p);
        if (!accept(p, ES_TOK_DOT)) {
            return es_intern(p->sbuf, p->slen);
        }
        es_parse_sbuf_add(p, ".", 1);
    }
}

static node_t *parse_alias(parser_t *p, bool dotted) {
    node_t *n = es_parse_node(p, ES_N_ALIAS, p->lx->tok_line);
    n->val = es_qstr_val(dotted ? parse_dotted(p) : tok_name(p));
    if (accept(p, ES_TOK_KW_AS)) {
        n->a = es_parse_node(p, ES_N_NAME, p->lx->tok_line);
        n->a->val = es_qstr_val(tok_name(p));
    }
    return n;
}

static node_t *parse_import(parser_t *p, uint32_t line) {
    list_t l;
    list_init(&l);
    do {
        list_add(&l, parse_alias(p, true));
    } while (accept(p, ES_TOK_COMMA));
    return node1(p, ES_N_IMPORT, line, l.head);
}

static node_t *parse_from(parser_t *p, uint32_t line) {
    node_t *n = es_parse_node(p, ES_N_IMPORTFROM, line);
    int level = 0;
    for (;; next(p)) {
        if (tok(p) == ES_TOK_DOT) {
            level++;
        } else if (tok(p) == ES_TOK_ELLIPSIS) {
            level += 3;
        } else {
            break;
        }
    }
    n->op = (uint8_t)level;
    if (tok(p) != ES_TOK_KW_IMPORT || level == 0) {
        n->val = es_qstr_val(parse_dotted(p));
    }
    expect(p, ES_TOK_KW_IMPORT);
    if (accept(p, ES_TOK_STAR)) {
        return n;
    }
    bool paren = accept(p, ES_TOK_LPAR);
    list_t l;
    list_init(&l);
    do {
        if (paren && tok(p) == ES_TOK_RPAR) {
            break;
        }
        list_add(&l, parse_alias(p, false));
    } while (accept(p, ES_TOK_COMMA));
    if (paren) {
        expect(p, ES_TOK_RPAR);
    } else if (l.head == NULL) {
        syntax(p);
    }
    if (l.head == NULL) {
        syntax(p);
    }
    n->a = l.head;
    return n;
}

static node_t *parse_names(parser_t *p, int kind, uint32_t line) {
    list_t l;
    list_init(&l);
    do {
        node_t *n = es_parse_node(p, ES_N_NAME, p->lx->tok_line);
        n->val = es_qstr_val(tok_name(p));
        list_add(&l, n);
    } while (accept(p, ES_TOK_COMMA));
    return node1(p, kind, line, l.head);
}

static node_t *parse_small_stmt(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    es_tok_t t = tok(p);
    node_t *n;
    switch (t) {
        case ES_TOK_KW_PASS: case ES_TOK_KW_BREAK: case ES_TOK_KW_CONTINUE:
            next(p);
            return es_parse_node(p, t == ES_TOK_KW_PASS ? ES_N_PASS
                : t == ES_TOK_KW_BREAK ? ES_N_BREAK : ES_N_CONTINUE, line);
        case ES_TOK_KW_RETURN:
            next(p);
            return node1(p, ES_N_RETURN, line,
                starts_expr(tok(p)) ? es_parse_testlist(p, true) : NULL);
        case ES_TOK_KW_RAISE:
            next(p);
            n = es_parse_node(p, ES_N_RAISE, line);
            if (starts_expr(tok(p))) {
                n->a = parse_test(p);
                if (accept(p, ES_TOK_KW_FROM)) {
                    n->b = parse_test(p);
                }
            }
            return n;
        case ES_TOK_KW_GLOBAL: case ES_TOK_KW_NONLOCAL:
            next(p);
            return parse_names(p, t == ES_TOK_KW_GLOBAL ? ES_N_GLOBAL
                : ES_N_NONLOCAL, line);
        case ES_TOK_KW_DEL: {
            next(p);
            node_t *e = parse_targets_del(p);
            return node1(p, ES_N_DELETE, line, e);
        }
        case ES_TOK_KW_ASSERT:
            next(p);
            n = node1(p, ES_N_ASSERT, line, parse_test(p));
            if (accept(p, ES_TOK_COMMA)) {
                n->b = parse_test(p);
            }
            return n;
        case ES_TOK_KW_IMPORT:
            next(p);
            return parse_import(p, line);
        case ES_TOK_KW_FROM:
            next(p);
            return parse_from(p, line);
        default:
            return parse_expr_stmt(p);
    }
}

// simple_stmt (';' simple_stmt)* NEWLINE
static node_t *parse_simple_line(parser_t *p) {
    list_t l;
    list_init(&l);
    do {
        if (tok(p) == ES_TOK_NEWLINE) {
            break;
        }
        list_add(&l, parse_small_stmt(p));
    } while (accept(p, ES_TOK_SEMI));
    expect(p, ES_TOK_NEWLINE);
    return l.head;
}

// --- compound statements

// ':' then an indented block or a simple line.
// [what] (e.g. "'if' statement") at [line] names the block in errors.
static node_t *parse_block(parser_t *p, const char *what, uint32_t line) {
    if (tok(p) != ES_TOK_COLON) {
        // as CPython: def, class, try, else and finally always want the
        // colon; the other statements when the line ends there
        bool forced = what[0] != '\'' || strncmp(what, "'try'", 5) == 0
            || strncmp(what, "'else'", 6) == 0
            || strncmp(what, "'finally'", 9) == 0;
        if (forced || tok(p) == ES_TOK_NEWLINE) {
            es_parse_error(p, p->lx->tok_line, ES_ERR("expected ':'"));
        }
        syntax(p);
    }
    next(p);
    if (!accept(p, ES_TOK_NEWLINE)) {
        return parse_simple_line(p);
    }
    if (tok(p) != ES_TOK_INDENT) {
        no_block_error(p, what, line);
    }
    es_stack_check();
    next(p);
    list_t l;
    list_init(&l);
    while (!accept(p, ES_TOK_DEDENT)) {
        list_add(&l, parse_stmt_list(p));
    }
    return l.head;
}

// A condition: a named expression, with CPython's hint for a stray '='.
static node_t *parse_cond(parser_t *p) {
    node_t *e = parse_named(p);
    if (tok(p) == ES_TOK_ASSIGN && e->kind != ES_N_LIST && e->kind != ES_N_TUPLE
        && e->kind != ES_N_GENEXP && !(e->kind == ES_N_CONST
            && (e->val == ES_NONE || e->val == ES_TRUE || e->val == ES_FALSE))) {
        es_parse_error(p, e->line, ES_ERR(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
    }
    return e;
}

static node_t *parse_if(parser_t *p, int kind) {
    node_t *n = es_parse_node(p, kind, p->lx->tok_line);
    const char *what = kind == ES_N_WHILE ? "'while' statement"
        : tok(p) == ES_TOK_KW_ELIF ? "'elif' statement" : "'if' statement";
    next(p);
    n->a = parse_cond(p);
    n->b = parse_block(p, what, n->line);
    uint32_t line = p->lx->tok_line;
    if (kind == ES_N_IF && tok(p) == ES_TOK_KW_ELIF) {
        n->c = parse_if(p, ES_N_IF);
    } else if (accept(p, ES_TOK_KW_ELSE)) {
        n->c = parse_block(p, "'else' statement", line);
    }
    return n;
}

static node_t *parse_for(parser_t *p) {
    node_t *n = es_parse_node(p, ES_N_FOR, p->lx->tok_line);
    next(p);
    n->a = parse_targets(p);
    expect(p, ES_TOK_KW_IN);
    n->b = es_parse_testlist(p, true);
    n->c = parse_block(p, "'for' statement", n->line);
    uint32_t line = p->lx->tok_line;
    if (accept(p, ES_TOK_KW_ELSE)) {
        n->d = parse_block(p, "'else' statement", line);
    }
    return n;
}

static node_t *parse_try(parser_t *p) {
    node_t *n = es_parse_node(p, ES_N_TRY, p->lx->tok_line);
    next(p);
    n->a = parse_block(p, "'try' statement", n->line);
    list_t l;
    list_init(&l);
    bool bare = false;
    uint32_t bare_line = 0;
    while (tok(p) == ES_TOK_KW_EXCEPT) {
        node_t *h = es_parse_node(p, ES_N_HANDLER, p->lx->tok_line);
        if (bare) {
            es_parse_error(p, l.head ? bare_line : h->line,
                ES_ERR("default 'except:' must be last"));
        }
        next(p);
        if (tok(p) != ES_TOK_COLON) {
            h->a = parse_test(p);
            if (accept(p, ES_TOK_KW_AS)) {
                h->val = es_qstr_val(tok_name(p));
            } else if (accept(p, ES_TOK_COMMA)) {
                es_parse_error(p, h->line, ES_ERR(
                    "multiple exception types must be parenthesized"));
            }
        } else {
            bare = true;
            bare_line = h->line;
        }
        h->b = parse_block(p, "'except' statement", h->line);
        list_add(&l, h);
    }
    n->b = l.head;
    uint32_t line = p->lx->tok_line;
    if (l.head != NULL && accept(p, ES_TOK_KW_ELSE)) {
        n->c = parse_block(p, "'else' statement", line);
    }
    line = p->lx->tok_line;
    if (accept(p, ES_TOK_KW_FINALLY)) {
        n->d = parse_block(p, "'finally' statement", line);
    } else if (l.head == NULL) {
        es_parse_error(p, p->lx->tok_line,
            ES_ERR("expected 'except' or 'finally' block"));
    }
    return n;
}

static node_t *parse_with(parser_t *p) {
    node_t *n = es_parse_node(p, ES_N_WITH, p->lx->tok_line);
    next(p);
    list_t l;
    list_init(&l);
    do {
        node_t *item = es_parse_node(p, ES_N_WITHITEM, p->lx->tok_line);
        item->a = parse_test(p);
        if (accept(p, ES_TOK_KW_AS)) {
            item->b = parse_binary(p, P_BOR);
            check_target(p, item->b, false, false);
        }
        list_add(&l, item);
    } while (accept(p, ES_TOK_COMMA));
    n->a = l.head;
    n->b = parse_block(p, "'with' statement", n->line);
    return n;
}

static node_t *parse_def(parser_t *p, node_t *decorators) {
    node_t *n = es_parse_node(p, ES_N_DEF, p->lx->tok_line);
    next(p);
    n->val = es_qstr_val(tok_name(p));
    if (!accept(p, ES_TOK_LPAR)) {
        es_parse_error(p, p->lx->tok_line, ES_ERR("expected '('"));
    }
    n->a = parse_params(p, ES_TOK_RPAR, true);
    expect(p, ES_TOK_RPAR);
    if (accept(p, ES_TOK_ARROW)) {
        parse_test(p);
    }
    n->b = parse_block(p, "function definition", n->line);
    n->c = decorators;
    return n;
}

static node_t *parse_class(parser_t *p, node_t *decorators) {
    node_t *n = es_parse_node(p, ES_N_CLASS, p->lx->tok_line);
    next(p);
    n->val = es_qstr_val(tok_name(p));
    if (accept(p, ES_TOK_LPAR)) {
        n->a = parse_args(p);
    }
    n->b = parse_block(p, "class definition", n->line);
    n->c = decorators;
    return n;
}

// async def, async for, async with: the statement flagged ES_NODE_ASYNC.
static node_t *parse_async(parser_t *p) {
    next(p);
    node_t *n;
    switch (tok(p)) {
        case ES_TOK_KW_DEF: n = parse_def(p, NULL); break;
        case ES_TOK_KW_FOR: n = parse_for(p); break;
        case ES_TOK_KW_WITH: n = parse_with(p); break;
        default: syntax(p);
    }
    n->flags |= ES_NODE_ASYNC;
    return n;
}

static node_t *parse_decorated(parser_t *p) {
    list_t l;
    list_init(&l);
    while (accept(p, ES_TOK_AT)) {
        node_t *d = parse_named(p);
        if (!es_parse_mp_decorator(p, d)) {
            list_add(&l, d);
        }
        expect(p, ES_TOK_NEWLINE);
    }
    if (tok(p) == ES_TOK_KW_DEF) {
        return parse_def(p, l.head);
    }
    if (tok(p) == ES_TOK_KW_ASYNC) {
        next(p);
        if (tok(p) != ES_TOK_KW_DEF) {
            syntax(p);
        }
        node_t *n = parse_def(p, l.head);
        n->flags |= ES_NODE_ASYNC;
        return n;
    }
    if (tok(p) == ES_TOK_KW_CLASS) {
        return parse_class(p, l.head);
    }
    syntax(p);
}

// One statement: a compound one, or a line of simple ones (a list).
static node_t *parse_stmt_list(parser_t *p) {
    switch (tok(p)) {
        case ES_TOK_KW_IF: return parse_if(p, ES_N_IF);
        case ES_TOK_KW_WHILE: return parse_if(p, ES_N_WHILE);
        case ES_TOK_KW_FOR: return parse_for(p);
        case ES_TOK_KW_TRY: return parse_try(p);
        case ES_TOK_KW_WITH: return parse_with(p);
        case ES_TOK_KW_DEF: return parse_def(p, NULL);
        case ES_TOK_KW_CLASS: return parse_class(p, NULL);
        case ES_TOK_AT: return parse_decorated(p);
        case ES_TOK_KW_ASYNC: return parse_async(p);
        case ES_TOK_INDENT:
            // as CPython: no scan for token errors further on
            es_lexer_error(&es_type_IndentationError, p->lx->file,
                p->lx->tok_line, ES_ERR("unexpected indent"));
        default:
            return parse_simple_line(p);
    }
}

es_node_t *es_parse_stmt(parser_t *p) {
    while (accept(p, ES_TOK_NEWLINE)) {
    }
    if (tok(p) == ES_TOK_EOF) {
        return NULL;
    }
    if (tok(p) == ES_TOK_DEDENT) {
        syntax(p);
    }
    return parse_stmt_list(p);
}
