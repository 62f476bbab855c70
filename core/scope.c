// SPDX-License-Identifier: MIT
// Scope analysis (see scope.h), CPython's rules: a name bound anywhere in a
// function is local to it unless declared global/nonlocal; a name used but
// not bound is free when an enclosing function binds it (the binder's slot
// becomes a cell), else global. Class bodies are skipped when inner
// functions look outward, except for the implicit __class__ cell that
// zero-argument super() needs. Three passes: collect (walk the tree),
// resolve (top-down), then number the slots.
#include <string.h>

#include "code.h"
#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "rom.h"
#include "scope.h"

typedef es_node_t node_t;
typedef es_scope_t scope_t;
typedef es_sym_t sym_t;

typedef struct {
    es_parser_t *p;
} ctx_t;

static void visit_expr(ctx_t *cx, scope_t *sc, node_t *e);
static void visit_stmts(ctx_t *cx, scope_t *sc, node_t *s);

__attribute__((noinline, cold)) static ES_NORETURN void name_error(
    ctx_t *cx, uint32_t line, const char *before, es_qstr_t name,
    const char *after) {
    char msg[128];
    size_t n = strlen(before), len;
    const char *s = es_qstr_str(name, &len);
    if (len > 60) {
        len = 60;
    }
    memcpy(msg, before, n);
    memcpy(msg + n, s, len);
    strcpy(msg + n + len, after);
    es_parse_error_late(cx->p, line, msg);
}

es_sym_t *es_scope_find(const scope_t *sc, es_qstr_t name) {
    for (size_t i = 0; i < sc->n_syms; i++) {
        if (sc->syms[i].name == name) {
            return &sc->syms[i];
        }
    }
    return NULL;
}

static sym_t *add_sym(scope_t *sc, es_qstr_t name) {
    sym_t *s = es_scope_find(sc, name);
    if (s != NULL) {
        return s;
    }
    if (sc->n_syms == sc->alloc) {
        size_t n = sc->alloc ? sc->alloc * 2u : 8u;
        sc->syms = es_gc_realloc(sc->syms, n * sizeof(sym_t));
        sc->alloc = (uint16_t)n;
    }
    s = &sc->syms[sc->n_syms++];
    s->name = name;
    s->flags = 0;
    s->slot = 0;
    return s;
}

static scope_t *new_scope(scope_t *parent, int kind, node_t *node) {
    scope_t *sc = es_gc_alloc(sizeof(scope_t), 0);
    sc->parent = parent;
    sc->kind = (uint8_t)kind;
    sc->node = node;
    sc->sibling = parent->child;
    parent->child = sc;
    node->sc = sc;
    if (kind != ES_SCOPE_CLASS) {
        sc->code_flags = ES_CODE_NEWLOCALS;
    }
    return sc;
}

static void bind(scope_t *sc, es_qstr_t name) {
    add_sym(sc, name)->flags |= ES_SYM_BOUND;
}

static void use(scope_t *sc, es_qstr_t name) {
    add_sym(sc, name)->flags |= ES_SYM_USED;
    if (name == ES_Q(super) && sc->kind != ES_SCOPE_CLASS
        && sc->kind != ES_SCOPE_MODULE) {
        add_sym(sc, ES_Q(__class__))->flags |= ES_SYM_USED;
    }
}

static void visit_list(ctx_t *cx, scope_t *sc, node_t *e) {
    for (; e != NULL; e = e->next) {
        visit_expr(cx, sc, e);
    }
}

// Names bound by assignment target [t]; sub-expressions are uses.
static void visit_target(ctx_t *cx, scope_t *sc, node_t *t) {
    switch (t->kind) {
        case ES_N_NAME:
            bind(sc, es_qstr_get(t->val));
            break;
        case ES_N_TUPLE: case ES_N_LIST:
            for (node_t *c = t->a; c != NULL; c = c->next) {
                visit_target(cx, sc, c);
            }
            break;
        case ES_N_STAR:
            visit_target(cx, sc, t->a);
            break;
        default:
            visit_expr(cx, sc, t);
            break;
    }
}

