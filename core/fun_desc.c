// SPDX-License-Identifier: MIT
// Method descriptors: a built-in type's method taken through the type
// (list.append), which checks its first argument before running, since the
// method itself trusts that its self is of its type.
#include <string.h>

#include "class.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "print.h"
#include "runtime.h"

typedef struct method_desc {
    es_obj_t base;
    const es_type_t *owner;
    es_val_t fun;
    es_qstr_t name;
} method_desc_t;

es_val_t es_fun_method_desc(const es_type_t *owner, es_qstr_t name,
    es_val_t fun) {
    method_desc_t *d = es_gc_alloc(sizeof(*d), 0);
    d->base.type = &es_type_method_desc;
    d->owner = owner;
    d->fun = fun;
    d->name = name;
    return es_val(d);
}

void es_raise_self_type(const char *method, es_qstr_t type, es_val_t self) {
    es_raise_fmt(&es_type_TypeError, ES_ERR("descriptor '%s' requires a '%q' "
        "object but received a '%T'"), method, type, self);
}

// The first argument as the method expects it: unboxed from a class
// instance, and of the owner type or a subtype, else CPython's TypeError.
static es_val_t check_self(const method_desc_t *d, size_t n_args,
    const es_val_t *args) {
    if (n_args == 0) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("unbound method %q.%q() "
            "needs an argument"), (es_qstr_t)d->owner->name, d->name);
    }
    es_val_t self = es_class_unbox(args[0]);
    if (es_issubclass(es_type_of(self), d->owner)) {
        return self;
    }
    if (es_isinstance(args[0], d->owner)) {
        return args[0];
    }
    // CPython words it one way for slot wrappers (__add__), another for
    // plain methods.
    size_t len;
    const char *s = es_qstr_str(d->name, &len);
    if (len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_'
        && s[len - 2] == '_') {
        es_raise_self_type(s, (es_qstr_t)d->owner->name, args[0]);
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("descriptor '%q' for '%q' "
        "objects doesn't apply to a '%T' object"), d->name,
        (es_qstr_t)d->owner->name, args[0]);
}

static es_val_t desc_call(es_val_t fn, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    const method_desc_t *d = (const method_desc_t *)fn;
    es_val_t self = check_self(d, n_args, args);
    if (self == args[0]) {
        return es_call(d->fun, n_args, n_kw, args);
    }
    // The unboxed value replaces the instance in a copy of the arguments.
    size_t n = n_args + 2 * n_kw;
    es_val_t *copy = es_gc_alloc(n * sizeof(es_val_t), 0);
    memcpy(copy, args, n * sizeof(es_val_t));
    copy[0] = self;
    es_val_t r = es_call(d->fun, n_args, n_kw, copy);
    es_gc_free(copy);
    return r;
}

static void desc_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    const method_desc_t *d = (const method_desc_t *)self;
    es_printf(p, "<method '%q' of '%q' objects>", d->name,
        (es_qstr_t)d->owner->name);
}

const es_type_t es_type_method_desc = {
    .base = {&es_type_type},
    .name = ES_Q(method_descriptor),
    .parent = &es_type_object,
    .print = desc_print,
    .call = desc_call,
};
