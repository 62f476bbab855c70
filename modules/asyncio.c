// SPDX-License-Identifier: MIT
// _asyncio: the C core under the frozen asyncio package (frozen/asyncio/):
// Task objects and the TaskQueue they wait in, as MicroPython's module of
// that name. The scheduling logic is Python (core.py); this file holds
// only what must be small and allocation-free: a task is a fixed ten-word
// object (an instance of a Python class would carry a dict), and a queue
// is an intrusive list through its tasks, so putting a task in a queue,
// taking it out or moving it never allocates.
//
// A TaskQueue is a doubly linked list of tasks ordered by ph_key, a
// time.ticks_ms() value compared with ticks_diff (so the order survives
// the counter wrapping); tasks with equal keys stay in the order they
// were pushed (FIFO), which keeps scheduling fair. Pushing scans from the
// tail, so the common cases (run now, or a wait queue where every key is
// equal) take one step. A task is in at most one queue (its `queue`).
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "runtime.h"

#define TICKS_PERIOD ((es_int_t)1 << 30)
#define TICKS_HALF (TICKS_PERIOD / 2)

typedef struct task task_t;

typedef struct queue {
    es_obj_t base;
    task_t *head, *tail;
} queue_t;

struct task {
    es_obj_t base;
    es_val_t coro;      // the coroutine (or generator) it runs
    es_val_t data;      // core.py's: result, exception, or what it waits on
    es_val_t waiting;   // TaskQueue of tasks awaiting this one, or None
    es_val_t core;      // core.py's hooks: _cancel(task), _await(task)
    es_val_t state;     // core.py's: True while running, False when done
    es_val_t queue;     // the TaskQueue (or other waiting place) it is in
    es_int_t ph_key;    // its key in that queue
    task_t *next, *prev;
};

static const es_type_t task_type, queue_type;

static task_t *T(es_val_t v) {
    if (!es_is_type(v, &task_type)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("expected Task, not %T"), v);
    }
    return (task_t *)es_obj(v);
}

static queue_t *Q(es_val_t v) {
    return (queue_t *)es_obj(v);
}

// ticks_diff(a, b) < 0: [a] comes before [b].
static bool before(es_int_t a, es_int_t b) {
    return ((a - b + TICKS_HALF) & (TICKS_PERIOD - 1)) - TICKS_HALF < 0;
}

// --- TaskQueue

static void unlink(queue_t *q, task_t *t) {
    *(t->prev ? &t->prev->next : &q->head) = t->next;
    *(t->next ? &t->next->prev : &q->tail) = t->prev;
    t->next = t->prev = NULL;
    t->queue = ES_NONE;
}

// Take [t] out of the TaskQueue it is in, if any.
static void leave(task_t *t) {
    if (es_is_type(t->queue, &queue_type)) {
        unlink(Q(t->queue), t);
    }
}

// push(task, key): [task] leaves the queue it was in and joins this one
// after every task whose key is not later.
static es_val_t queue_push(es_val_t self, es_val_t task, es_val_t key) {
    queue_t *q = Q(self);
    task_t *t = T(task);
    es_int_t k = es_get_int(key) & (TICKS_PERIOD - 1);
    leave(t);
    task_t *after = q->tail;
    while (after != NULL && before(k, after->ph_key)) {
        after = after->prev;
    }
    t->prev = after;
    t->next = after ? after->next : q->head;
    *(t->next ? &t->next->prev : &q->tail) = t;
    *(after ? &after->next : &q->head) = t;
    t->ph_key = k;
    t->queue = self;
    return ES_NONE;
}
static ES_FUN_3(fun_push, queue_push);

// peek(): the first task, or None.
static es_val_t queue_peek(es_val_t self) {
    task_t *t = Q(self)->head;
    return t ? es_val(t) : ES_NONE;
}
static ES_FUN_1(fun_peek, queue_peek);

// pop(): the first task, taken out; IndexError when empty.
static es_val_t queue_pop(es_val_t self) {
    queue_t *q = Q(self);
    task_t *t = q->head;
    if (t == NULL) {
        es_raise_msg(&es_type_IndexError, ES_ERR("empty queue"));
    }
    unlink(q, t);
    return es_val(t);
}
static ES_FUN_1(fun_pop, queue_pop);

// remove(task): take [task] out if it is in this queue.
static es_val_t queue_remove(es_val_t self, es_val_t task) {
    task_t *t = T(task);
    if (t->queue == self) {
        unlink(Q(self), t);
    }
    return ES_NONE;
}
static ES_FUN_2(fun_remove, queue_remove);

