// SPDX-License-Identifier: MIT
// The collections module (also `ucollections`): deque, namedtuple,
// OrderedDict (core/dict.c) and defaultdict (frozen/_collections.py).
//
// deque is MicroPython's: a ring of maxlen + 1 slots (one stays empty so
// that full and empty differ), so deque(iterable, maxlen[, flags]) needs
// its maxlen; appending to a full deque drops the item at the other end,
// or raises IndexError when flags has bit 0 set. Indexing reads and writes
// items; slices and deletion are TypeErrors, as in the reference.
//
// namedtuple(name, fields) makes a class deriving from tuple whose
// namespace holds _fields and a few built-in methods: __new__ binds the
// arguments to the fields, __getattr__ reads a field by name (so no
// per-field objects are made) and gives _asdict and _replace, __setattr__
// refuses the fields; _make is a classmethod, _field_defaults a dict.
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

// --- deque

typedef struct deque {
    es_obj_t base;
    es_val_t *items;    // ring of alloc slots
    size_t alloc;       // maxlen + 1
    size_t get, put;    // next to pop from the left, next free on the right
    size_t flags;       // bit 0: raise IndexError when full
} deque_t;

#define DEQUE_CHECK_FULL 1

extern const es_type_t es_type_deque;

static deque_t *D(es_val_t v) {
    return (deque_t *)es_obj(v);
}

static size_t deque_len(const deque_t *d) {
    return (d->put + d->alloc - d->get) % d->alloc;
}

// Step ring index [i] by one (+1 or -1) around [d]'s slots.
static size_t step(const deque_t *d, size_t i, int dir) {
    return dir > 0 ? (i + 1 == d->alloc ? 0 : i + 1)
        : (i == 0 ? d->alloc - 1 : i - 1);
}

static void deque_append(deque_t *d, es_val_t v, bool left) {
    size_t next = left ? step(d, d->get, -1) : step(d, d->put, 1);
    bool full = left ? next == d->put : next == d->get;
    if (full && (d->flags & DEQUE_CHECK_FULL)) {
        es_raise_msg(&es_type_IndexError, ES_ERR("full"));
    }
    if (d->alloc == 1) { // maxlen 0 holds nothing
        return;
    }
    if (left) {
        d->items[next] = v;
        d->get = next;
        d->put = full ? step(d, d->put, -1) : d->put;
    } else {
        d->items[d->put] = v;
        d->put = next;
        d->get = full ? step(d, d->get, 1) : d->get;
    }
}

static es_val_t deque_pop(deque_t *d, bool left) {
    if (d->get == d->put) {
        es_raise_msg(&es_type_IndexError, ES_ERR("empty")); // the reference's
    }
    size_t i = left ? d->get : step(d, d->put, -1);
    es_val_t v = d->items[i];
    d->items[i] = ES_NULL;
    if (left) {
        d->get = step(d, d->get, 1);
    } else {
        d->put = i;
    }
    return v;
}

static void deque_extend(deque_t *d, es_val_t iterable) {
    es_val_t it = es_getiter(iterable);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        deque_append(d, v, false);
    }
}

// deque(iterable, maxlen[, flags]); maxlen may be given by keyword.
static es_val_t deque_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(maxlen)};
    es_val_t maxlen = n_args > 1 ? args[1] : ES_NULL;
    if (n_args < 2) {
        es_builtins_get_kw(type->name, n_args, n_kw, args, 1, names, &maxlen);
    }
    if (maxlen == ES_NULL || n_args + n_kw < 2 || n_args > 3) {
        es_check_nargs(type->name, n_args, 2, 3, n_kw, false);
    }
    es_int_t n = es_get_int(maxlen);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("maxlen must be non-negative"));
    }
    if ((size_t)n >= SIZE_MAX / sizeof(es_val_t) / 2) {
        es_raise_mem_error(); // the ring is allocated whole
    }
    deque_t *d = es_gc_alloc(sizeof(deque_t), 0);
    d->base.type = type;
    d->alloc = (size_t)n + 1;
    d->items = es_gc_alloc(d->alloc * sizeof(es_val_t), 0);
    d->flags = n_args > 2 ? (size_t)es_get_int(args[2]) : 0;
    deque_extend(d, args[0]);
    return es_val(d);
}

