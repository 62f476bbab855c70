// SPDX-License-Identifier: MIT
// Generator objects. A generator holds its frame in the same allocation,
// right after its header, so it never lives on the frame stack and can be
// suspended and resumed in any order. Each resume runs the frame in a
// nested VM loop (es_vm_run) until YIELD_VALUE/YIELD_FROM suspends it or
// it returns. While suspended at YIELD_FROM the sub-iterator is the top of
// the frame's value stack and ip points at the YIELD_FROM instruction;
// throw() and close() pass through to it.
#include "args.h"
#include "bytecode.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "gc.h"
#include "gen.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct es_gen {
    es_obj_t base;      // es_type_gen
    uint8_t state;      // GEN_*
    es_val_t pend;      // pend_throw()'s exception for the next resume,
                        // None when there is none
    es_val_t exc;       // exception being handled inside, while suspended
    es_val_t outer;     // the caller's, while running
    es_frame_t *frame;  // inside this allocation, after the header
} es_gen_t;

#define GEN_HDR ((sizeof(es_gen_t) + sizeof(es_val_t) - 1) \
    & ~(sizeof(es_val_t) - 1))

es_val_t es_gen_new(const es_fun_t *fun, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    const es_code_t *code = fun->code;
    es_gen_t *g = es_gc_alloc(GEN_HDR + es_frame_size(code), 0);
    g->base.type = &es_type_gen;
    g->state = GEN_CREATED;
    g->exc = g->outer = ES_NULL;
    g->pend = ES_NONE;
    es_frame_t *f = (es_frame_t *)((uint8_t *)g + GEN_HDR);
    es_frame_init(f, fun);
    f->flags = ES_FRAME_HEAP;
    g->frame = f;
    es_args_bind(fun, f->slots, n_args, n_kw, args);
    es_frame_setup_cells(f, fun->closure);
    return es_val(g);
}

static bool is_stop_iteration(es_val_t exc) {
    return es_exc_match(exc, es_val(&es_type_StopIteration));
}

// The value a StopIteration carries (its first argument, else None).
static es_val_t stop_value(es_val_t exc) {
    es_val_t args = ((es_exc_t *)exc)->args;
    size_t n = 0;
    es_val_t *items = NULL;
    if (args != ES_NULL) {
        es_tuple_get(args, &n, &items);
    }
    return n > 0 ? items[0] : ES_NONE;
}

// Run [g]'s frame once (the send value already pushed, or [throw] to
// raise), keeping the generator's own "exception being handled" apart
// from its caller's. No nlr handler here (C stack per nested generator
// stays small): when the frame raises, the VM calls es_gen_frame_raised.
static bool gen_run(es_gen_t *g, es_val_t throw, es_val_t *out) {
    g->outer = es_g.exc_cur;
    if (g->exc != ES_NULL) {
        es_g.exc_cur = g->exc;
    }
    g->state = GEN_RUNNING;
    bool yielded;
    es_val_t v = es_vm_run(g->frame, throw, &yielded);
    g->exc = yielded && es_g.exc_cur != g->outer ? es_g.exc_cur : ES_NULL;
    es_g.exc_cur = g->outer;
    g->outer = ES_NULL;
    g->state = yielded ? GEN_SUSPENDED : GEN_DONE;
    *out = v;
    return yielded;
}

es_val_t es_gen_frame_raised(es_frame_t *f, es_val_t exc) {
    es_gen_t *g = (es_gen_t *)((uint8_t *)f - GEN_HDR);
    g->state = GEN_DONE;
    g->exc = ES_NULL;
    es_g.exc_cur = g->outer;
    g->outer = ES_NULL;
    if (!is_stop_iteration(exc)) {
        return exc;
    }
    es_val_t msg = es_str_from_cstr(ES_ERR("generator raised StopIteration"));
    es_val_t e = es_exc_new(&es_type_RuntimeError, 1, &msg);
    ((es_exc_t *)e)->cause = exc;
    ((es_exc_t *)e)->context = exc;
    return e;
}

static bool is_exc_type(es_val_t v) {
    return es_type_of(v) == &es_type_type
        && (((const es_type_t *)v)->flags & ES_TYPE_EXCEPTION);
}

// throw(type[, value[, tb]]) or throw(exc), arguments at args[1..]: the
// exception instance to raise. Raises TypeError for anything else.
static es_val_t throw_arg(size_t n_args, const es_val_t *args) {
    es_val_t t = args[1];
    if (es_type_of(t)->flags & ES_TYPE_EXCEPTION) {
        return t;
    }
    if (!is_exc_type(t)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("exceptions must be classes "
            "or instances deriving from BaseException, not %T"), t);
    }
    if (n_args > 2 && args[2] != ES_NONE) {
        if (es_type_of(args[2])->flags & ES_TYPE_EXCEPTION) {
            return args[2];
        }
        return es_call1(t, args[2]);
    }
    return es_call0(t);
}

