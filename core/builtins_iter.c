// SPDX-License-Identifier: MIT
// The lazy iterator types of the builtins: enumerate, zip, map, filter,
// reversed, and the callable iterator of iter(f, sentinel). Each is a type
// (so isinstance works and calling it makes one) whose object holds the
// underlying iterators; next() pulls from them, allocating only the tuples
// it returns.
#include "builtins.h"
#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "runtime.h"
#include "tuple.h"

// --- enumerate(iterable, start=0)

typedef struct enumerate {
    es_obj_t base;
    es_val_t iter;
    es_val_t index;
} enumerate_t;

static es_val_t enumerate_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(iterable), ES_Q(start)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(enumerate), n_args, n_kw, args, 2, names, kw);
    if (n_args > 0) {
        kw[0] = args[0];
    }
    if (n_args > 1) {
        kw[1] = args[1];
    }
    if (kw[0] == ES_NULL || n_args > 2) {
        es_check_nargs(ES_Q(enumerate), n_args, 1, 2, 0, false);
    }
    enumerate_t *e = es_gc_alloc(sizeof(enumerate_t), 0);
    e->base.type = type;
    e->iter = es_getiter(kw[0]);
    e->index = kw[1] == ES_NULL ? es_small_new(0) : kw[1];
    if (!es_isinstance(e->index, &es_type_int)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object cannot be interpreted as an integer"), e->index);
    }
    return es_val(e);
}

static es_val_t enumerate_next(es_val_t self) {
    enumerate_t *e = (enumerate_t *)self;
    es_val_t v = es_iternext(e->iter);
    if (v == ES_STOP) {
        return ES_STOP;
    }
    es_val_t items[2] = {e->index, v};
    es_val_t t = es_tuple_new(2, items);
    e->index = es_binary_op(ES_BOP_ADD, e->index, es_small_new(1));
    return t;
}

const es_type_t es_type_enumerate = {
    .base = {&es_type_type},
    .name = ES_Q(enumerate),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = enumerate_make_new,
    .iternext = enumerate_next,
};

// --- zip(*iterables) and map(function, *iterables) share a layout

typedef struct multi {
    es_obj_t base;
    es_val_t fn;    // map's function; ES_NULL for zip
    size_t n;
    bool done;
    es_val_t iters[];
} multi_t;

static multi_t *multi_new(const es_type_t *type, es_val_t fn, size_t n,
    const es_val_t *iterables) {
    multi_t *m = es_gc_alloc(sizeof(multi_t) + n * sizeof(es_val_t), 0);
    m->base.type = type;
    m->fn = fn;
    for (size_t i = 0; i < n; i++) {
        m->iters[i] = es_getiter(iterables[i]);
        m->n = i + 1;
    }
    return m;
}

static es_val_t zip_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(ES_Q(zip), n_args, 0, (size_t)-1, n_kw, false);
    return es_val(multi_new(type, ES_NULL, n_args, args));
}

// Next item of every iterator into [out]; false when one is exhausted.
static bool multi_pull(multi_t *m, es_val_t *out) {
    if (m->done || m->n == 0) {
        return false;
    }
    for (size_t i = 0; i < m->n; i++) {
        out[i] = es_iternext(m->iters[i]);
        if (out[i] == ES_STOP) {
            m->done = true;
            return false;
        }
    }
    return true;
}

static es_val_t zip_next(es_val_t self) {
    multi_t *m = (multi_t *)self;
    es_val_t t = es_tuple_new(m->n, NULL);
    size_t n;
    es_val_t *items;
    es_tuple_get(t, &n, &items);
    return multi_pull(m, items) ? t : ES_STOP;
}

const es_type_t es_type_zip = {
    .base = {&es_type_type},
    .name = ES_Q(zip),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = zip_make_new,
    .iternext = zip_next,
};

static es_val_t map_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if (n_kw != 0) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("map() takes no keyword arguments"));
    }
    if (n_args < 2) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("map() must have at least two arguments."));
    }
    return es_val(multi_new(type, args[0], n_args - 1, args + 1));
}