// Parameters: defaults in [outer], names in [sc] in slot order.
static void visit_params(ctx_t *cx, scope_t *outer, scope_t *sc,
    node_t *params) {
    for (node_t *q = params; q != NULL; q = q->next) {
        if (q->a != NULL) {
            visit_expr(cx, outer, q->a);
        }
    }
    static const uint8_t order[] = {ES_PARAM_POS, ES_PARAM_KWONLY,
        ES_PARAM_VARARGS, ES_PARAM_VARKW};
    for (size_t k = 0; k < 4; k++) {
        for (node_t *q = params; q != NULL; q = q->next) {
            if (q->op != es_rom_u8(&order[k])) {
                continue;
            }
            es_qstr_t name = es_qstr_get(q->val);
            if (es_scope_find(sc, name) != NULL) {
                name_error(cx, q->line, "duplicate argument '", name,
                    "' in function definition");
            }
            add_sym(sc, name)->flags |= ES_SYM_PARAM | ES_SYM_BOUND;
            if (sc->n_pos == 255 || sc->n_kwonly == 255) {
                es_parse_error_late(cx->p, q->line, ES_ERR("too many arguments"));
            }
            sc->n_pos += k == 0;
            sc->n_kwonly += k == 1;
            if (q->flags & ES_NODE_POSONLY) {
                sc->code_flags += 1u << ES_CODE_POSONLY_SHIFT;
            }
            sc->code_flags |= k == 2 ? ES_CODE_VARARGS
                : k == 3 ? ES_CODE_VARKW : 0;
        }
    }
}

static void visit_comp(ctx_t *cx, scope_t *sc, node_t *e) {
    node_t *first = e->b;
    visit_expr(cx, sc, first->b); // the first iterable: outer scope
    scope_t *c = new_scope(sc, ES_SCOPE_COMP, e);
    add_sym(c, ES_QS(dot0, ".0"))->flags |= ES_SYM_PARAM | ES_SYM_BOUND;
    c->n_pos = 1;
    if (e->kind == ES_N_GENEXP) {
        c->code_flags |= ES_CODE_GENERATOR;
    }
    for (node_t *f = first; f != NULL; f = f->next) {
        if (f != first) {
            visit_expr(cx, c, f->b);
        }
        visit_target(cx, c, f->a);
        visit_list(cx, c, f->c);
    }
    visit_expr(cx, c, e->a);
}

// Does assignment target [t] (a name, or a tuple/list of targets) bind
// [name]?
static bool target_binds(node_t *t, es_qstr_t name) {
    if (t->kind == ES_N_NAME) {
        return es_qstr_get(t->val) == name;
    }
    if (t->kind == ES_N_STAR) {
        return target_binds(t->a, name);
    }
    if (t->kind == ES_N_TUPLE || t->kind == ES_N_LIST) {
        for (node_t *x = t->a; x != NULL; x = x->next) {
            if (target_binds(x, name)) {
                return true;
            }
        }
    }
    return false;
}

static void visit_named(ctx_t *cx, scope_t *sc, node_t *e) {
    es_qstr_t name = es_qstr_get(e->a->val);
    visit_expr(cx, sc, e->b);
    // [i := 0 for i in x] rebinds the loop variable: a SyntaxError in both
    // CPython and MicroPython (only the innermost comprehension counts, as
    // MicroPython: CPython also refuses outer ones' variables)
    for (node_t *f = sc->kind == ES_SCOPE_COMP ? sc->node->b : NULL; f != NULL;
        f = f->next) {
        if (target_binds(f->a, name)) {
            es_parse_error_late(cx->p, e->line, ES_ERR("assignment "
                "expression cannot rebind comprehension iteration variable"));
        }
    }
    scope_t *t = sc;
    while (t->kind == ES_SCOPE_COMP) {
        use(t, name);
        if (t->parent->kind == ES_SCOPE_MODULE) {
            add_sym(t, name)->flags |= ES_SYM_GLOBAL;
        }
        t = t->parent;
    }
    if (t != sc && t->kind == ES_SCOPE_CLASS) {
        es_parse_error_late(cx->p, e->line, ES_ERR("assignment expression within"
            " a comprehension cannot be used in a class body"));
    }
    bind(t, name);
}

