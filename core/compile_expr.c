// SPDX-License-Identifier: MIT
// The expression compiler: values, names (with the scope's verdict on
// each), calls, displays, comprehensions, f-strings, and the code objects
// of functions, lambdas, comprehensions and class bodies.
#include <string.h>

#include "compile.h"
#include "compile_int.h"
#include "exc.h"
#include "intern.h"
#include "rom.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

// Displays longer than this are built incrementally (bounded stack).
#define BUILD_CHUNK 16

static uint32_t count(const node_t *n) {
    uint32_t c = 0;
    for (; n != NULL; n = n->next) {
        c++;
    }
    return c;
}

// --- names and constants

void es_compile_name(es_emit_t *em, es_qstr_t name, es_opcode_t op) {
    int k = (int)op - ES_OP_LOAD_NAME; // 0 load, 1 store, 2 delete
    int delta = k == 0 ? 1 : k == 1 ? -1 : 0;
    const es_scope_t *sc = em->sc;
    const es_sym_t *s = sc->kind == ES_SCOPE_MODULE ? NULL
        : es_scope_find(sc, name);
    es_opcode_t base = ES_OP_LOAD_NAME;
    uint32_t arg = name;
    if (s != NULL) {
        uint16_t f = s->flags;
        bool fn = sc->kind != ES_SCOPE_CLASS;
        if (f & (ES_SYM_GLOBAL | ES_SYM_GLOBAL_IMPL)) {
            base = ES_OP_LOAD_GLOBAL;
        } else if ((f & ES_SYM_FREE)
            && (fn || !(f & ES_SYM_BOUND) || (f & ES_SYM_NONLOCAL))) {
            base = ES_OP_LOAD_DEREF;
            arg = s->slot;
        } else if (fn && (f & ES_SYM_LOCAL)) {
            base = (f & ES_SYM_CELL) ? ES_OP_LOAD_DEREF : ES_OP_LOAD_FAST;
            arg = s->slot;
        }
    } else if (sc->kind != ES_SCOPE_MODULE && sc->kind != ES_SCOPE_CLASS) {
        base = ES_OP_LOAD_GLOBAL;
    }
    es_emit_op_u(em, (es_opcode_t)(base + k), arg, delta);
}

void es_compile_store_name(es_emit_t *em, es_qstr_t name) {
    es_compile_name(em, name, ES_OP_STORE_NAME);
}

static void load_const(es_emit_t *em, es_val_t v) {
    if (v == ES_NONE) {
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    } else if (v == ES_TRUE || v == ES_FALSE) {
        es_emit_op(em, v == ES_TRUE ? ES_OP_LOAD_CONST_TRUE
            : ES_OP_LOAD_CONST_FALSE, 1);
    } else if (v == ES_ELLIPSIS) {
        es_emit_op(em, ES_OP_LOAD_CONST_ELLIPSIS, 1);
    } else if (es_is_small(v) && es_small_get(v) >= -0x40000000
        && es_small_get(v) <= 0x3fffffff) {
        // ints beyond 31 bits go to the pool: bytecode is word-size free
        es_emit_small_int(em, es_small_get(v));
    } else if (es_is_str(v)) {
        es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(es_str_intern(v)), 1);
    } else {
        es_emit_op_u(em, ES_OP_LOAD_CONST_OBJ, es_emit_const(em, v), 1);
    }
}

// --- targets

static void store_seq(es_emit_t *em, node_t *t) {
    uint32_t n = 0, before = 0;
    bool star = false;
    for (node_t *c = t->a; c != NULL; c = c->next, n++) {
        if (c->kind == ES_N_STAR) {
            star = true;
            before = n;
        }
    }
    if (!star) {
        es_emit_op_u(em, ES_OP_UNPACK_SEQUENCE, n, (int)n - 1);
    } else {
        uint32_t after = n - before - 1;
        if (before > 255) {
            es_emit_error(em, ES_ERR("too many expressions in star-unpacking assignment"));
        }
        es_emit_op_u(em, ES_OP_UNPACK_EX, before | (after << 8), (int)n - 1);
    }
    for (node_t *c = t->a; c != NULL; c = c->next) {
        es_compile_store(em, c->kind == ES_N_STAR ? c->a : c);
    }
}