static es_val_t map_next(es_val_t self) {
    multi_t *m = (multi_t *)self;
    es_val_t one;
    if (m->n == 1) {
        return multi_pull(m, &one) ? es_call(m->fn, 1, 0, &one) : ES_STOP;
    }
    es_val_t t = es_tuple_new(m->n, NULL);
    size_t n;
    es_val_t *items;
    es_tuple_get(t, &n, &items);
    return multi_pull(m, items) ? es_call(m->fn, n, 0, items) : ES_STOP;
}

const es_type_t es_type_map = {
    .base = {&es_type_type},
    .name = ES_Q(map),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = map_make_new,
    .iternext = map_next,
};

// --- filter(function or None, iterable)

typedef struct filter {
    es_obj_t base;
    es_val_t fn;
    es_val_t iter;
} filter_t;

static es_val_t filter_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(ES_Q(filter), n_args, 2, 2, n_kw, false);
    filter_t *f = es_gc_alloc(sizeof(filter_t), 0);
    f->base.type = type;
    f->fn = args[0];
    f->iter = es_getiter(args[1]);
    return es_val(f);
}

static es_val_t filter_next(es_val_t self) {
    filter_t *f = (filter_t *)self;
    for (;;) {
        es_val_t v = es_iternext(f->iter);
        if (v == ES_STOP) {
            return ES_STOP;
        }
        es_val_t keep = f->fn == ES_NONE ? v : es_call(f->fn, 1, 0, &v);
        if (es_truthy(keep)) {
            return v;
        }
    }
}

const es_type_t es_type_filter = {
    .base = {&es_type_type},
    .name = ES_Q(filter),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = filter_make_new,
    .iternext = filter_next,
};

// --- reversed(sequence): __reversed__ when the type has it, else indexes
// from len-1 down to 0.

typedef struct reversed {
    es_obj_t base;
    es_val_t seq;
    size_t index; // items left
} reversed_t;

static es_val_t reversed_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(ES_Q(reversed), n_args, 1, 1, n_kw, false);
    es_val_t dest[2];
    es_load_method_maybe(args[0], ES_Q(__reversed__), dest);
    if (dest[0] != ES_NULL) {
        return es_call_method(0, 0, dest);
    }
    const es_type_t *t = es_type_of(args[0]);
    if (t->subscr == NULL || t->unary_op == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object is not reversible"), args[0]);
    }
    reversed_t *r = es_gc_alloc(sizeof(reversed_t), 0);
    r->base.type = type;
    r->seq = args[0];
    r->index = es_len(args[0]);
    return es_val(r);
}

static es_val_t reversed_next(es_val_t self) {
    reversed_t *r = (reversed_t *)self;
    if (r->index == 0) {
        return ES_STOP;
    }
    r->index--;
    return es_subscr_load(r->seq, es_small_new((es_int_t)r->index));
}

const es_type_t es_type_reversed = {
    .base = {&es_type_type},
    .name = ES_Q(reversed),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = reversed_make_new,
    .iternext = reversed_next,
};

// --- iter(callable, sentinel)

typedef struct callable_iter {
    es_obj_t base;
    es_val_t fn;
    es_val_t sentinel;
} callable_iter_t;

static es_val_t callable_iter_next(es_val_t self) {
    callable_iter_t *c = (callable_iter_t *)self;
    if (c->fn == ES_NULL) {
        return ES_STOP;
    }
    es_val_t v = es_call(c->fn, 0, 0, NULL);
    if (es_equal(v, c->sentinel)) {
        c->fn = ES_NULL;
        return ES_STOP;
    }
    return v;
}

const es_type_t es_type_callable_iter = {
    .base = {&es_type_type},
    .name = ES_Q(callable_iterator),
    .parent = &es_type_object,
    .iternext = callable_iter_next,
};

es_val_t es_callable_iter_new(es_val_t fn, es_val_t sentinel) {
    callable_iter_t *c = es_gc_alloc(sizeof(callable_iter_t), 0);
    c->base.type = &es_type_callable_iter;
    c->fn = fn;
    c->sentinel = sentinel;
    return es_val(c);
}