static void visit_lambda(ctx_t *cx, scope_t *sc, node_t *e) {
    scope_t *f = new_scope(sc, ES_SCOPE_FUNCTION, e);
    visit_params(cx, sc, f, e->a);
    visit_expr(cx, f, e->b);
}

static void visit_yield(ctx_t *cx, scope_t *sc, node_t *e) {
    if (sc->kind == ES_SCOPE_MODULE || sc->kind == ES_SCOPE_CLASS) {
        es_parse_error_late(cx->p, e->line, ES_ERR("'yield' outside function"));
    }
    if (sc->kind == ES_SCOPE_COMP) {
        es_parse_error_late(cx->p, e->line,
            ES_ERR("'yield' inside list comprehension"));
    }
    sc->code_flags |= ES_CODE_GENERATOR;
    if (e->a != NULL) {
        visit_expr(cx, sc, e->a);
    }
}

// await, async for, async with: only in the body of an async def.
// An await in a list, set or dict comprehension inside an async def makes
// the comprehension's function (and those around it) a coroutine, which
// its caller awaits.
static void check_async(ctx_t *cx, scope_t *sc, node_t *n) {
    scope_t *t = sc;
    while (t->kind == ES_SCOPE_COMP && t->node->kind != ES_N_GENEXP
        && n->kind == ES_N_AWAIT) {
        t = t->parent;
    }
    if (t != sc && (t->code_flags & ES_CODE_COROUTINE)) {
        for (; sc != t; sc = sc->parent) {
            sc->code_flags |= ES_CODE_GENERATOR | ES_CODE_COROUTINE;
        }
    }
    if (sc->code_flags & ES_CODE_COROUTINE) {
        return;
    }
    const char *msg = n->kind == ES_N_FOR
        ? ES_ERR("'async for' outside async function")
        : n->kind == ES_N_WITH ? ES_ERR("'async with' outside async function")
        : sc->kind == ES_SCOPE_FUNCTION
        ? ES_ERR("'await' outside async function")
        : sc->kind == ES_SCOPE_COMP ? ES_ERR("asynchronous comprehension "
            "outside of an asynchronous function")
        : ES_ERR("'await' outside function");
    es_parse_error_late(cx->p, n->line, msg);
}

static void visit_expr(ctx_t *cx, scope_t *sc, node_t *e) {
    es_stack_check();
    if (e->kind == ES_N_AWAIT) {
        check_async(cx, sc, e);
    }
    switch (e->kind) {
        case ES_N_NAME:
            use(sc, es_qstr_get(e->val));
            return;
        case ES_N_CONST:
            return;
        case ES_N_LAMBDA:
            visit_lambda(cx, sc, e);
            return;
        case ES_N_LISTCOMP: case ES_N_SETCOMP: case ES_N_DICTCOMP:
        case ES_N_GENEXP:
            visit_comp(cx, sc, e);
            return;
        case ES_N_NAMEDEXPR:
            visit_named(cx, sc, e);
            return;
        case ES_N_YIELD: case ES_N_YIELDFROM:
            visit_yield(cx, sc, e);
            return;
        case ES_N_AND: case ES_N_OR: case ES_N_TUPLE: case ES_N_LIST:
        case ES_N_SET: case ES_N_DICT: case ES_N_JOINED:
            visit_list(cx, sc, e->a);
            return;
        case ES_N_CALL: case ES_N_COMPARE:
            visit_expr(cx, sc, e->a);
            visit_list(cx, sc, e->b);
            return;
        default: // a, b, c are plain sub-expressions
            if (e->a != NULL) {
                visit_expr(cx, sc, e->a);
            }
            if (e->b != NULL) {
                visit_expr(cx, sc, e->b);
            }
            if (e->c != NULL) {
                visit_expr(cx, sc, e->c);
            }
            return;
    }
}