// Throw into the sub-iterator [sub] a suspended YIELD_FROM waits on: the
// throw() arguments at args[1..n_args) go to sub.throw() as they are (as
// CPython: a duck-typed iterator may take anything); a GeneratorExit
// closes it. Returns true with *out set when the sub-iterator yields;
// false with *raise set to what to raise in the delegating frame, or
// *raise ES_NULL and *out the sub-iterator's return value.
static bool sub_throw(es_val_t sub, size_t n_args, const es_val_t *args,
    es_val_t *out, es_val_t *raise) {
    es_val_t m[5];
    es_val_t t = is_exc_type(args[1]) ? args[1] : es_val(es_type_of(args[1]));
    bool is_exit = es_exc_match(t, es_val(&es_type_GeneratorExit));
    bool is_gen = es_is_type(sub, &es_type_gen);
    es_load_method_maybe(sub, is_exit ? ES_Q(close) : ES_Q(throw), m);
    if (m[0] == ES_NULL && !is_gen) {
        *raise = throw_arg(n_args, args);
        return false;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        bool yielded = false;
        *raise = ES_NULL;
        if (is_exit) {
            *raise = args[1];
            es_call_method(0, 0, m);
        } else if (is_gen) {
            yielded = es_gen_resume(sub, ES_NONE, throw_arg(n_args, args),
                out);
        } else {
            for (size_t i = 1; i < n_args; i++) {
                m[i + 1] = args[i];
            }
            *out = es_call_method(n_args - 1, 0, m);
            yielded = true;
        }
        es_nlr_pop();
        return yielded;
    }
    if (is_stop_iteration(buf.value) && !is_exit) {
        *out = stop_value(buf.value);
        *raise = ES_NULL;
    } else {
        *raise = buf.value;
    }
    return false;
}

// throw() into a generator suspended in `yield from`: pass it to the
// sub-iterator, then continue the delegating frame as its outcome says.
static bool delegate_throw(es_gen_t *g, size_t n_args, const es_val_t *args,
    es_val_t *out) {
    es_frame_t *f = g->frame;
    es_val_t raise;
    g->state = GEN_RUNNING;
    bool yielded;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        yielded = sub_throw(*es_frame_sp(f), n_args, args, out, &raise);
        es_nlr_pop();
    } else {
        g->state = GEN_SUSPENDED; // a bad throw() argument
        es_nlr_jump(buf.value);
    }
    g->state = GEN_SUSPENDED;
    if (yielded) {
        return true;
    }
    if (raise != ES_NULL) {
        return gen_run(g, raise, out);
    }
    *es_frame_sp(f) = *out; // the value of the `yield from` expression
    f->ip++;         // past YIELD_FROM (it has no operand)
    return gen_run(g, ES_NULL, out);
}

// Is [g] suspended in a `yield from` (or await)?
static bool in_yield_from(const es_gen_t *g) {
    return g->state == GEN_SUSPENDED
        && es_rom_u8(g->frame->ip) == ES_OP_YIELD_FROM;
}

bool es_gen_resume(es_val_t gen, es_val_t send, es_val_t throw,
    es_val_t *out) {
    es_gen_t *g = (es_gen_t *)gen;
    es_stack_check(); // before any change: the resume may not happen
    if (g->pend != ES_NONE && g->state != GEN_RUNNING) {
        es_val_t args[2] = {gen, g->pend};
        g->pend = ES_NONE;
        throw = throw_arg(2, args);
    }
    switch (g->state) {
    case GEN_RUNNING:
        es_raise_msg(&es_type_ValueError,
            ES_ERR("generator already executing"));
    case GEN_DONE:
        if (es_frame_code(g->frame)->flags & ES_CODE_COROUTINE) {
            es_raise_msg(&es_type_RuntimeError,
                ES_ERR("cannot reuse already awaited coroutine"));
        }
        if (throw != ES_NULL) {
            es_raise(throw);
        }
        *out = ES_NONE;
        return false;
    case GEN_CREATED:
        if (throw == ES_NULL && send != ES_NONE) {
            es_raise_msg(&es_type_TypeError,
                es_frame_code(g->frame)->flags & ES_CODE_COROUTINE
                ? ES_ERR("can't send non-None value to a just-started "
                    "coroutine")
                : ES_ERR("can't send non-None value to a just-started "
                    "generator"));
        }
        break;
    default:
        if (throw != ES_NULL && in_yield_from(g)) {
            es_val_t args[2] = {gen, throw};
            return delegate_throw(g, 2, args, out);
        }
        if (throw == ES_NULL) {
            es_frame_sp(g->frame)[1] = send;
            g->frame->n_sp++;
        }
        break;
    }
    return gen_run(g, throw, out);
}

// --- the Python-visible interface

static es_val_t gen_iternext(es_val_t self) {
    es_val_t v;
    return es_gen_resume(self, ES_NONE, ES_NULL, &v) ? v : ES_STOP;
}

// The result of a resume seen from send()/__next__()/throw(): the yielded
// value, or StopIteration carrying the return value.
static es_val_t yielded_or_stop(bool yielded, es_val_t v) {
    if (yielded) {
        return v;
    }
    es_raise(es_exc_new(&es_type_StopIteration, v == ES_NONE ? 0 : 1, &v));
}

