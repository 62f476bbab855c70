// SPDX-License-Identifier: MIT
// The compiler: parse tree + scopes to bytecode (core/bytecode.h), and the
// es_compile() driver that compiles a module one top-level statement at a
// time. Expressions are in compile_expr.c.
//
// Leaving a block early. The VM's RETURN_VALUE, JUMP and the block stack
// know nothing of finally bodies, so break/continue/return walk the
// compile-time blocks (es_fblock_t) from the innermost out and emit what
// each needs: POP_TOP of a for loop's iterator, POP_BLOCK of a try,
// POP_EXCEPT of an except handler, the finally body itself (inlined), or
// the __exit__ call of a with. A return value rides on top of the stack
// through all of that (ROT_TWO/ROT_THREE move it past what is popped).
#include <string.h>

#include "compile.h"
#include "compile_int.h"
#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "nlr.h"
#include "state.h"
#include "str.h"

#pragma weak es_repl_print_obj

// Compound statements out of line: a statement nested in blocks then pays
// only for the frames of the blocks it is in, not for the biggest one.
#define NOINLINE __attribute__((noinline))

enum { FB_WHILE, FB_FOR, FB_FOR3, FB_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_BODY,
    FB_HANDLER, FB_HANDLER_NAME, FB_WITH, FB_ASYNC_WITH };

static void compile_stmts(es_emit_t *em, node_t *s);

static void push_fb(es_emit_t *em, es_fblock_t *fb, int kind) {
    memset(fb, 0, sizeof(*fb));
    fb->kind = (uint8_t)kind;
    fb->prev = em->fb;
    em->fb = fb;
}

static void pop_fb(es_emit_t *em, es_fblock_t *fb) {
    ES_ASSERT(em->fb == fb);
    em->fb = fb->prev;
}

// --- leaving blocks

// async with's exit: mgr None|exc -> None|exc, awaiting
// mgr.__aexit__(...) (None if it suppressed the exception).
static void async_exit(es_emit_t *em) {
    es_emit_op(em, ES_OP_ASYNC_EXIT, 0);
    es_compile_await(em);
    es_emit_op(em, ES_OP_ASYNC_EXIT_END, -1);
}

// Emit what leaving [fb] needs; [value]: a return value is on top.
static void unwind_one(es_emit_t *em, es_fblock_t *fb, bool value) {
    switch (fb->kind) {
        case FB_FOR: case FB_FINALLY_BODY:
            if (value) {
                es_emit_op(em, ES_OP_ROT_TWO, 0);
            }
            es_emit_op(em, ES_OP_POP_TOP, -1);
            break;
        case FB_FOR3: // the three items of the loop state
            for (int i = 0; i < 3; i++) {
                if (value) {
                    es_emit_op(em, ES_OP_ROT_TWO, 0);
                }
                es_emit_op(em, ES_OP_POP_TOP, -1);
            }
            break;
        case FB_EXCEPT:
            es_emit_op(em, ES_OP_POP_BLOCK, 0);
            break;
        case FB_HANDLER:
            es_emit_op(em, ES_OP_POP_EXCEPT, 0);
            break;
        case FB_HANDLER_NAME:
            es_emit_op(em, ES_OP_POP_BLOCK, 0);
            es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
            es_compile_store_name(em, fb->name);
            es_compile_name(em, fb->name, ES_OP_DELETE_NAME);
            break;
        case FB_FINALLY_TRY: {
            es_emit_op(em, ES_OP_POP_BLOCK, 0);
            es_fblock_t *save = em->fb, held;
            em->fb = fb->prev; // the finally body runs outside the try
            if (value) {
                // a break/continue/return in it drops the held value
                push_fb(em, &held, FB_FINALLY_BODY);
            }
            compile_stmts(em, fb->body);
            em->fb = save;
            break;
        }
        case FB_WITH:
            es_emit_op(em, ES_OP_POP_BLOCK, 0);
            if (value) {
                es_emit_op(em, ES_OP_ROT_THREE, 0);
            }
            es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
            es_emit_op(em, ES_OP_WITH_CLEANUP, -2);
            es_emit_op(em, ES_OP_POP_TOP, -1);
            break;
        case FB_ASYNC_WITH:
            es_emit_op(em, ES_OP_POP_BLOCK, 0);
            if (value) {
                es_emit_op(em, ES_OP_ROT_TWO, 0);
            }
            es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
            async_exit(em);
            es_emit_op(em, ES_OP_POP_TOP, -1);
            break;
        default: // FB_WHILE
            break;
    }
}

