// SPDX-License-Identifier: MIT
// Function objects: the call slot of built-in functions, Python functions
// (code + globals + defaults + closure), cells and bound methods. A Python
// function called from the VM never comes here (the VM pushes a frame);
// this call slot is the way in from C and runs a nested VM loop.
#include "code.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "gen.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "vm.h"

// --- built-in functions

// The key under which [fn] sits in dict [d], or ES_Q_NULL. Only for error
// messages (a linear search).
static es_qstr_t find_key(es_val_t d, es_val_t fn) {
    if (d == ES_NULL) {
        return ES_Q_NULL;
    }
    es_map_t *m = es_dict_map(d);
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].value == fn && es_is_qstr(m->table[i].key)) {
            return es_qstr_get(m->table[i].key);
        }
    }
    return ES_Q_NULL;
}

// Built-in functions carry no name; for an argument-count error find it
// in the builtins or in the methods of the first argument's type (*owner
// is then that type's name).
static es_qstr_t builtin_name(es_val_t fn, size_t n_args, const es_val_t *args,
    es_qstr_t *owner) {
    *owner = ES_Q_NULL;
    es_qstr_t q = find_key(es_g.builtins, fn);
    if (q != ES_Q_NULL || n_args == 0) {
        return q;
    }
    for (const es_type_t *t = es_type_of(args[0]); t != NULL; t = t->parent) {
        q = find_key(t->locals, fn);
        if (q != ES_Q_NULL) {
            *owner = t->name;
            return q;
        }
    }
    return ES_Q_NULL;
}

// CPython's texts for a built-in called with the wrong arguments.
ES_NORETURN static void bad_builtin_args(const es_fun_builtin_t *f,
    size_t n_args, size_t n_kw, const es_val_t *args) {
    es_qstr_t owner, name = builtin_name(es_val(f), n_args, args, &owner);
    size_t self = owner != ES_Q_NULL, lo = es_rom_u8(&f->n_min) - self;
    size_t hi = es_rom_u16(&f->n_max) - self, given = n_args - self;
    if (name == ES_Q_NULL) {
        name = ES_Q(function);
    }
    if (n_kw > 0) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q() takes no keyword "
            "arguments"), name);
    }
    const char *dot = self ? "." : "";
    es_qstr_t pre = self ? owner : ES_QS(empty, "");
    if (hi == 0) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q%s%q() takes no arguments "
            "(%u given)"), pre, dot, name, (unsigned)given);
    }
    if (lo == 1 && hi == 1) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q%s%q() takes exactly one "
            "argument (%u given)"), pre, dot, name, (unsigned)given);
    }
    es_check_nargs(name, given, lo, hi, 0, false);
    es_raise_msg(&es_type_TypeError, NULL); // not reached
}

// A built-in's kind without the class-level bit.
static es_fun_kind_t kind_of(const es_fun_builtin_t *f) {
    return (es_fun_kind_t)(es_fun_builtin_kind(f) & ES_FUN_KIND_MASK);
}

static void check_builtin_args(const es_fun_builtin_t *f, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if ((n_kw > 0 && kind_of(f) != ES_FUN_KIND_KW)
        || n_args < es_rom_u8(&f->n_min)
        || n_args > es_rom_u16(&f->n_max)) {
        bad_builtin_args(f, n_args, n_kw, args);
    }
}

es_val_t es_fun_builtin_call(es_val_t fn, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    const es_fun_builtin_t *f = (const es_fun_builtin_t *)fn;
    check_builtin_args(f, n_args, n_kw, args);
    switch (kind_of(f)) {
    case ES_FUN_KIND_0:
        return f->fn.f0();
    case ES_FUN_KIND_1:
        return f->fn.f1(args[0]);
    case ES_FUN_KIND_2:
        return f->fn.f2(args[0], args[1]);
    case ES_FUN_KIND_3:
        return f->fn.f3(args[0], args[1], args[2]);
    case ES_FUN_KIND_VAR:
        return f->fn.var(n_args, args);
    default:
        return f->fn.kw(n_args, n_kw, args);
    }
}

static void builtin_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_qstr_t name = es_module_builtin_name(self); // as CPython names it
    if (name != ES_Q_NULL) {
        es_printf(p, "<built-in function %q>", name);
    } else {
        es_printf(p, "<built-in function at %p>", (void *)self);
    }
}

const es_type_t es_type_fun_builtin = {
    .base = {&es_type_type},
    .name = ES_Q(builtin_function_or_method),
    .parent = &es_type_object,
    .print = builtin_print,
    .call = es_fun_builtin_call,
};

// --- Python functions

es_val_t es_fun_new(es_val_t code, es_val_t globals, es_val_t defaults,
    es_val_t kwdefaults, es_val_t closure) {
    es_fun_t *f = es_gc_alloc(sizeof(es_fun_t), 0);
    f->base.type = es_code_flags((const es_code_t *)code) & ES_CODE_GENERATOR
        ? &es_type_genfun : &es_type_fun;
    f->code = (const es_code_t *)code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return es_val(f);
}

static es_val_t fun_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return es_vm_call_fun((const es_fun_t *)self, n_args, n_kw, args);
}

static void fun_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    const es_fun_t *f = (const es_fun_t *)self;
    es_qstr_t q = f->code->qualname != 0 ? f->code->qualname : f->code->name;
    es_printf(p, "<function %q at %p>", q, (void *)self);
}