static void visit_def(ctx_t *cx, scope_t *sc, node_t *s) {
    visit_list(cx, sc, s->c);
    scope_t *f = new_scope(sc, ES_SCOPE_FUNCTION, s);
    if (s->flags & ES_NODE_ASYNC) {
        f->code_flags |= ES_CODE_GENERATOR | ES_CODE_COROUTINE;
    }
    visit_params(cx, sc, f, s->a);
    visit_stmts(cx, f, s->b);
    bind(sc, es_qstr_get(s->val));
}

static void visit_class(ctx_t *cx, scope_t *sc, node_t *s) {
    visit_list(cx, sc, s->c);
    visit_list(cx, sc, s->a);
    scope_t *c = new_scope(sc, ES_SCOPE_CLASS, s);
    visit_stmts(cx, c, s->b);
    bind(sc, es_qstr_get(s->val));
}

static void visit_decl(ctx_t *cx, scope_t *sc, node_t *s) {
    bool global = s->kind == ES_N_GLOBAL;
    if (!global && sc->kind == ES_SCOPE_MODULE) {
        es_parse_error_late(cx->p, s->line,
            ES_ERR("nonlocal declaration not allowed at module level"));
    }
    if (!global && sc->decl_line == 0) {
        sc->decl_line = s->line;
    }
    for (node_t *n = s->a; n != NULL; n = n->next) {
        es_qstr_t name = es_qstr_get(n->val);
        sym_t *sym = add_sym(sc, name);
        if (sym->flags & ES_SYM_PARAM) {
            name_error(cx, s->line, "name '", name, global
                ? "' is parameter and global" : "' is parameter and nonlocal");
        }
        if (sym->flags & (global ? ES_SYM_NONLOCAL : ES_SYM_GLOBAL)) {
            name_error(cx, s->line, "name '", name,
                "' is nonlocal and global");
        }
        if (sym->flags & (ES_SYM_BOUND | ES_SYM_USED)) {
            name_error(cx, s->line, "name '", name, (sym->flags & ES_SYM_BOUND)
                ? (global ? "' is assigned to before global declaration"
                    : "' is assigned to before nonlocal declaration")
                : (global ? "' is used prior to global declaration"
                    : "' is used prior to nonlocal declaration"));
        }
        sym->flags |= global ? ES_SYM_GLOBAL : ES_SYM_NONLOCAL;
    }
}

static void visit_import(ctx_t *cx, scope_t *sc, node_t *s) {
    if (s->kind == ES_N_IMPORTFROM && s->a == NULL
        && sc->kind != ES_SCOPE_MODULE) {
        es_parse_error_late(cx->p, s->line,
            ES_ERR("import * only allowed at module level"));
    }
    for (node_t *a = s->a; a != NULL; a = a->next) {
        if (a->a != NULL) {
            bind(sc, es_qstr_get(a->a->val));
            continue;
        }
        size_t len;
        const char *name = es_qstr_str(es_qstr_get(a->val), &len);
        const char *dot = memchr(name, '.', len);
        bind(sc, dot ? es_intern(name, (size_t)(dot - name))
            : es_qstr_get(a->val));
    }
}