// break / continue: unwind to the innermost loop and jump.
NOINLINE static void compile_loop_exit(es_emit_t *em, node_t *s) {
    bool brk = s->kind == ES_N_BREAK;
    es_fblock_t *fb = em->fb;
    while (fb != NULL && fb->kind != FB_WHILE && fb->kind != FB_FOR
        && fb->kind != FB_FOR3) {
        fb = fb->prev;
    }
    if (fb == NULL) {
        es_emit_error(em, brk ? ES_ERR("'break' outside loop")
            : ES_ERR("'continue' not properly in loop"));
    }
    int depth = em->depth;
    for (es_fblock_t *f = em->fb; f != fb; f = f->prev) {
        unwind_one(em, f, false);
    }
    if (brk) {
        unwind_one(em, fb, false);
    }
    es_emit_jump(em, ES_OP_JUMP, brk ? fb->brk : fb->cont, 0);
    em->depth = depth;
}

NOINLINE static void compile_return(es_emit_t *em, node_t *s) {
    if (em->sc->kind != ES_SCOPE_FUNCTION) {
        es_emit_error(em, ES_ERR("'return' outside function"));
    }
    if (s->a != NULL) {
        es_compile_expr(em, s->a);
    } else {
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    }
    int depth = em->depth;
    for (es_fblock_t *f = em->fb; f != NULL; f = f->prev) {
        unwind_one(em, f, true);
    }
    es_emit_op(em, ES_OP_RETURN_VALUE, -1);
    em->depth = depth - 1;
}

// --- simple statements

static bool is_docstring(const node_t *s) {
    return s->kind == ES_N_EXPR && s->a->kind == ES_N_CONST
        && es_is_str(s->a->val);
}

static void compile_expr_stmt(es_emit_t *em, node_t *s) {
    bool print = em->outer == NULL && em->mode == ES_COMPILE_SINGLE
        && &es_repl_print_obj != NULL;
    if (s->a->kind == ES_N_CONST && !print) {
        return; // docstrings and other constants do nothing
    }
    if (print) {
        es_emit_op_u(em, ES_OP_LOAD_CONST_OBJ,
            es_emit_const(em, es_val(&es_repl_print_obj)), 1);
        es_compile_expr(em, s->a);
        es_emit_op_uu(em, ES_OP_CALL_FUNCTION, 1, 0, -1);
    } else {
        es_compile_expr(em, s->a);
    }
    es_emit_op(em, ES_OP_POP_TOP, -1);
}

static void compile_assign(es_emit_t *em, node_t *s) {
    es_compile_expr(em, s->b);
    for (node_t *t = s->a; t != NULL; t = t->next) {
        if (t->next != NULL) {
            es_emit_op(em, ES_OP_DUP_TOP, 1);
        }
        es_compile_store(em, t);
    }
}