void es_compile_store(es_emit_t *em, node_t *t) {
    switch (t->kind) {
        case ES_N_NAME:
            es_compile_store_name(em, es_qstr_get(t->val));
            break;
        case ES_N_ATTR:
            es_compile_expr(em, t->a);
            es_emit_op_u(em, ES_OP_STORE_ATTR, es_qstr_get(t->val), -2);
            break;
        case ES_N_SUBSCR:
            es_compile_expr(em, t->a);
            es_compile_expr(em, t->b);
            es_emit_op(em, ES_OP_STORE_SUBSCR, -3);
            break;
        case ES_N_TUPLE: case ES_N_LIST:
            store_seq(em, t);
            break;
        default:
            es_emit_error(em, ES_ERR("cannot assign to expression"));
    }
}

// --- conditions and operators

void es_compile_cond(es_emit_t *em, node_t *e, uint32_t label, bool when) {
    if (e->kind == ES_N_NOT) {
        es_compile_cond(em, e->a, label, !when);
        return;
    }
    if (e->kind == ES_N_AND || e->kind == ES_N_OR) {
        // AND jumps on the first false, OR on the first true
        bool stop = e->kind == ES_N_OR;
        uint32_t skip = es_emit_label(em);
        for (node_t *x = e->a; x != NULL; x = x->next) {
            if (x->next == NULL) {
                es_compile_cond(em, x, label, when);
            } else if (stop == when) {
                es_compile_cond(em, x, label, when);
            } else {
                es_compile_cond(em, x, skip, stop);
            }
        }
        es_emit_place(em, skip);
        return;
    }
    es_compile_expr(em, e);
    es_emit_jump(em, when ? ES_OP_POP_JUMP_IF_TRUE : ES_OP_POP_JUMP_IF_FALSE,
        label, -1);
}

static void compile_boolop(es_emit_t *em, node_t *e) {
    uint32_t end = es_emit_label(em);
    es_opcode_t op = e->kind == ES_N_AND ? ES_OP_JUMP_IF_FALSE_OR_POP
        : ES_OP_JUMP_IF_TRUE_OR_POP;
    for (node_t *x = e->a; x != NULL; x = x->next) {
        es_compile_expr(em, x);
        if (x->next != NULL) {
            es_emit_jump(em, op, end, -1);
        }
    }
    es_emit_place(em, end);
}

static void compile_compare(es_emit_t *em, node_t *e) {
    es_compile_expr(em, e->a);
    node_t *c = e->b;
    if (c->next == NULL) {
        es_compile_expr(em, c->a);
        es_emit_op_u(em, ES_OP_BINARY_OP, c->op, -1);
        return;
    }
    uint32_t cleanup = es_emit_label(em), end = es_emit_label(em);
    int depth = em->depth;
    for (; c->next != NULL; c = c->next) {
        es_compile_expr(em, c->a);
        es_emit_op(em, ES_OP_DUP_TOP, 1);
        es_emit_op(em, ES_OP_ROT_THREE, 0);
        es_emit_op_u(em, ES_OP_BINARY_OP, c->op, -1);
        es_emit_jump(em, ES_OP_JUMP_IF_FALSE_OR_POP, cleanup, -1);
    }
    es_compile_expr(em, c->a);
    es_emit_op_u(em, ES_OP_BINARY_OP, c->op, -1);
    es_emit_jump(em, ES_OP_JUMP, end, 0);
    es_emit_place(em, cleanup);
    em->depth = depth + 1; // operand and the false result
    es_emit_op(em, ES_OP_ROT_TWO, 0);
    es_emit_op(em, ES_OP_POP_TOP, -1);
    es_emit_place(em, end);
}

static void compile_ifexp(es_emit_t *em, node_t *e) {
    uint32_t orelse = es_emit_label(em), end = es_emit_label(em);
    es_compile_cond(em, e->a, orelse, false);
    es_compile_expr(em, e->b);
    es_emit_jump(em, ES_OP_JUMP, end, 0);
    es_emit_place(em, orelse);
    es_emit_adjust(em, -1);
    es_compile_expr(em, e->c);
    es_emit_place(em, end);
}

// --- displays

static bool has_kind(const node_t *n, int kind) {
    for (; n != NULL; n = n->next) {
        if (n->kind == kind) {
            return true;
        }
    }
    return false;
}