static void deque_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    deque_t *d = D(self);
    es_repr_guard_t g;
    es_print_cstr(p, "deque(");
    if (es_repr_enter(p, &g, self, "[...]")) {
        es_print_cstr(p, "[");
        for (size_t i = d->get; i != d->put; i = step(d, i, 1)) {
            es_print_cstr(p, i == d->get ? "" : ", ");
            es_print_item(p, d->items[i]);
        }
        es_print_cstr(p, "]");
        es_repr_leave(&g);
    }
    es_printf(p, ", maxlen=%zu)", d->alloc - 1);
}

static es_val_t deque_unary(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: return es_bool(D(self)->get != D(self)->put);
    case ES_UOP_LEN: return es_small_new((es_int_t)deque_len(D(self)));
    default: return ES_NULL;
    }
}

// d[i] and d[i] = v; deletion and slices are TypeErrors.
static es_val_t deque_subscr(es_val_t self, es_val_t index, es_val_t value) {
    if (value == ES_NULL || es_is_slice(index)) {
        return ES_NULL;
    }
    es_int_t k = es_seq_int("deque", index); // may resize the deque
    deque_t *d = D(self);
    size_t i = es_seq_pos("deque", deque_len(d), k);
    size_t at = (d->get + i) % d->alloc;
    if (value == ES_STOP) {
        return d->items[at];
    }
    d->items[at] = value;
    return ES_NONE;
}

// Iteration: a position, checked against the ring at each step.
typedef struct deque_iter {
    es_obj_t base;
    es_val_t deque;
    size_t i;
} deque_iter_t;

static es_val_t deque_iternext(es_val_t self) {
    deque_iter_t *it = (deque_iter_t *)es_obj(self);
    deque_t *d = D(it->deque);
    if (it->i >= deque_len(d)) {
        return ES_STOP;
    }
    return d->items[(d->get + it->i++) % d->alloc];
}

static const es_type_t deque_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(deque_iterator),
    .parent = &es_type_object,
    .iternext = deque_iternext,
};

static es_val_t deque_getiter(es_val_t self) {
    deque_iter_t *it = es_gc_alloc(sizeof(deque_iter_t), 0);
    it->base.type = &deque_iter_type;
    it->deque = self;
    return es_val(it);
}

static es_val_t deque_append_m(es_val_t self, es_val_t v) {
    deque_append(D(self), v, false);
    return ES_NONE;
}
static ES_FUN_2(fun_append, deque_append_m);

static es_val_t deque_appendleft_m(es_val_t self, es_val_t v) {
    deque_append(D(self), v, true);
    return ES_NONE;
}
static ES_FUN_2(fun_appendleft, deque_appendleft_m);

static es_val_t deque_extend_m(es_val_t self, es_val_t v) {
    deque_extend(D(self), v);
    return ES_NONE;
}
static ES_FUN_2(fun_extend, deque_extend_m);

static es_val_t deque_pop_m(es_val_t self) {
    return deque_pop(D(self), false);
}
static ES_FUN_1(fun_pop, deque_pop_m);

static es_val_t deque_popleft_m(es_val_t self) {
    return deque_pop(D(self), true);
}
static ES_FUN_1(fun_popleft, deque_popleft_m);

static es_val_t deque_clear_m(es_val_t self) {
    deque_t *d = D(self);
    memset(d->items, 0, d->alloc * sizeof(es_val_t));
    d->get = d->put = 0;
    return ES_NONE;
}
static ES_FUN_1(fun_clear, deque_clear_m);

static es_val_t deque_load_attr(es_val_t self, es_qstr_t name) {
    return name == ES_Q(maxlen)
        ? es_small_new((es_int_t)D(self)->alloc - 1) : ES_NULL;
}

static const es_map_elem_t deque_locals_table[] = {
    {ES_QV(append), ES_PTR(&fun_append)},
    {ES_QV(appendleft), ES_PTR(&fun_appendleft)},
    {ES_QV(clear), ES_PTR(&fun_clear)},
    {ES_QV(extend), ES_PTR(&fun_extend)},
    {ES_QV(pop), ES_PTR(&fun_pop)},
    {ES_QV(popleft), ES_PTR(&fun_popleft)},
    {ES_QV(__getitem__), ES_PTR(&es_seq_getitem_obj)},
    {ES_QV(__setitem__), ES_PTR(&es_seq_setitem_obj)},
    {ES_QV(__len__), ES_PTR(&es_seq_len_obj)},
    {ES_QV(__iter__), ES_PTR(&es_seq_iter_obj)},
};
static ES_CONST_DICT(deque_locals, deque_locals_table);