NOINLINE static void compile_augassign(es_emit_t *em, node_t *s) {
    node_t *t = s->a;
    if (t->kind == ES_N_NAME) {
        es_compile_expr(em, t);
        es_compile_expr(em, s->b);
        es_emit_op_u(em, ES_OP_BINARY_OP, s->op, -1);
        es_compile_store(em, t);
    } else if (t->kind == ES_N_ATTR) {
        es_compile_expr(em, t->a);
        es_emit_op(em, ES_OP_DUP_TOP, 1);
        es_emit_op_u(em, ES_OP_LOAD_ATTR, es_qstr_get(t->val), 0);
        es_compile_expr(em, s->b);
        es_emit_op_u(em, ES_OP_BINARY_OP, s->op, -1);
        es_emit_op(em, ES_OP_ROT_TWO, 0);
        es_emit_op_u(em, ES_OP_STORE_ATTR, es_qstr_get(t->val), -2);
    } else {
        es_compile_expr(em, t->a);
        es_compile_expr(em, t->b);
        es_emit_op(em, ES_OP_DUP_TOP_TWO, 2);
        es_emit_op(em, ES_OP_LOAD_SUBSCR, -1);
        es_compile_expr(em, s->b);
        es_emit_op_u(em, ES_OP_BINARY_OP, s->op, -1);
        es_emit_op(em, ES_OP_ROT_THREE, 0);
        es_emit_op(em, ES_OP_STORE_SUBSCR, -3);
    }
}

// x: ann [= value]. Module and class bodies evaluate the annotation, as
// CPython does (it is not kept: there is no __annotations__).
static void compile_annassign(es_emit_t *em, node_t *s) {
    if (s->c != NULL) {
        es_compile_expr(em, s->c);
        es_compile_store(em, s->a);
    }
    if (em->sc->kind == ES_SCOPE_MODULE || em->sc->kind == ES_SCOPE_CLASS) {
        es_compile_expr(em, s->b);
        es_emit_op(em, ES_OP_POP_TOP, -1);
    }
}

static void compile_delete(es_emit_t *em, node_t *t) {
    switch (t->kind) {
        case ES_N_NAME:
            es_compile_name(em, es_qstr_get(t->val), ES_OP_DELETE_NAME);
            break;
        case ES_N_ATTR:
            es_compile_expr(em, t->a);
            es_emit_op_u(em, ES_OP_DELETE_ATTR, es_qstr_get(t->val), -1);
            break;
        case ES_N_SUBSCR:
            es_compile_expr(em, t->a);
            es_compile_expr(em, t->b);
            es_emit_op(em, ES_OP_DELETE_SUBSCR, -2);
            break;
        default: // TUPLE, LIST
            for (node_t *c = t->a; c != NULL; c = c->next) {
                compile_delete(em, c);
            }
            break;
    }
}

static void compile_raise(es_emit_t *em, node_t *s) {
    uint32_t n = 0;
    if (s->a != NULL) {
        es_compile_expr(em, s->a);
        n++;
        if (s->b != NULL) {
            es_compile_expr(em, s->b);
            n++;
        }
    }
    es_emit_op_u(em, ES_OP_RAISE_VARARGS, n, -(int)n);
}

static void compile_assert(es_emit_t *em, node_t *s) {
    if (es_g.opt_level > 0) {
        return; // micropython.opt_level(1), as CPython's -O
    }
    uint32_t end = es_emit_label(em);
    es_compile_cond(em, s->a, end, true);
    es_emit_op_u(em, ES_OP_LOAD_GLOBAL, ES_Q(AssertionError), 1);
    if (s->b != NULL) {
        es_compile_expr(em, s->b);
        es_emit_op_uu(em, ES_OP_CALL_FUNCTION, 1, 0, -1);
    }
    es_emit_op_u(em, ES_OP_RAISE_VARARGS, 1, -1);
    es_emit_place(em, end);
}

NOINLINE static void compile_import(es_emit_t *em, node_t *s) {
    for (node_t *a = s->a; a != NULL; a = a->next) {
        es_qstr_t full = es_qstr_get(a->val);
        es_emit_small_int(em, 0);
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
        es_emit_op_u(em, ES_OP_IMPORT_NAME, full, -1);
        size_t len;
        const char *name = es_qstr_str(full, &len);
        const char *dot = memchr(name, '.', len);
        if (a->a == NULL) {
            es_compile_store_name(em, dot ? es_intern(name,
                (size_t)(dot - name)) : full);
            continue;
        }
        while (dot != NULL) { // import a.b.c as d: d = a.b.c
            const char *start = dot + 1;
            dot = memchr(start, '.', len - (size_t)(start - name));
            size_t n = dot ? (size_t)(dot - start) : len - (size_t)(start - name);
            es_emit_op_u(em, ES_OP_LOAD_ATTR, es_intern(start, n), 0);
        }
        es_compile_store_name(em, es_qstr_get(a->a->val));
    }
}