// The tuple a display of constants [elts] makes (nested displays of
// constants too), or ES_NULL when an item is no constant. Raises
// MemoryError.
static es_val_t const_tuple(node_t *elts) {
    uint32_t n = 0;
    for (node_t *x = elts; x != NULL; x = x->next, n++) {
        if (x->kind != ES_N_CONST && x->kind != ES_N_TUPLE) {
            return ES_NULL;
        }
    }
    es_val_t t = es_tuple_new(n, NULL);
    size_t len;
    es_val_t *items;
    es_tuple_get(t, &len, &items);
    for (node_t *x = elts; x != NULL; x = x->next) {
        es_val_t v = x->kind == ES_N_CONST ? x->val : const_tuple(x->a);
        if (v == ES_NULL) {
            return ES_NULL;
        }
        *items++ = v;
    }
    return t;
}

// A list, tuple or set display; long ones and ones with *x are built
// item by item. A tuple of constants is one constant, as in CPython, so
// it costs no allocation where it is used.
static void build_seq(es_emit_t *em, int kind, node_t *elts) {
    uint32_t n = count(elts);
    es_val_t t = kind == ES_N_TUPLE && n > 0 ? const_tuple(elts) : ES_NULL;
    if (t != ES_NULL) {
        load_const(em, t);
        return;
    }
    bool set = kind == ES_N_SET;
    es_opcode_t build = kind == ES_N_TUPLE ? ES_OP_BUILD_TUPLE
        : set ? ES_OP_BUILD_SET : ES_OP_BUILD_LIST;
    if (!has_kind(elts, ES_N_STAR) && n <= BUILD_CHUNK) {
        for (node_t *x = elts; x != NULL; x = x->next) {
            es_compile_expr(em, x);
        }
        es_emit_op_u(em, build, n, 1 - (int)n);
        return;
    }
    uint32_t k = 0;
    node_t *x = elts;
    for (; x != NULL && x->kind != ES_N_STAR && k < BUILD_CHUNK; x = x->next) {
        es_compile_expr(em, x);
        k++;
    }
    es_emit_op_u(em, set ? ES_OP_BUILD_SET : ES_OP_BUILD_LIST, k, 1 - (int)k);
    for (; x != NULL; x = x->next) {
        if (x->kind == ES_N_STAR) {
            es_compile_expr(em, x->a);
            es_emit_op_u(em, set ? ES_OP_SET_UPDATE : ES_OP_LIST_EXTEND, 0, -1);
        } else {
            es_compile_expr(em, x);
            es_emit_op_u(em, set ? ES_OP_SET_ADD : ES_OP_LIST_APPEND, 0, -1);
        }
    }
    if (kind == ES_N_TUPLE) {
        es_emit_op(em, ES_OP_LIST_TO_TUPLE, 0);
    }
}

static void build_dict(es_emit_t *em, node_t *items) {
    uint32_t n = count(items), k = 0;
    bool incremental = has_kind(items, ES_N_DSTAR) || n > BUILD_CHUNK;
    node_t *x = items;
    for (; x != NULL && x->kind == ES_N_KV && (!incremental || k < BUILD_CHUNK);
        x = x->next) {
        es_compile_expr(em, x->a);
        es_compile_expr(em, x->b);
        k++;
    }
    es_emit_op_u(em, ES_OP_BUILD_MAP, k, 1 - 2 * (int)k);
    for (; x != NULL; x = x->next) {
        if (x->kind == ES_N_DSTAR) {
            es_compile_expr(em, x->a);
            es_emit_op_u(em, ES_OP_DICT_UPDATE, 0, -1);
        } else {
            es_compile_expr(em, x->a);
            es_compile_expr(em, x->b);
            es_emit_op_u(em, ES_OP_MAP_ADD, 0, -2);
        }
    }
}

// --- f-strings