const es_type_t es_type_deque = {
    .base = {&es_type_type},
    .name = ES_Q(deque),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .print = deque_print,
    .make_new = deque_make,
    .unary_op = deque_unary,
    .load_attr = deque_load_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals = ES_PTR(&deque_locals),
};

// --- namedtuple

// The fields tuple of namedtuple class [cls] (or of an instance's class).
static es_val_t fields_of(const es_type_t *cls, size_t *n, es_val_t **names) {
    es_val_t f = es_type_lookup(cls, ES_Q(_fields));
    es_tuple_get(f, n, names);
    return f;
}

// The position of field [name] in [names], or -1.
static es_int_t field_index(size_t n, const es_val_t *names, es_val_t name) {
    for (size_t i = 0; i < n; i++) {
        if (es_equal(names[i], name)) {
            return (es_int_t)i;
        }
    }
    return -1;
}

// Bind the [n_args] positionals and [n_kw] keyword pairs of a call of
// namedtuple class [cls] to its fields, defaults filling the rest.
static void bind_fields(const es_type_t *cls, es_val_t *vals, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    size_t n;
    es_val_t *names;
    fields_of(cls, &n, &names);
    if (n_args > n) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q.__new__() takes %zu "
            "positional arguments but %zu were given"), cls->name, n + 1,
            n_args + 1);
    }
    for (size_t i = 0; i < n_kw; i++) {
        es_int_t k = field_index(n, names, args[n_args + 2 * i]);
        if (k < 0 || vals[k] != ES_NULL || (size_t)k < n_args) {
            es_raise_fmt(&es_type_TypeError, k < 0
                ? ES_ERR("%q.__new__() got an unexpected keyword argument "
                    "'%S'") : ES_ERR("%q.__new__() got multiple values for "
                    "argument '%S'"), cls->name, args[n_args + 2 * i]);
        }
        vals[k] = args[n_args + 2 * i + 1];
    }
    es_val_t defaults = es_type_lookup(cls, ES_Q(_field_defaults));
    defaults = defaults != ES_NULL ? es_dict_arg(defaults) : ES_NULL;
    for (size_t i = 0; i < n; i++) {
        vals[i] = i < n_args ? args[i] : vals[i];
        if (vals[i] == ES_NULL && defaults != ES_NULL) {
            vals[i] = es_dict_get(defaults, names[i]);
        }
        if (vals[i] == ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%q.__new__() missing "
                "required argument: '%S'"), cls->name, names[i]);
        }
    }
}

// A new instance of namedtuple class [cls] holding the tuple [t].
static es_val_t nt_instance(es_val_t cls, es_val_t t) {
    es_val_t a[2] = {cls, t};
    return es_fun_builtin_call(es_val(&es_class_base_new), 2, 0, a);
}

// __new__(cls, *args, **kw)
static es_val_t nt_new(size_t n_args, size_t n_kw, const es_val_t *args) {
    const es_type_t *cls = (const es_type_t *)args[0];
    size_t n;
    es_val_t *names;
    fields_of(cls, &n, &names);
    es_val_t t = es_tuple_new(n, NULL);
    es_val_t *vals;
    es_tuple_get(t, &n, &vals);
    memset(vals, 0, n * sizeof(es_val_t)); // ES_NULL: not bound yet
    bind_fields(cls, vals, n_args - 1, n_kw, args + 1);
    return nt_instance(args[0], t);
}
static ES_FUN_KW(fun_nt_new, 1, ES_FUN_ARGS_MAX, nt_new);

static es_val_t nt_setattr(es_val_t self, es_val_t name, es_val_t value) {
    size_t n;
    es_val_t *names;
    fields_of(es_type_of(self), &n, &names);
    if (field_index(n, names, name) >= 0) {
        es_raise_msg(&es_type_AttributeError, ES_ERR("can't set attribute"));
    }
    es_val_t a[3] = {self, name, value};
    return es_fun_builtin_call(es_val(&es_object_setattr), 3, 0, a);
}
static ES_FUN_3(fun_nt_setattr, nt_setattr);