NOINLINE static void compile_import_from(es_emit_t *em, node_t *s) {
    es_emit_small_int(em, s->op);
    uint32_t n = 0;
    for (node_t *a = s->a; a != NULL; a = a->next, n++) {
        es_emit_op_u(em, ES_OP_LOAD_CONST_STR, es_qstr_get(a->val), 1);
    }
    if (s->a == NULL) {
        es_emit_op_u(em, ES_OP_LOAD_CONST_STR, ES_QS(star, "*"), 1);
        n = 1;
    }
    es_emit_op_u(em, ES_OP_BUILD_TUPLE, n, 1 - (int)n);
    es_emit_op_u(em, ES_OP_IMPORT_NAME,
        s->val ? es_qstr_get(s->val) : ES_QS(empty, ""), -1);
    if (s->a == NULL) {
        es_emit_op(em, ES_OP_IMPORT_STAR, -1);
        return;
    }
    for (node_t *a = s->a; a != NULL; a = a->next) {
        es_emit_op_u(em, ES_OP_IMPORT_FROM, es_qstr_get(a->val), 1);
        es_compile_store_name(em, es_qstr_get(a->a ? a->a->val : a->val));
    }
    es_emit_op(em, ES_OP_POP_TOP, -1);
}

// --- compound statements

static void compile_if(es_emit_t *em, node_t *s) {
    uint32_t orelse = es_emit_label(em), end = es_emit_label(em);
    es_compile_cond(em, s->a, orelse, false);
    compile_stmts(em, s->b);
    if (s->c != NULL) {
        es_emit_jump(em, ES_OP_JUMP, end, 0);
    }
    es_emit_place(em, orelse);
    compile_stmts(em, s->c);
    es_emit_place(em, end);
}

NOINLINE static void compile_while(es_emit_t *em, node_t *s) {
    es_fblock_t fb;
    push_fb(em, &fb, FB_WHILE);
    fb.cont = es_emit_label(em);
    fb.brk = es_emit_label(em);
    uint32_t orelse = es_emit_label(em);
    es_emit_place(em, fb.cont);
    bool forever = s->a->kind == ES_N_CONST && s->a->val == ES_TRUE;
    if (!forever) {
        es_compile_cond(em, s->a, orelse, false);
    }
    compile_stmts(em, s->b);
    es_emit_jump(em, ES_OP_JUMP, fb.cont, 0);
    pop_fb(em, &fb);
    es_emit_place(em, orelse);
    compile_stmts(em, s->c);
    es_emit_place(em, fb.brk);
}

// The number of arguments when [e] is a call range(a[, b[, c]]) with
// plain positional arguments, else 0.
static uint32_t range_call(node_t *e) {
    if (e->kind != ES_N_CALL || e->a->kind != ES_N_NAME
        || es_qstr_get(e->a->val) != ES_Q(range)) {
        return 0;
    }
    uint32_t n = 0;
    for (node_t *x = e->b; x != NULL; x = x->next, n++) {
        if (x->kind == ES_N_STAR || x->kind == ES_N_DSTAR || x->kind == ES_N_KW
            || n == 3) {
            return 0;
        }
    }
    return n;
}