static void compile_joined(es_emit_t *em, node_t *e) {
    uint32_t n = 0;
    for (node_t *x = e->a; x != NULL; x = x->next, n++) {
        if (x->kind == ES_N_CONST) {
            load_const(em, x->val);
            continue;
        }
        es_compile_expr(em, x->a);
        uint32_t flags = x->op;
        if (x->b != NULL) {
            compile_joined(em, x->b);
            flags |= 4;
        }
        es_emit_op_u(em, ES_OP_FORMAT_VALUE, flags, (flags & 4) ? -1 : 0);
    }
    if (n == 0) {
        es_emit_op_u(em, ES_OP_LOAD_CONST_STR, ES_QS(empty, ""), 1);
    } else if (n > 1 || e->a->kind == ES_N_CONST) {
        es_emit_op_u(em, ES_OP_BUILD_STRING, n, 1 - (int)n);
    }
}

// --- calls

// Are the arguments [args] keywords and **x only?
static bool only_keywords(node_t *args) {
    for (; args != NULL; args = args->next) {
        if (args->kind != ES_N_KW && args->kind != ES_N_DSTAR) {
            return false;
        }
    }
    return true;
}

// Arguments of a call whose callable and [prefix] first positionals are
// on the stack; emits the call.
static void compile_call_args(es_emit_t *em, node_t *args, uint32_t prefix) {
    bool ex = has_kind(args, ES_N_STAR) || has_kind(args, ES_N_DSTAR);
    if (!ex) {
        uint32_t n_pos = prefix, n_kw = 0;
        for (node_t *a = args; a != NULL; a = a->next) {
            if (a->kind == ES_N_KW) {
                es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(a->val), 1);
                es_compile_expr(em, a->a);
                n_kw++;
            } else {
                es_compile_expr(em, a);
                n_pos++;
            }
        }
        es_emit_op_uu(em, ES_OP_CALL_FUNCTION, n_pos, n_kw,
            -(int)(n_pos + 2 * n_kw));
        return;
    }
    uint32_t k = prefix;
    node_t *a = args;
    for (; a != NULL && a->kind != ES_N_STAR && a->kind != ES_N_KW
        && a->kind != ES_N_DSTAR; a = a->next) {
        es_compile_expr(em, a);
        k++;
    }
    if (k == 0 && a->kind == ES_N_STAR && only_keywords(a->next)) {
        // f(*x): x goes as it is (CALL_FUNCTION_EX takes a tuple with no
        // copy and collects any other iterable), so no list is built
        es_compile_expr(em, a->a);
    } else {
        es_emit_op_u(em, ES_OP_BUILD_LIST, k, 1 - (int)k);
        for (node_t *x = a; x != NULL; x = x->next) {
            if (x->kind == ES_N_STAR) {
                es_compile_expr(em, x->a);
                es_emit_op_u(em, ES_OP_LIST_EXTEND, 0, -1);
            } else if (x->kind != ES_N_KW && x->kind != ES_N_DSTAR) {
                es_compile_expr(em, x);
                es_emit_op_u(em, ES_OP_LIST_APPEND, 0, -1);
            }
        }
        es_emit_op(em, ES_OP_LIST_TO_TUPLE, 0);
    }
    bool kw = has_kind(args, ES_N_KW) || has_kind(args, ES_N_DSTAR);
    if (kw) {
        // a name given twice is a TypeError: after a **x, keywords
        // merge as one-item dicts (literal names cannot repeat)
        es_emit_op_u(em, ES_OP_BUILD_MAP, 0, 1);
        bool dstar = false;
        for (node_t *x = a; x != NULL; x = x->next) {
            if (x->kind == ES_N_KW) {
                es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(x->val), 1);
                es_compile_expr(em, x->a);
                if (dstar) {
                    es_emit_op_u(em, ES_OP_BUILD_MAP, 1, -1);
                    es_emit_op_u(em, ES_OP_DICT_MERGE, 0, -1);
                } else {
                    es_emit_op_u(em, ES_OP_MAP_ADD, 0, -2);
                }
            } else if (x->kind == ES_N_DSTAR) {
                es_compile_expr(em, x->a);
                es_emit_op_u(em, ES_OP_DICT_MERGE, 0, -1);
                dstar = true;
            }
        }
    }
    es_emit_op_u(em, ES_OP_CALL_FUNCTION_EX, kw, kw ? -2 : -1);
}