static void visit_try(ctx_t *cx, scope_t *sc, node_t *s) {
    visit_stmts(cx, sc, s->a);
    for (node_t *h = s->b; h != NULL; h = h->next) {
        if (h->a != NULL) {
            visit_expr(cx, sc, h->a);
        }
        if (h->val != 0) {
            bind(sc, es_qstr_get(h->val));
        }
        visit_stmts(cx, sc, h->b);
    }
    visit_stmts(cx, sc, s->c);
    visit_stmts(cx, sc, s->d);
}

// One case per statement kind (a dispatch table in switch form, hence its
// length).
static void visit_stmt(ctx_t *cx, scope_t *sc, node_t *s) {
    if (s->flags & ES_NODE_ASYNC && s->kind != ES_N_DEF) {
        check_async(cx, sc, s);
    }
    switch (s->kind) {
        case ES_N_ASSIGN:
            visit_expr(cx, sc, s->b);
            for (node_t *t = s->a; t != NULL; t = t->next) {
                visit_target(cx, sc, t);
            }
            break;
        case ES_N_AUGASSIGN:
            visit_expr(cx, sc, s->b);
            visit_expr(cx, sc, s->a);
            visit_target(cx, sc, s->a);
            break;
        case ES_N_ANNASSIGN:
            visit_expr(cx, sc, s->b);
            if (s->c != NULL) {
                visit_expr(cx, sc, s->c);
            }
            if (s->c != NULL || s->a->kind == ES_N_NAME) {
                visit_target(cx, sc, s->a); // x: int makes x local, unbound
            }
            break;
        case ES_N_DELETE:
            visit_target(cx, sc, s->a);
            break;
        case ES_N_IF: case ES_N_WHILE:
            visit_expr(cx, sc, s->a);
            visit_stmts(cx, sc, s->b);
            visit_stmts(cx, sc, s->c);
            break;
        case ES_N_FOR:
            visit_expr(cx, sc, s->b);
            visit_target(cx, sc, s->a);
            visit_stmts(cx, sc, s->c);
            visit_stmts(cx, sc, s->d);
            break;
        case ES_N_TRY:
            visit_try(cx, sc, s);
            break;
        case ES_N_WITH:
            for (node_t *i = s->a; i != NULL; i = i->next) {
                visit_expr(cx, sc, i->a);
                if (i->b != NULL) {
                    visit_target(cx, sc, i->b);
                }
            }
            visit_stmts(cx, sc, s->b);
            break;
        case ES_N_DEF:
            visit_def(cx, sc, s);
            break;
        case ES_N_CLASS:
            visit_class(cx, sc, s);
            break;
        case ES_N_GLOBAL: case ES_N_NONLOCAL:
            visit_decl(cx, sc, s);
            break;
        case ES_N_IMPORT: case ES_N_IMPORTFROM:
            visit_import(cx, sc, s);
            break;
        case ES_N_PASS: case ES_N_BREAK: case ES_N_CONTINUE:
            break;
        default: // EXPR, RETURN, RAISE, ASSERT: expressions in a, b
            if (s->a != NULL) {
                visit_expr(cx, sc, s->a);
            }
            if (s->b != NULL) {
                visit_expr(cx, sc, s->b);
            }
            break;
    }
}

static void visit_stmts(ctx_t *cx, scope_t *sc, node_t *s) {
    es_stack_check();
    for (; s != NULL; s = s->next) {
        visit_stmt(cx, sc, s);
    }
}

// --- resolution

// Find [name] bound in a function scope enclosing [sc] (sc itself
// included); mark it a cell there and free in the scopes between.
static bool find_enclosing(scope_t *sc, es_qstr_t name) {
    if (sc == NULL || sc->kind == ES_SCOPE_MODULE) {
        return false;
    }
    if (sc->kind == ES_SCOPE_CLASS) {
        if (name == ES_Q(__class__)) {
            add_sym(sc, name)->flags |= ES_SYM_CELL;
            sc->code_flags |= ES_CODE_CLASS_CELL;
            return true;
        }
        if (!find_enclosing(sc->parent, name)) {
            return false;
        }
        add_sym(sc, name)->flags |= ES_SYM_PASS;
        return true;
    }
    sym_t *s = es_scope_find(sc, name);
    if (s != NULL && (s->flags & ES_SYM_LOCAL)) {
        s->flags |= ES_SYM_CELL;
        return true;
    }
    if (s != NULL && (s->flags & (ES_SYM_FREE | ES_SYM_GLOBAL
        | ES_SYM_GLOBAL_IMPL))) {
        return (s->flags & ES_SYM_FREE) != 0;
    }
    if (!find_enclosing(sc->parent, name)) {
        return false;
    }
    add_sym(sc, name)->flags |= ES_SYM_FREE;
    return true;
}