static es_val_t gen_next(es_val_t self) {
    es_val_t v;
    bool yielded = es_gen_resume(self, ES_NONE, ES_NULL, &v);
    return yielded_or_stop(yielded, v);
}

static es_val_t gen_send(es_val_t self, es_val_t value) {
    es_val_t v;
    bool yielded = es_gen_resume(self, value, ES_NULL, &v);
    return yielded_or_stop(yielded, v);
}

static es_val_t gen_throw(size_t n_args, const es_val_t *args) {
    es_gen_t *g = (es_gen_t *)args[0];
    es_val_t v;
    bool yielded;
    if (in_yield_from(g) && g->pend == ES_NONE) {
        es_stack_check();
        yielded = delegate_throw(g, n_args, args, &v);
    } else {
        yielded = es_gen_resume(args[0], ES_NONE, throw_arg(n_args, args), &v);
    }
    return yielded_or_stop(yielded, v);
}

// pend_throw(exc) (MicroPython): raise [exc] at the next resume instead of
// sending; None cancels. Returns the exception pending before (or None).
static es_val_t gen_pend_throw(es_val_t self, es_val_t exc) {
    es_gen_t *g = (es_gen_t *)self;
    if (g->state == GEN_RUNNING) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("generator already executing"));
    }
    es_val_t prev = g->pend;
    g->pend = exc;
    return prev;
}

// __await__(): a coroutine (or generator) is its own iterator.
static es_val_t gen_await(es_val_t self) {
    return self;
}

es_val_t es_gen_awaitable(es_val_t obj) {
    if (es_is_type(obj, &es_type_gen)) {
        return obj;
    }
    es_val_t m[2];
    es_load_method_maybe(obj, ES_Q(__await__), m);
    if (m[0] == ES_NULL && es_is_class(es_type_of(obj))) {
        es_load_method_maybe(obj, ES_Q(__iter__), m);
    }
    if (m[0] == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("object %T can't be used in 'await' expression"), obj);
    }
    es_val_t it = es_call_method(0, 0, m);
    if (es_type_of(it)->iternext == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("__await__() returned non-iterator of type '%T'"), it);
    }
    return it;
}

static es_val_t gen_close(es_val_t self) {
    es_gen_t *g = (es_gen_t *)self;
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        g->state = GEN_DONE;
        return ES_NONE;
    }
    es_val_t exc = es_exc_new(&es_type_GeneratorExit, 0, NULL), v;
    es_nlr_buf_t buf;
    bool yielded;
    if (es_nlr_push(&buf) == 0) {
        yielded = es_gen_resume(self, ES_NONE, exc, &v);
        es_nlr_pop();
    } else {
        if (es_exc_match(buf.value, es_val(&es_type_GeneratorExit))
            || is_stop_iteration(buf.value)) {
            return ES_NONE;
        }
        es_nlr_jump(buf.value);
    }
    if (yielded) {
        es_raise_msg(&es_type_RuntimeError,
            ES_ERR("generator ignored GeneratorExit"));
    }
    return ES_NONE;
}

static void gen_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_gen_t *g = (es_gen_t *)self;
    const es_code_t *code = es_frame_code(g->frame);
    es_printf(p, code->flags & ES_CODE_COROUTINE
        ? "<coroutine object %q at %p>" : "<generator object %q at %p>",
        code->qualname != 0 ? code->qualname : code->name, (void *)self);
}

static es_val_t gen_load_attr(es_val_t self, es_qstr_t name) {
    es_gen_t *g = (es_gen_t *)self;
    if (name == ES_Q(__name__) || name == ES_Q(__qualname__)) {
        return es_qstr_val(es_frame_code(g->frame)->name);
    }
    if (name == ES_Q(gi_running)) {
        return es_bool(g->state == GEN_RUNNING);
    }
    return ES_NULL;
}

static ES_FUN_1(gen_next_obj, gen_next);
static ES_FUN_2(gen_send_obj, gen_send);
static ES_FUN_VAR(gen_throw_obj, 2, 4, gen_throw);
static ES_FUN_1(gen_close_obj, gen_close);
static ES_FUN_2(gen_pend_throw_obj, gen_pend_throw);
static ES_FUN_1(gen_await_obj, gen_await);

static const es_map_elem_t gen_locals_table[] = {
    {ES_QV(__next__), ES_PTR(&gen_next_obj)},
    {ES_QV(send), ES_PTR(&gen_send_obj)},
    {ES_QV(throw), ES_PTR(&gen_throw_obj)},
    {ES_QV(close), ES_PTR(&gen_close_obj)},
    {ES_QV(pend_throw), ES_PTR(&gen_pend_throw_obj)},
    {ES_QV(__await__), ES_PTR(&gen_await_obj)},
};
static ES_CONST_DICT(gen_locals, gen_locals_table);

const es_type_t es_type_gen = {
    .base = {&es_type_type},
    .name = ES_Q(generator),
    .parent = &es_type_object,
    .print = gen_print,
    .iternext = gen_iternext,
    .load_attr = gen_load_attr,
    .locals = ES_PTR(&gen_locals),
};