static void nt_print(const es_print_t *p, es_val_t self) {
    size_t n, nv;
    es_val_t *names, *vals;
    fields_of(es_type_of(self), &n, &names);
    es_tuple_get(es_class_unbox(self), &nv, &vals);
    es_printf(p, "%q(", es_type_of(self)->name);
    for (size_t i = 0; i < n && i < nv; i++) {
        es_printf(p, i == 0 ? "%S=%r" : ", %S=%r", names[i], vals[i]);
    }
    es_print_cstr(p, ")");
}

static es_val_t nt_repr(es_val_t self) {
    es_vstr_t v;
    es_vstr_init(&v, 32);
    es_print_t p;
    es_vstr_printer(&v, &p);
    nt_print(&p, self);
    return es_vstr_to_str(&v);
}
static ES_FUN_1(fun_nt_repr, nt_repr);

// _asdict(): a dict of the fields (CPython 3.8+).
static es_val_t nt_asdict(es_val_t self) {
    size_t n, nv;
    es_val_t *names, *vals;
    fields_of(es_type_of(self), &n, &names);
    es_tuple_get(es_class_unbox(self), &nv, &vals);
    es_val_t d = es_dict_new(n);
    for (size_t i = 0; i < n && i < nv; i++) {
        es_dict_store(d, names[i], vals[i]);
    }
    return d;
}
static ES_FUN_1(fun_nt_asdict, nt_asdict);

// _replace(**kw): a copy with the named fields replaced.
static es_val_t nt_replace(size_t n_args, size_t n_kw, const es_val_t *args) {
    es_check_nargs(ES_Q(_replace), n_args, 1, 1, 0, false);
    size_t n, nv;
    es_val_t *names, *vals;
    fields_of(es_type_of(args[0]), &n, &names);
    es_tuple_get(es_class_unbox(args[0]), &nv, &vals);
    es_val_t t = es_tuple_new(nv, vals);
    es_tuple_get(t, &nv, &vals);
    for (size_t i = 0; i < n_kw; i++) {
        es_int_t k = field_index(n, names, args[1 + 2 * i]);
        if (k < 0) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Got unexpected field "
                "names: ['%S']"), args[1 + 2 * i]);
        }
        vals[k] = args[2 + 2 * i];
    }
    return nt_instance(es_val(es_type_of(args[0])), t);
}
static ES_FUN_KW(fun_nt_replace, 1, 1, nt_replace);

// _make(cls, iterable): a classmethod making an instance from the items.
static es_val_t nt_make(es_val_t cls, es_val_t iterable) {
    size_t n, m;
    es_val_t *names;
    fields_of((const es_type_t *)cls, &n, &names);
    es_val_t *items = es_seq_collect(iterable, &m);
    if (m != n) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("Expected %zu arguments, got "
            "%zu"), n, m);
    }
    return nt_instance(cls, es_tuple_new(n, items));
}
static ES_FUN_2(fun_nt_make, nt_make);

// __getattr__(self, name): a field, or _asdict/_replace bound to self
// (built-ins in a class namespace do not bind, so they come from here).
static es_val_t nt_getattr(es_val_t self, es_val_t name) {
    size_t n, nv;
    es_val_t *names, *vals;
    fields_of(es_type_of(self), &n, &names);
    es_int_t i = field_index(n, names, name);
    if (i >= 0) {
        es_tuple_get(es_class_unbox(self), &nv, &vals);
        return vals[i];
    }
    es_qstr_t q = es_qstr_get(es_str_intern(name));
    if (q == ES_Q(_asdict) || q == ES_Q(_replace)) {
        return es_bound_meth_new(q == ES_Q(_asdict) ? es_val(&fun_nt_asdict)
            : es_val(&fun_nt_replace), self);
    }
    es_raise_fmt(&es_type_AttributeError,
        ES_ERR("'%T' object has no attribute '%q'"), self, q);
}
static ES_FUN_2(fun_nt_getattr, nt_getattr);