// A for loop. Its state is three stack items (see vm.c), so a loop over
// range(...), a tuple, a list, bytes or a bytearray allocates nothing.
NOINLINE static void compile_for(es_emit_t *em, node_t *s) {
    uint32_t n_range = range_call(s->b);
    if (n_range > 0) {
        es_compile_expr(em, s->b->a);
        for (node_t *x = s->b->b; x != NULL; x = x->next) {
            es_compile_expr(em, x);
        }
        es_emit_op_u(em, ES_OP_FOR_RANGE_SETUP, n_range, 2 - (int)n_range);
    } else {
        es_compile_expr(em, s->b);
        es_emit_op(em, ES_OP_GET_ITER_STACK, 2);
    }
    es_fblock_t fb;
    push_fb(em, &fb, FB_FOR3);
    fb.cont = es_emit_label(em);
    fb.brk = es_emit_label(em);
    uint32_t orelse = es_emit_label(em);
    es_emit_place(em, fb.cont);
    es_emit_jump(em, ES_OP_FOR_STACK, orelse, 1);
    es_compile_store(em, s->a);
    compile_stmts(em, s->c);
    es_emit_jump(em, ES_OP_JUMP, fb.cont, 0);
    pop_fb(em, &fb);
    es_emit_place(em, orelse);
    es_emit_adjust(em, -3); // the exhausted loop state is popped
    compile_stmts(em, s->d);
    es_emit_place(em, fb.brk);
}

// One except clause; the exception is on the stack. [next]: no match.
NOINLINE static void compile_handler(es_emit_t *em, node_t *h, uint32_t next,
    uint32_t end) {
    em->line = h->line;
    if (h->a != NULL) {
        es_emit_op(em, ES_OP_DUP_TOP, 1);
        es_compile_expr(em, h->a);
        es_emit_op_u(em, ES_OP_BINARY_OP, ES_BOP_EXC_MATCH, -1);
        es_emit_jump(em, ES_OP_POP_JUMP_IF_FALSE, next, -1);
    }
    es_fblock_t fb, fbn;
    push_fb(em, &fb, FB_HANDLER);
    if (h->val == 0) {
        es_emit_op(em, ES_OP_POP_TOP, -1);
        compile_stmts(em, h->b);
    } else {
        // as name: name = None; del name, however the body ends
        es_qstr_t name = es_qstr_get(h->val);
        es_compile_store_name(em, name);
        uint32_t cleanup = es_emit_label(em);
        es_emit_jump(em, ES_OP_SETUP_FINALLY, cleanup, 0);
        es_emit_blocks(em, 1);
        push_fb(em, &fbn, FB_HANDLER_NAME);
        fbn.name = name;
        compile_stmts(em, h->b);
        pop_fb(em, &fbn);
        es_emit_op(em, ES_OP_POP_BLOCK, 0);
        es_emit_blocks(em, -1);
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
        es_emit_place(em, cleanup);
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
        es_compile_store_name(em, name);
        es_compile_name(em, name, ES_OP_DELETE_NAME);
        es_emit_op(em, ES_OP_END_FINALLY, -1);
    }
    pop_fb(em, &fb);
    es_emit_op(em, ES_OP_POP_EXCEPT, 0);
    es_emit_jump(em, ES_OP_JUMP, end, 0);
}

// try: body, except clauses, else (no finally).
NOINLINE static void compile_try_except(es_emit_t *em, node_t *s) {
    uint32_t handler = es_emit_label(em), orelse = es_emit_label(em);
    uint32_t end = es_emit_label(em);
    int depth = em->depth;
    es_emit_jump(em, ES_OP_SETUP_EXCEPT, handler, 0);
    es_emit_blocks(em, 1);
    es_fblock_t fb;
    push_fb(em, &fb, FB_EXCEPT);
    compile_stmts(em, s->a);
    pop_fb(em, &fb);
    es_emit_op(em, ES_OP_POP_BLOCK, 0);
    es_emit_jump(em, ES_OP_JUMP, orelse, 0);
    // the handler: the exception is pushed; the block counts as the
    // "being handled" state until POP_EXCEPT
    es_emit_place(em, handler);
    em->depth = depth;
    es_emit_adjust(em, 1);
    for (node_t *h = s->b; h != NULL; h = h->next) {
        uint32_t next = es_emit_label(em);
        compile_handler(em, h, next, end);
        es_emit_place(em, next);
        em->depth = depth + 1;
    }
    es_emit_op(em, ES_OP_END_FINALLY, -1); // no clause matched: re-raise
    es_emit_blocks(em, -1);
    es_emit_place(em, orelse);
    compile_stmts(em, s->c);
    es_emit_place(em, end);
}