static void resolve_sym(ctx_t *cx, scope_t *sc, sym_t *s) {
    uint16_t f = s->flags;
    bool fn = sc->kind == ES_SCOPE_FUNCTION || sc->kind == ES_SCOPE_COMP;
    if (f & ES_SYM_GLOBAL) {
        return;
    }
    if (f & ES_SYM_NONLOCAL) {
        if (!find_enclosing(sc->parent, s->name)) {
            name_error(cx, sc->decl_line,
                "no binding for nonlocal '", s->name, "' found");
        }
        s->flags |= ES_SYM_FREE;
    } else if (f & ES_SYM_BOUND) {
        s->flags |= fn ? ES_SYM_LOCAL : ES_SYM_NAME;
    } else if (sc->kind == ES_SCOPE_MODULE) {
        s->flags |= ES_SYM_NAME;
    } else if (find_enclosing(sc->parent, s->name)) {
        s->flags |= ES_SYM_FREE;
    } else {
        s->flags |= fn ? ES_SYM_GLOBAL_IMPL : ES_SYM_NAME;
    }
}

static void resolve(ctx_t *cx, scope_t *sc) {
    es_stack_check();
    // find_enclosing may add symbols to enclosing scopes only, so the
    // count of this one is fixed here... except when a child adds a pass
    // symbol later, which needs no resolution of its own.
    for (size_t i = 0; i < sc->n_syms; i++) {
        resolve_sym(cx, sc, &sc->syms[i]);
    }
    for (scope_t *c = sc->child; c != NULL; c = c->sibling) {
        resolve(cx, c);
    }
}

// Number the slots: locals (params first), then free ones.
static void assign_slots(scope_t *sc) {
    uint16_t n = 0;
    if (sc->code_flags & ES_CODE_CLASS_CELL) {
        es_scope_find(sc, ES_Q(__class__))->slot = n++;
        sc->n_cells = 1;
    }
    for (size_t i = 0; i < sc->n_syms; i++) {
        sym_t *s = &sc->syms[i];
        if ((s->flags & ES_SYM_LOCAL) && sc->kind != ES_SCOPE_CLASS) {
            s->slot = n++;
            sc->n_cells += (s->flags & ES_SYM_CELL) != 0;
        }
    }
    for (size_t i = 0; i < sc->n_syms; i++) {
        sym_t *s = &sc->syms[i];
        if (s->flags & (ES_SYM_FREE | ES_SYM_PASS)) {
            s->slot = n++;
            sc->n_free++;
        }
    }
    sc->n_locals = n;
    for (scope_t *c = sc->child; c != NULL; c = c->sibling) {
        assign_slots(c);
    }
}

void es_scope_analyze(es_parser_t *p, scope_t *top, es_node_t *stmt) {
    ctx_t cx = {p};
    visit_stmts(&cx, top, stmt);
    resolve(&cx, top);
    for (scope_t *c = top->child; c != NULL; c = c->sibling) {
        assign_slots(c);
    }
}

void es_scope_free(scope_t *sc) {
    while (sc != NULL) {
        scope_t *next = sc->sibling;
        es_scope_free(sc->child);
        es_gc_free(sc->syms);
        es_gc_free(sc);
        sc = next;
    }
}