static void compile_call(es_emit_t *em, node_t *e) {
    node_t *fn = e->a;
    if (fn->kind == ES_N_ATTR && !has_kind(e->b, ES_N_STAR)
        && !has_kind(e->b, ES_N_DSTAR)) {
        es_compile_expr(em, fn->a);
        em->line = e->line;
        es_emit_op_u(em, ES_OP_LOAD_METHOD, es_qstr_get(fn->val), 1);
        uint32_t n_pos = 0, n_kw = 0;
        for (node_t *a = e->b; a != NULL; a = a->next) {
            if (a->kind == ES_N_KW) {
                es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(a->val), 1);
                es_compile_expr(em, a->a);
                n_kw++;
            } else {
                es_compile_expr(em, a);
                n_pos++;
            }
        }
        em->line = e->line;
        es_emit_op_uu(em, ES_OP_CALL_METHOD, n_pos, n_kw,
            -(int)(1 + n_pos + 2 * n_kw));
        return;
    }
    es_compile_expr(em, fn);
    compile_call_args(em, e->b, 0);
}

// --- nested code objects

// Push the function made from code constant [idx] of scope [sc]; [flags]
// says which of defaults/kwdefaults are already on the stack.
static void make_function(es_emit_t *em, const es_scope_t *sc, uint32_t idx,
    uint32_t flags) {
    int popped = (flags & 1) + ((flags & 2) >> 1);
    if (sc->n_free > 0) {
        for (size_t i = 0; i < sc->n_syms; i++) {
            const es_sym_t *s = &sc->syms[i];
            if (s->flags & (ES_SYM_FREE | ES_SYM_PASS)) {
                const es_sym_t *o = es_scope_find(em->sc, s->name);
                ES_ASSERT(o != NULL);
                es_emit_op_u(em, ES_OP_LOAD_FAST, o->slot, 1);
            }
        }
        es_emit_op_u(em, ES_OP_BUILD_TUPLE, sc->n_free, 1 - (int)sc->n_free);
        flags |= 4;
        popped++;
    }
    es_emit_op_uu(em, ES_OP_MAKE_FUNCTION, idx, flags, 1 - popped);
}

static void compile_comp_loop(es_emit_t *em, node_t *e, node_t *f,
    uint32_t n_iters) {
    uint32_t top = es_emit_label(em), end = es_emit_label(em);
    es_emit_place(em, top);
    es_emit_jump(em, ES_OP_FOR_ITER, end, 1);
    es_compile_store(em, f->a);
    for (node_t *c = f->c; c != NULL; c = c->next) {
        es_compile_cond(em, c, top, false);
    }
    if (f->next != NULL) {
        es_compile_expr(em, f->next->b);
        es_emit_op(em, ES_OP_GET_ITER, 0);
        compile_comp_loop(em, e, f->next, n_iters + 1);
    } else if (e->kind == ES_N_DICTCOMP) {
        es_compile_expr(em, e->a->a);
        es_compile_expr(em, e->a->b);
        es_emit_op_u(em, ES_OP_MAP_ADD, n_iters, -2);
    } else {
        es_compile_expr(em, e->a);
        if (e->kind == ES_N_GENEXP) {
            es_emit_op(em, ES_OP_YIELD_VALUE, 0);
            es_emit_op(em, ES_OP_POP_TOP, -1);
        } else {
            es_emit_op_u(em, e->kind == ES_N_LISTCOMP ? ES_OP_LIST_APPEND
                : ES_OP_SET_ADD, n_iters, -1);
        }
    }
    es_emit_jump(em, ES_OP_JUMP, top, 0);
    es_emit_place(em, end);
    es_emit_adjust(em, -1);
}

static es_qstr_t comp_name(int kind) {
    return kind == ES_N_LISTCOMP ? ES_QS(listcomp, "<listcomp>")
        : kind == ES_N_SETCOMP ? ES_QS(setcomp, "<setcomp>")
        : kind == ES_N_DICTCOMP ? ES_QS(dictcomp, "<dictcomp>")
        : ES_QS(genexpr, "<genexpr>");
}