NOINLINE static void compile_try(es_emit_t *em, node_t *s) {
    if (s->d == NULL) {
        compile_try_except(em, s);
        return;
    }
    uint32_t fin = es_emit_label(em);
    es_emit_jump(em, ES_OP_SETUP_FINALLY, fin, 0);
    es_emit_blocks(em, 1);
    es_fblock_t fb;
    push_fb(em, &fb, FB_FINALLY_TRY);
    fb.body = s->d;
    if (s->b != NULL) {
        compile_try_except(em, s);
    } else {
        compile_stmts(em, s->a);
    }
    pop_fb(em, &fb);
    es_emit_op(em, ES_OP_POP_BLOCK, 0);
    es_emit_blocks(em, -1);
    es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    es_emit_place(em, fin); // None or the exception on the stack
    push_fb(em, &fb, FB_FINALLY_BODY);
    compile_stmts(em, s->d);
    pop_fb(em, &fb);
    es_emit_op(em, ES_OP_END_FINALLY, -1);
}

// --- async for, async with (the scope checked they are in an async def)

// await obj.name() with [obj] on top: -> result.
static void await_method(es_emit_t *em, es_qstr_t name) {
    es_emit_op_u(em, ES_OP_CALL_ASYNC, name, 0);
    es_compile_await(em);
}

// async for: it = iter.__aiter__(); then target = await it.__anext__()
// until that raises StopAsyncIteration.
NOINLINE static void compile_async_for(es_emit_t *em, node_t *s) {
    es_compile_expr(em, s->b);
    es_emit_op_u(em, ES_OP_CALL_ASYNC, ES_Q(__aiter__), 0);
    es_fblock_t fb;
    push_fb(em, &fb, FB_FOR);
    fb.cont = es_emit_label(em);
    fb.brk = es_emit_label(em);
    uint32_t handler = es_emit_label(em), orelse = es_emit_label(em);
    uint32_t other = es_emit_label(em);
    int depth = em->depth;
    es_emit_place(em, fb.cont);
    es_emit_jump(em, ES_OP_SETUP_EXCEPT, handler, 0);
    es_emit_blocks(em, 1);
    es_emit_op(em, ES_OP_DUP_TOP, 1);
    await_method(em, ES_Q(__anext__));
    es_emit_op(em, ES_OP_POP_BLOCK, 0);
    es_emit_blocks(em, -1);
    es_compile_store(em, s->a);
    compile_stmts(em, s->c);
    es_emit_jump(em, ES_OP_JUMP, fb.cont, 0);
    pop_fb(em, &fb);
    // the exception is pushed, being handled until POP_EXCEPT
    es_emit_place(em, handler);
    em->depth = depth;
    es_emit_adjust(em, 1);
    es_emit_op(em, ES_OP_DUP_TOP, 1);
    es_emit_op_u(em, ES_OP_LOAD_GLOBAL, ES_Q(StopAsyncIteration), 1);
    es_emit_op_u(em, ES_OP_BINARY_OP, ES_BOP_EXC_MATCH, -1);
    es_emit_jump(em, ES_OP_POP_JUMP_IF_FALSE, other, -1);
    es_emit_op(em, ES_OP_POP_TOP, -1);
    es_emit_op(em, ES_OP_POP_EXCEPT, 0);
    es_emit_jump(em, ES_OP_JUMP, orelse, 0);
    es_emit_place(em, other);
    em->depth = depth + 1;
    es_emit_op(em, ES_OP_END_FINALLY, -1); // re-raise
    es_emit_place(em, orelse);
    es_emit_op(em, ES_OP_POP_TOP, -1); // the async iterator
    compile_stmts(em, s->d);
    es_emit_place(em, fb.brk);
}