static es_val_t fun_load_attr(es_val_t self, es_qstr_t name) {
    const es_fun_t *f = (const es_fun_t *)self;
    switch (name) {
    case ES_Q(__name__):
        return es_qstr_val(f->code->name);
    case ES_Q(__qualname__):
        return es_qstr_val(f->code->qualname != 0 ? f->code->qualname
            : f->code->name);
    case ES_Q(__globals__):
        return f->globals;
    case ES_Q(__defaults__):
        return f->defaults != ES_NULL ? f->defaults : ES_NONE;
    case ES_Q(__kwdefaults__):
        return f->kwdefaults != ES_NULL ? f->kwdefaults : ES_NONE;
    case ES_Q(__closure__):
        return f->closure != ES_NULL ? f->closure : ES_NONE;
    case ES_Q(__code__):
        return es_val(f->code);
    case ES_Q(__doc__):
        return ES_NONE;
    default:
        return ES_NULL;
    }
}

// Plain and generator functions: two types (core/fun.h), one behaviour.
#define FUNCTION_TYPE { \
    .base = {&es_type_type}, \
    .name = ES_Q(function), \
    .parent = &es_type_object, \
    .print = fun_print, \
    .call = fun_call, \
    .load_attr = fun_load_attr, \
}

const es_type_t es_type_fun = FUNCTION_TYPE;
const es_type_t es_type_genfun = FUNCTION_TYPE;

// --- cells

es_val_t es_cell_new(es_val_t value) {
    es_cell_t *c = es_gc_alloc(sizeof(es_cell_t), 0);
    c->base.type = &es_type_cell;
    c->value = value;
    return es_val(c);
}

static void cell_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_val_t v = ((es_cell_t *)self)->value;
    if (v == ES_NULL) {
        es_printf(p, "<cell at %p: empty>", (void *)self);
    } else {
        es_printf(p, "<cell at %p: %T object at %p>", (void *)self, v,
            (void *)v);
    }
}

static es_val_t cell_load_attr(es_val_t self, es_qstr_t name) {
    es_val_t v = ((es_cell_t *)self)->value;
    if (name != ES_Q(cell_contents)) {
        return ES_NULL;
    }
    if (v == ES_NULL) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Cell is empty"));
    }
    return v;
}

const es_type_t es_type_cell = {
    .base = {&es_type_type},
    .name = ES_Q(cell),
    .parent = &es_type_object,
    .print = cell_print,
    .load_attr = cell_load_attr,
};

// --- bound methods

es_val_t es_bound_meth_new(es_val_t fun, es_val_t self) {
    es_bound_meth_t *m = es_gc_alloc(sizeof(es_bound_meth_t), 0);
    m->base.type = &es_type_bound_meth;
    m->fun = fun;
    m->self = self;
    return es_val(m);
}

// Calls with self prepended. From the VM this path is not taken for a
// Python method (the VM unpacks the bound method in place).
static es_val_t bound_meth_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_bound_meth_t *m = (es_bound_meth_t *)self;
    size_t n = n_args + 2 * n_kw;
    es_val_t small[8];
    es_val_t *all = n + 1 <= ES_ARRAY_SIZE(small) ? small
        : es_gc_alloc((n + 1) * sizeof(es_val_t), 0);
    all[0] = m->self;
    for (size_t i = 0; i < n; i++) {
        all[i + 1] = args[i];
    }
    return es_call(m->fun, n_args + 1, n_kw, all);
}

static void bound_meth_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_bound_meth_t *m = (es_bound_meth_t *)self;
    es_val_t name = es_load_attr_maybe(m->fun, ES_Q(__name__));
    es_printf(p, "<bound method %S of %r>", name != ES_NULL ? name : ES_NONE,
        m->self);
}

static es_val_t bound_meth_load_attr(es_val_t self, es_qstr_t name) {
    es_bound_meth_t *m = (es_bound_meth_t *)self;
    if (name == ES_Q(__self__)) {
        return m->self;
    }
    if (name == ES_Q(__func__)) {
        return m->fun;
    }
    return es_load_attr_maybe(m->fun, name);
}

static es_val_t bound_meth_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    // Called for either operand: both must be bound methods.
    if (op != ES_BOP_EQ || !es_is_type(lhs, &es_type_bound_meth)
        || !es_is_type(rhs, &es_type_bound_meth)) {
        return ES_NULL;
    }
    es_bound_meth_t *a = (es_bound_meth_t *)lhs, *b = (es_bound_meth_t *)rhs;
    return es_bool(a->self == b->self && a->fun == b->fun);
}

// hash(m): from the identities of self and the function, as CPython, so
// equal bound methods hash alike.
static es_val_t bound_meth_unary_op(es_unary_op_t op, es_val_t self) {
    if (op != ES_UOP_HASH) {
        return ES_NULL;
    }
    es_bound_meth_t *m = (es_bound_meth_t *)self;
    es_val_t h = (m->self >> 2) ^ (m->fun >> 4);
    return es_small_new((es_int_t)(h & (es_val_t)ES_SMALL_MAX));
}

const es_type_t es_type_bound_meth = {
    .base = {&es_type_type},
    .name = ES_Q(method),
    .parent = &es_type_object,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .load_attr = bound_meth_load_attr,
};