// The field names of a namedtuple spec: a str split at commas and
// whitespace, or an iterable of strs; each a valid identifier not starting
// with '_', no duplicates.
static es_val_t field_names(es_val_t spec) {
    if (es_is_str(spec)) { // spec.replace(',', ' ').split()
        es_val_t a[2] = {es_str_new(",", 1), es_str_new(" ", 1)};
        spec = es_call(es_load_attr(spec, ES_Q(replace)), 2, 0, a);
        spec = es_call0(es_load_attr(spec, ES_Q(split)));
    }
    size_t n;
    es_val_t *items = es_seq_collect(spec, &n);
    es_val_t t = es_tuple_new(n, NULL);
    es_val_t *names;
    es_tuple_get(t, &n, &names);
    for (size_t i = 0; i < n; i++) {
        es_val_t name = es_is_str(items[i]) ? items[i]
            : es_call1(es_val(&es_type_str), items[i]); // as CPython
        if (!es_truthy(es_call0(es_load_attr(name, ES_Q(isidentifier))))) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Type names and field "
                "names must be valid identifiers: %r"), name);
        }
        if (es_str_data(name, NULL)[0] == '_') {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Field names cannot "
                "start with an underscore: %r"), name);
        }
        if (field_index(i, names, name) >= 0) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Encountered duplicate "
                "field name: %r"), name);
        }
        names[i] = es_str_intern(name);
    }
    return t;
}

// namedtuple(typename, field_names, *, defaults=None)
static es_val_t collections_namedtuple(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t kw_names[] = {ES_Q(defaults)};
    es_val_t defaults;
    es_builtins_get_kw(ES_Q(namedtuple), n_args, n_kw, args, 1, kw_names,
        &defaults);
    es_check_nargs(ES_Q(namedtuple), n_args, 2, 2, 0, false);
    es_str_arg(args[0], "namedtuple", "typename", NULL);
    es_val_t fields = field_names(args[1]);
    es_val_t ns = es_dict_new(8);
    es_dict_store(ns, es_qstr_val(ES_Q(_fields)), fields);
    es_val_t field_defaults = es_dict_new(0); // {field: default} as CPython
    if (defaults != ES_NULL && defaults != ES_NONE) {
        size_t nd, nf;
        es_val_t *dv = es_seq_collect(defaults, &nd), *fv;
        es_tuple_get(fields, &nf, &fv);
        if (nd > nf) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("Got more default values than field names"));
        }
        for (size_t i = 0; i < nd; i++) {
            es_dict_store(field_defaults, fv[nf - nd + i], dv[i]);
        }
    }
    es_dict_store(ns, es_qstr_val(ES_Q(_field_defaults)), field_defaults);
    es_val_t make = es_call1(es_val(&es_type_classmethod),
        es_val(&fun_nt_make));
    es_dict_store(ns, es_qstr_val(ES_Q(_make)), make);
    static const es_map_elem_t methods[] = {
        {ES_QV(__new__), ES_PTR(&fun_nt_new)},
        {ES_QV(__getattr__), ES_PTR(&fun_nt_getattr)},
        {ES_QV(__setattr__), ES_PTR(&fun_nt_setattr)},
        {ES_QV(__repr__), ES_PTR(&fun_nt_repr)},
    };
    for (size_t i = 0; i < ES_ARRAY_SIZE(methods); i++) {
        es_dict_store(ns, methods[i].key, methods[i].value); // words
    }
    es_val_t base = es_val(&es_type_tuple);
    return es_class_new(es_qstr_get(es_str_intern(args[0])),
        es_tuple_new(1, &base), ns);
}
static ES_FUN_KW(fun_namedtuple, 2, 2, collections_namedtuple);

// The module's __getattr__ (PEP 562): defaultdict comes from the frozen
// module _collections (frozen/_collections.py), imported on first use.
static es_val_t collections_getattr(es_val_t name) {
    es_qstr_t q = es_qstr_get(es_str_intern(name));
    if (q != ES_Q(defaultdict)) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("module 'collections' has no attribute '%q'"), q);
    }
    es_val_t m = es_import(ES_Q(_collections), ES_NULL, ES_NULL, ES_NULL);
    return es_load_attr(m, q);
}
static ES_FUN_1(fun_getattr, collections_getattr);

static const es_map_elem_t collections_table[] = {
    {ES_QV(__name__), ES_QV(collections)},
    {ES_QV(__getattr__), ES_PTR(&fun_getattr)},
    {ES_QV(OrderedDict), ES_PTR(&es_type_ordereddict)},
    {ES_QV(deque), ES_PTR(&es_type_deque)},
    {ES_QV(namedtuple), ES_PTR(&fun_namedtuple)},
};
static ES_CONST_DICT(collections_dict, collections_table);

const es_module_t es_module_collections = {{&es_type_module},
    ES_PTR(&collections_dict)};