// with, and async with ([async]): the manager's __exit__ and self stay
// on the stack under the body; for async with the manager itself, whose
// __aexit__ is looked up when it is called.
NOINLINE static void compile_with_item(es_emit_t *em, node_t *item,
    node_t *body, bool async) {
    em->line = item->line;
    es_compile_expr(em, item->a);
    uint32_t cleanup = es_emit_label(em);
    if (async) {
        es_emit_op(em, ES_OP_DUP_TOP, 1);
        await_method(em, ES_Q(__aenter__));
    } else {
        es_emit_jump(em, ES_OP_SETUP_WITH, cleanup, 2);
        es_emit_blocks(em, 1);
    }
    if (item->b != NULL) {
        es_compile_store(em, item->b);
    } else {
        es_emit_op(em, ES_OP_POP_TOP, -1);
    }
    if (async) {
        es_emit_jump(em, ES_OP_SETUP_FINALLY, cleanup, 0);
        es_emit_blocks(em, 1);
    }
    es_fblock_t fb;
    push_fb(em, &fb, async ? FB_ASYNC_WITH : FB_WITH);
    if (item->next != NULL) {
        compile_with_item(em, item->next, body, async);
    } else {
        compile_stmts(em, body);
    }
    pop_fb(em, &fb);
    es_emit_op(em, ES_OP_POP_BLOCK, 0);
    es_emit_blocks(em, -1);
    es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    es_emit_place(em, cleanup); // exit self None|exc, or mgr None|exc
    if (async) {
        async_exit(em);
    } else {
        es_emit_op(em, ES_OP_WITH_CLEANUP, -2);
    }
    es_emit_op(em, ES_OP_END_FINALLY, -1);
}

static void compile_stmt(es_emit_t *em, node_t *s) {
    es_stack_check();
    em->line = s->line;
    switch (s->kind) {
        case ES_N_EXPR: compile_expr_stmt(em, s); break;
        case ES_N_ASSIGN: compile_assign(em, s); break;
        case ES_N_AUGASSIGN: compile_augassign(em, s); break;
        case ES_N_ANNASSIGN: compile_annassign(em, s); break;
        case ES_N_DELETE: compile_delete(em, s->a); break;
        case ES_N_IF: compile_if(em, s); break;
        case ES_N_WHILE: compile_while(em, s); break;
        case ES_N_FOR:
            if (s->flags & ES_NODE_ASYNC) {
                compile_async_for(em, s);
            } else {
                compile_for(em, s);
            }
            break;
        case ES_N_TRY: compile_try(em, s); break;
        case ES_N_WITH:
            compile_with_item(em, s->a, s->b, s->flags & ES_NODE_ASYNC);
            break;
        case ES_N_DEF: es_compile_def(em, s); break;
        case ES_N_CLASS: es_compile_class(em, s); break;
        case ES_N_RETURN: compile_return(em, s); break;
        case ES_N_BREAK: case ES_N_CONTINUE: compile_loop_exit(em, s); break;
        case ES_N_RAISE: compile_raise(em, s); break;
        case ES_N_ASSERT: compile_assert(em, s); break;
        case ES_N_IMPORT: compile_import(em, s); break;
        case ES_N_IMPORTFROM: compile_import_from(em, s); break;
        default: // PASS, GLOBAL, NONLOCAL
            break;
    }
}

static void compile_stmts(es_emit_t *em, node_t *s) {
    for (; s != NULL; s = s->next) {
        compile_stmt(em, s);
    }
}

// --- code objects for functions and class bodies