// Compile the code object of [n] (def, lambda, class or comprehension)
// and return its constant index in [em].
static uint32_t compile_code(es_emit_t *em, node_t *n, es_qstr_t name) {
    es_stack_check();
    es_emit_t sub;
    es_emit_init(&sub, em, n->sc, em->p, name, n->line);
    switch (n->kind) {
        case ES_N_DEF: es_compile_body(&sub, n->b, false); break;
        case ES_N_CLASS: es_compile_body(&sub, n->b, true); break;
        case ES_N_LAMBDA:
            es_compile_expr(&sub, n->b);
            es_emit_op(&sub, ES_OP_RETURN_VALUE, -1);
            break;
        default: { // comprehensions
            static const uint8_t build[] = {ES_OP_BUILD_LIST, ES_OP_BUILD_SET,
                ES_OP_BUILD_MAP};
            if (n->kind != ES_N_GENEXP) {
                es_emit_op_u(&sub,
                    (es_opcode_t)es_rom_u8(&build[n->kind - ES_N_LISTCOMP]),
                    0, 1);
            }
            es_emit_op_u(&sub, ES_OP_LOAD_FAST, 0, 1);
            compile_comp_loop(&sub, n, n->b, 1);
            if (n->kind == ES_N_GENEXP) {
                es_emit_op(&sub, ES_OP_LOAD_CONST_NONE, 1);
            }
            es_emit_op(&sub, ES_OP_RETURN_VALUE, -1);
            break;
        }
    }
    es_val_t code = es_emit_finish(&sub);
    em->line = n->line;
    return es_emit_const(em, code);
}

static void compile_comp(es_emit_t *em, node_t *e) {
    uint32_t idx = compile_code(em, e, comp_name(e->kind));
    make_function(em, e->sc, idx, 0);
    es_compile_expr(em, e->b->b);
    es_emit_op(em, ES_OP_GET_ITER, 0);
    es_emit_op_uu(em, ES_OP_CALL_FUNCTION, 1, 0, -1);
    if (e->sc->code_flags & ES_CODE_COROUTINE) {
        es_compile_await(em); // it holds an await (scope.c)
    }
}

// Defaults of [params]: tuple of positional ones, dict of keyword-only
// ones; returns MAKE_FUNCTION flags.
static uint32_t compile_defaults(es_emit_t *em, node_t *params) {
    uint32_t flags = 0, n = 0;
    for (node_t *q = params; q != NULL; q = q->next) {
        if (q->op == ES_PARAM_POS && q->a != NULL) {
            es_compile_expr(em, q->a);
            n++;
        }
    }
    if (n > 0) {
        es_emit_op_u(em, ES_OP_BUILD_TUPLE, n, 1 - (int)n);
        flags |= 1;
    }
    n = 0;
    for (node_t *q = params; q != NULL; q = q->next) {
        if (q->op == ES_PARAM_KWONLY && q->a != NULL) {
            es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(q->val), 1);
            es_compile_expr(em, q->a);
            n++;
        }
    }
    if (n > 0) {
        es_emit_op_u(em, ES_OP_BUILD_MAP, n, 1 - 2 * (int)n);
        flags |= 2;
    }
    return flags;
}

static void compile_lambda(es_emit_t *em, node_t *e) {
    uint32_t flags = compile_defaults(em, e->a);
    uint32_t idx = compile_code(em, e, ES_QS(lambda_name, "<lambda>"));
    make_function(em, e->sc, idx, flags);
}

static void call_decorators(es_emit_t *em, node_t *decorators, es_qstr_t name) {
    for (node_t *d = decorators; d != NULL; d = d->next) {
        es_emit_op_uu(em, ES_OP_CALL_FUNCTION, 1, 0, -1);
    }
    es_compile_store_name(em, name);
}

void es_compile_def(es_emit_t *em, node_t *s) {
    for (node_t *d = s->c; d != NULL; d = d->next) {
        es_compile_expr(em, d);
    }
    em->line = s->line;
    uint32_t flags = compile_defaults(em, s->a);
    uint32_t idx = compile_code(em, s, es_qstr_get(s->val));
    make_function(em, s->sc, idx, flags);
    call_decorators(em, s->c, es_qstr_get(s->val));
}

void es_compile_class(es_emit_t *em, node_t *s) {
    for (node_t *d = s->c; d != NULL; d = d->next) {
        es_compile_expr(em, d);
    }
    em->line = s->line;
    es_emit_op(em, ES_OP_LOAD_BUILD_CLASS, 1);
    uint32_t idx = compile_code(em, s, es_qstr_get(s->val));
    make_function(em, s->sc, idx, 0);
    es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(s->val), 1);
    compile_call_args(em, s->a, 2);
    call_decorators(em, s->c, es_qstr_get(s->val));
}