static es_val_t queue_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    ES_UNUSED(args);
    es_check_nargs(type->name, n_args, 0, 0, n_kw, false);
    queue_t *q = es_gc_alloc(sizeof(queue_t), 0);
    q->base.type = type;
    return es_val(q);
}

static const es_map_elem_t queue_locals_table[] = {
    {ES_QV(push), ES_PTR(&fun_push)},
    {ES_QV(peek), ES_PTR(&fun_peek)},
    {ES_QV(pop), ES_PTR(&fun_pop)},
    {ES_QV(remove), ES_PTR(&fun_remove)},
};
static ES_CONST_DICT(queue_locals, queue_locals_table);

static const es_type_t queue_type = {
    .base = {&es_type_type},
    .name = ES_Q(TaskQueue),
    .parent = &es_type_object,
    .make_new = queue_make,
    .locals = ES_PTR(&queue_locals),
};

// --- Task

// Task(coro, core): a task running [coro]; [core] answers cancel() and
// await (core.py's hooks).
static es_val_t task_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 2, 2, n_kw, false);
    task_t *t = es_gc_alloc(sizeof(task_t), 0);
    t->base.type = type;
    t->coro = args[0];
    t->core = args[1];
    t->data = t->waiting = t->queue = ES_NONE;
    t->state = ES_TRUE;
    return es_val(t);
}

// core.<name>(task)
static es_val_t hook(es_val_t self, es_qstr_t name) {
    es_val_t m[3];
    es_load_method(T(self)->core, name, m);
    m[2] = self;
    return es_call_method(1, 0, m);
}

static es_val_t task_cancel(es_val_t self) {
    return hook(self, ES_Q(_cancel));
}
static ES_FUN_1(fun_cancel, task_cancel);

static es_val_t task_await(es_val_t self) {
    return hook(self, ES_Q(_await));
}
static ES_FUN_1(fun_await, task_await);

static es_val_t task_done(es_val_t self) {
    return es_bool(T(self)->state != ES_TRUE);
}
static ES_FUN_1(fun_done, task_done);

// The attribute slot [name] names, or NULL.
static es_val_t *task_slot(task_t *t, es_qstr_t name) {
    return name == ES_Q(coro) ? &t->coro : name == ES_Q(data) ? &t->data
        : name == ES_Q(waiting) ? &t->waiting
        : name == ES_Q(state) ? &t->state : NULL;
}

static es_val_t task_load_attr(es_val_t self, es_qstr_t name) {
    task_t *t = T(self);
    if (name == ES_Q(ph_key)) {
        return es_small_new(t->ph_key);
    }
    if (name == ES_Q(queue)) {
        return t->queue;
    }
    es_val_t *slot = task_slot(t, name);
    return slot ? *slot : ES_NULL;
}

// data, waiting, state and queue (a waiting place that is not a TaskQueue:
// the task leaves any TaskQueue it is in) may be stored.
static bool task_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    task_t *t = T(self);
    es_val_t *slot = name == ES_Q(coro) ? NULL : task_slot(t, name);
    if (value == ES_NULL) {
        return false;
    }
    if (name == ES_Q(queue)) {
        leave(t);
        t->queue = value;
        return true;
    }
    if (slot != NULL) {
        *slot = value;
    }
    return slot != NULL;
}

static void task_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(self);
    ES_UNUSED(kind);
    es_printf(p, "<Task>");
}

static const es_map_elem_t task_locals_table[] = {
    {ES_QV(cancel), ES_PTR(&fun_cancel)},
    {ES_QV(done), ES_PTR(&fun_done)},
    {ES_QV(__await__), ES_PTR(&fun_await)},
};
static ES_CONST_DICT(task_locals, task_locals_table);

static const es_type_t task_type = {
    .base = {&es_type_type},
    .name = ES_Q(Task),
    .parent = &es_type_object,
    .print = task_print,
    .make_new = task_make,
    .load_attr = task_load_attr,
    .store_attr = task_store_attr,
    .locals = ES_PTR(&task_locals),
};

static const es_map_elem_t asyncio_table[] = {
    {ES_QV(__name__), ES_QV(_asyncio)},
    {ES_QV(Task), ES_PTR(&task_type)},
    {ES_QV(TaskQueue), ES_PTR(&queue_type)},
};
static ES_CONST_DICT(asyncio_dict, asyncio_table);

const es_module_t es_module_asyncio = {{&es_type_module},
    ES_PTR(&asyncio_dict)};