void es_compile_body(es_emit_t *em, node_t *body, bool is_class) {
    if (is_class) {
        es_emit_op_u(em, ES_OP_LOAD_NAME, ES_Q(__name__), 1);
        es_emit_op_u(em, ES_OP_STORE_NAME, ES_Q(__module__), -1);
        es_emit_op_u(em, ES_OP_LOAD_CONST_STR, em->name, 1);
        es_emit_op_u(em, ES_OP_STORE_NAME, ES_Q(__qualname__), -1);
        if (body != NULL && is_docstring(body)) {
            es_compile_expr(em, body->a);
            es_emit_op_u(em, ES_OP_STORE_NAME, ES_Q(__doc__), -1);
        }
    }
    compile_stmts(em, body);
    if (!is_class) {
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    } else if (em->sc->code_flags & ES_CODE_CLASS_CELL) {
        es_emit_op_u(em, ES_OP_LOAD_FAST, 0, 1);
    } else {
        es_emit_op(em, ES_OP_LOAD_CONST_NONE, 1);
    }
    es_emit_op(em, ES_OP_RETURN_VALUE, -1);
}

// --- the driver

// Compile top-level statement [s] of a module and drop its tree. A scope
// or compile error waits until the rest of the source is parsed: as in
// CPython, which compiles only a fully parsed file, a syntax error further
// on is the one reported.
static void compile_top(es_parser_t *p, es_scope_t *module, es_emit_t *em,
    es_node_t *s) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        module->child = NULL; // module names need no symbols: start afresh
        module->n_syms = 0;
        es_scope_analyze(p, module, s);
        compile_stmts(em, s);
        es_emit_resolve(em);
        es_scope_free(module->child);
        es_parse_free(p);
        es_nlr_pop();
        return;
    }
    if (es_exc_match(buf.value, es_val(&es_type_SyntaxError))) {
        es_parse_free(p);
        while (es_parse_stmt(p) != NULL) {
            es_parse_free(p);
        }
    }
    es_raise(buf.value);
}

static es_val_t compile_eval(es_parser_t *p, es_emit_t *em) {
    es_node_t *e = es_parse_eval(p);
    es_node_t stmt;
    memset(&stmt, 0, sizeof(stmt));
    stmt.kind = ES_N_EXPR;
    stmt.a = e;
    stmt.line = e->line;
    es_scope_analyze(p, em->sc, &stmt);
    em->line = e->line;
    es_compile_expr(em, e);
    es_emit_op(em, ES_OP_RETURN_VALUE, -1);
    es_scope_free(em->sc->child);
    es_parse_free(p);
    return es_emit_finish(em);
}

es_val_t es_compile(es_reader_t *src, es_qstr_t file, es_compile_mode_t mode) {
    es_lexer_t *lx = es_gc_alloc(sizeof(es_lexer_t), 0); // off the C stack
    es_parser_t p;
    es_scope_t module;
    es_emit_t em;
    es_lexer_init(lx, src, file, 1, false);
    es_parse_init(&p, lx);
    memset(&module, 0, sizeof(module));
    module.kind = ES_SCOPE_MODULE;
    es_emit_init(&em, NULL, &module, &p, ES_QS(module_name, "<module>"), 1);
    em.mode = (uint8_t)mode;
    if (mode == ES_COMPILE_EVAL) {
        es_val_t code = compile_eval(&p, &em);
        es_gc_free(lx->buf);
        es_gc_free(lx);
        es_gc_free(p.sbuf);
        return code;
    }
    es_node_t *s;
    bool first = true;
    while ((s = es_parse_stmt(&p)) != NULL) {
        if (first && mode == ES_COMPILE_FILE && is_docstring(s)) {
            em.line = s->line; // the module docstring: __doc__
            es_compile_expr(&em, s->a);
            es_emit_op_u(&em, ES_OP_STORE_NAME, ES_Q(__doc__), -1);
        }
        first = false;
        compile_top(&p, &module, &em, s);
    }
    es_emit_op(&em, ES_OP_LOAD_CONST_NONE, 1);
    es_emit_op(&em, ES_OP_RETURN_VALUE, -1);
    module.n_syms = 0;
    es_gc_free(module.syms);
    module.syms = NULL;
    es_val_t code = es_emit_finish(&em); // reads the lexer's file name
    es_gc_free(lx->buf);
    es_gc_free(lx);
    es_gc_free(p.sbuf);
    return code;
}