// --- expressions

static void compile_slice(es_emit_t *em, node_t *e) {
    node_t *parts[3] = {e->a, e->b, e->c};
    uint32_t n = e->c != NULL ? 3 : 2;
    for (uint32_t i = 0; i < n; i++) {
        if (parts[i] != NULL) {
            es_compile_expr(em, parts[i]);
        } else {
            es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
        }
    }
    es_emit_op_u(em, ES_OP_BUILD_SLICE, n, 1 - (int)n);
}

static void compile_yield(es_emit_t *em, node_t *e) {
    if (e->kind == ES_N_YIELDFROM) {
        es_compile_expr(em, e->a);
        es_emit_op(em, ES_OP_GET_ITER, 0);
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
        es_emit_op(em, ES_OP_YIELD_FROM, -1);
        return;
    }
    if (e->a != NULL) {
        es_compile_expr(em, e->a);
    } else {
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    }
    es_emit_op(em, ES_OP_YIELD_VALUE, 0);
}

void es_compile_await(es_emit_t *em) {
    es_emit_op(em, ES_OP_GET_AWAITABLE, 0);
    es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    es_emit_op(em, ES_OP_YIELD_FROM, -1);
}

void es_compile_expr(es_emit_t *em, node_t *e) {
    es_stack_check();
    switch (e->kind) {
        case ES_N_NAME:
            if (es_qstr_get(e->val) == ES_Q(__debug__)) { // a constant
                load_const(em, es_bool(es_g.opt_level == 0));
                break;
            }
            es_compile_name(em, es_qstr_get(e->val), ES_OP_LOAD_NAME);
            break;
        case ES_N_CONST: load_const(em, e->val); break;
        case ES_N_JOINED: compile_joined(em, e); break;
        case ES_N_BINOP:
            es_compile_expr(em, e->a);
            es_compile_expr(em, e->b);
            em->line = e->line;
            es_emit_op_u(em, ES_OP_BINARY_OP, e->op, -1);
            break;
        case ES_N_UNARY: case ES_N_NOT:
            es_compile_expr(em, e->a);
            es_emit_op_u(em, ES_OP_UNARY_OP,
                e->kind == ES_N_NOT ? ES_UOP_NOT : e->op, 0);
            break;
        case ES_N_AND: case ES_N_OR: compile_boolop(em, e); break;
        case ES_N_COMPARE: compile_compare(em, e); break;
        case ES_N_IFEXP: compile_ifexp(em, e); break;
        case ES_N_LAMBDA: compile_lambda(em, e); break;
        case ES_N_CALL: compile_call(em, e); break;
        case ES_N_ATTR:
            es_compile_expr(em, e->a);
            em->line = e->line;
            es_emit_op_u(em, ES_OP_LOAD_ATTR, es_qstr_get(e->val), 0);
            break;
        case ES_N_SUBSCR:
            es_compile_expr(em, e->a);
            es_compile_expr(em, e->b);
            em->line = e->line;
            es_emit_op(em, ES_OP_LOAD_SUBSCR, -1);
            break;
        case ES_N_SLICE: compile_slice(em, e); break;
        case ES_N_TUPLE: case ES_N_LIST: case ES_N_SET:
            build_seq(em, e->kind, e->a);
            break;
        case ES_N_DICT: build_dict(em, e->a); break;
        case ES_N_LISTCOMP: case ES_N_SETCOMP: case ES_N_DICTCOMP:
        case ES_N_GENEXP:
            compile_comp(em, e);
            break;
        case ES_N_YIELD: case ES_N_YIELDFROM: compile_yield(em, e); break;
        case ES_N_AWAIT:
            es_compile_expr(em, e->a);
            es_compile_await(em);
            break;
        case ES_N_NAMEDEXPR:
            es_compile_expr(em, e->b);
            es_emit_op(em, ES_OP_DUP_TOP, 1);
            es_compile_store_name(em, es_qstr_get(e->a->val));
            break;
        case ES_N_STAR:
            es_emit_error(em, ES_ERR("can't use starred expression here"));
        default:
            es_emit_error(em, ES_ERR("invalid syntax"));
    }
}
