// SPDX-License-Identifier: MIT
// Classes made by Python code. A class is a heap type whose slots look up
// the special methods (__init__, __repr__, __add__, __getitem__...) in its
// MRO (computed with C3 at creation) and call them; so the runtime treats
// instances of classes exactly like built-in objects. Instances keep their
// attributes in a dict made at the first store. Exception subclasses have
// es_exc_t instances (whose dict field serves the same purpose), so
// everything that handles exceptions works on them unchanged. Also here:
// property, staticmethod, classmethod and super.
#include <stddef.h>
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "format.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "lookup.h"
#include "list.h"
#include "map.h"
#include "nlr.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

// The class of an instance (only called on instances of classes).
static const es_class_t *class_of(es_val_t v) {
    return (const es_class_t *)es_type_of(v);
}

// Does an instance of [c] box a built-in value (class L(list)...)?
static bool is_boxed(const es_class_t *c) {
    return c->native != &es_type_object
        && !(c->native->flags & ES_TYPE_EXCEPTION);
}

es_val_t es_class_unbox(es_val_t v) {
    const es_type_t *t = es_type_of(v);
    return es_is_class(t) && is_boxed((const es_class_t *)t)
        ? ((es_instance_t *)v)->value : v;
}

// Built-in bases whose __init__ (not __new__) takes the arguments.
static bool init_style(const es_type_t *native) {
    return native == &es_type_list || native == &es_type_dict;
}

// staticmethod(f) and classmethod(f) objects.
typedef struct wrapper {
    es_obj_t base;
    es_val_t fn;
} wrapper_t;

// Call [fn] with [first] before the [n_args] positionals and [n_kw] pairs.
static es_val_t call_with_first(es_val_t fn, es_val_t first, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if (es_is_type(fn, &es_type_staticmethod)) { // a static __sub__...
        return es_call(((wrapper_t *)fn)->fn, n_args, n_kw, args);
    }
    if (es_is_type(fn, &es_type_classmethod)) { // ...or a class method
        fn = ((wrapper_t *)fn)->fn;
        first = es_is_type(first, &es_type_type) ? first
            : es_val(es_type_of(first));
    }
    size_t n = n_args + 2 * n_kw;
    es_val_t local[8];
    es_val_t *all = n + 1 <= ES_ARRAY_SIZE(local) ? local
        : es_gc_alloc((n + 1) * sizeof(es_val_t), 0);
    all[0] = first;
    if (n > 0) {
        memcpy(all + 1, args, n * sizeof(es_val_t));
    }
    return es_call(fn, n_args + 1, n_kw, all);
}

// A special method of class [t]. For a class with a built-in base only
// the methods of classes count: the built-in ones are the boxed value's
// own behaviour, which the slots fall back to.
static es_val_t special_lookup(const es_type_t *t, es_qstr_t name) {
    const es_class_t *c = (const es_class_t *)t;
    if (!es_is_class(t)) {
        return ES_NULL;
    }
    if (!is_boxed(c)) {
        return es_type_lookup(t, name);
    }
    size_t n;
    es_val_t *mro;
    es_tuple_get(c->mro, &n, &mro);
    for (size_t i = 0; i < n; i++) {
        const es_type_t *m = (const es_type_t *)mro[i];
        es_val_t v = es_type_own_lookup(m, name);
        if (v != ES_NULL || m == &es_type_object
            || (name == ES_Q(__init__) && init_style(m))) {
            // a built-in type's own method is the boxed value's behaviour
            return es_is_class(m) ? v : ES_NULL;
        }
    }
    return ES_NULL;
}

// Is [v] an instance of a class with a built-in base?
static bool boxed_val(es_val_t v) {
    const es_type_t *t = es_type_of(v);
    return es_is_class(t) && is_boxed((const es_class_t *)t);
}

// self.name(args...) for a special method; ES_NULL when the class has none.
static es_val_t call_special(es_val_t self, es_qstr_t name, size_t n,
    const es_val_t *args) {
    es_val_t fn = special_lookup(es_type_of(self), name);
    if (fn == ES_NULL) {
        return ES_NULL;
    }
    return call_with_first(fn, self, n, 0, args);
}

// --- printing

// module.Name, as CPython prints classes not defined in builtins.
static void print_qualified(const es_print_t *p, const es_type_t *t) {
    es_val_t mod = es_type_own_lookup(t, ES_Q(__module__));
    if (mod != ES_NULL && es_is_str(mod)
        && !es_str_equal(mod, es_qstr_val(ES_Q(builtins)))) {
        es_printf(p, "%S.", mod);
    }
    es_printf(p, "%S", ((const es_class_t *)t)->qualname);
}

// str(): __str__, else __repr__; repr(): __repr__; else the native base's
// printing (exceptions) or <module.Name object at 0x...>.
static void class_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    const es_class_t *c = class_of(self);
    es_val_t fn = kind == ES_PRINT_STR
        ? special_lookup(&c->type, ES_Q(__str__)) : ES_NULL;
    bool is_str = fn != ES_NULL;
    if (fn == ES_NULL) {
        fn = special_lookup(&c->type, ES_Q(__repr__));
    }
    if (fn != ES_NULL) {
        es_val_t r = es_call(fn, 1, 0, &self);
        if (!es_is_str(r)) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("__%s__ returned non-string (type %T)"),
                is_str ? "str" : "repr", r);
        }
        es_print_val(p, r, ES_PRINT_STR);
    } else if (is_boxed(c)) {
        es_print_val(p, ((es_instance_t *)self)->value, kind);
    } else if (c->native != &es_type_object && c->native->print != NULL) {
        c->native->print(p, self, kind);
    } else {
        es_print_cstr(p, "<");
        print_qualified(p, &c->type);
        es_printf(p, " object at %p>", (void *)self);
    }
}

// --- creation

// Where an instance keeps its attribute dict, by its layout.
static es_val_t *inst_dict(es_val_t obj) {
    const es_class_t *c = class_of(obj);
    if (c->native->flags & ES_TYPE_EXCEPTION) {
        return &((es_exc_t *)obj)->dict;
    }
    return &((es_instance_t *)obj)->dict;
}

static es_val_t unwrap_static(es_val_t fn);

// The bare instance in the native base's layout; a boxed value is made
// from the arguments (list and dict: empty, their __init__ fills them).
static es_val_t alloc_instance(const es_class_t *c, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if (c->native->flags & ES_TYPE_EXCEPTION) {
        return es_exc_new(&c->type, n_args, args);
    }
    if (c->native == &es_type_type) { // no metaclasses: a class of type type
        if (n_args != 3) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("type.__new__() takes "
                "exactly 3 arguments (%zu given)"), n_args);
        }
        return es_type_type.make_new(&es_type_type, n_args, n_kw, args);
    }
    bool boxed = is_boxed(c);
    es_instance_t *i = es_gc_alloc(boxed ? sizeof(es_instance_t)
        : offsetof(es_instance_t, value), 0);
    i->base.type = &c->type;
    if (boxed) {
        bool skip = init_style(c->native);
        i->value = c->native->make_new(c->native, skip ? 0 : n_args,
            skip ? 0 : n_kw, args);
    }
    return es_val(i);
}

// X.__new__(cls, *args) for a built-in X.
static es_val_t base_new(size_t n_args, size_t n_kw, const es_val_t *args) {
    if (!es_is_type(args[0], &es_type_type)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("object.__new__(X): X is not "
            "a type object (%T)"), args[0]);
    }
    const es_type_t *t = (const es_type_t *)args[0];
    if (!es_is_class(t)) {
        if (t->make_new == NULL) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("cannot create '%q' instances"), (es_qstr_t)t->name);
        }
        return t->make_new(t, n_args - 1, n_kw, args + 1);
    }
    const es_class_t *c = (const es_class_t *)t;
    return c->native == &es_type_object ? alloc_instance(c, 0, 0, NULL)
        : alloc_instance(c, n_args - 1, n_kw, args + 1);
}
ES_FUN_KW(es_class_base_new, 1, ES_FUN_ARGS_MAX, base_new);

// object.__new__(X): only for object and classes laid out as object; a
// built-in layout (exceptions too) wants X.__new__.
static es_val_t object_new(size_t n_args, size_t n_kw, const es_val_t *args) {
    const es_type_t *t = es_is_type(args[0], &es_type_type)
        ? (const es_type_t *)args[0] : NULL;
    const es_type_t *n = t != NULL && es_is_class(t)
        ? ((const es_class_t *)t)->native : t;
    if (n != NULL && n != &es_type_object) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("object.__new__(%q) is not "
            "safe, use %q.__new__()"), (es_qstr_t)t->name, (es_qstr_t)t->name);
    }
    return base_new(n_args, n_kw, args);
}
ES_FUN_KW(es_class_object_new, 1, ES_FUN_ARGS_MAX, object_new);

// The bare instance: from a class's __new__ (called with the class first),
// else in the native base's layout.
static es_val_t new_instance(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_val_t new_fn = special_lookup(type, ES_Q(__new__));
    if (new_fn != ES_NULL) {
        return call_with_first(unwrap_static(new_fn), es_val(type), n_args,
            n_kw, args);
    }
    return alloc_instance((const es_class_t *)type, n_args, n_kw, args);
}

// Calling a class: make the instance, then __init__ with the same
// arguments unless __new__ returned something else. Arguments with no
// __init__ to take them are a TypeError (exceptions store them in args).
static es_val_t class_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_val_t obj = new_instance(type, n_args, n_kw, args);
    if (!es_isinstance(obj, type)) {
        return obj;
    }
    const es_class_t *c = (const es_class_t *)es_type_of(obj);
    es_val_t init = special_lookup(type, ES_Q(__init__));
    bool plain = init == ES_NULL || !es_is_class(&c->type)
        || special_lookup(type, ES_Q(__new__)) != ES_NULL
        || c->native != &es_type_object;
    if (init != ES_NULL
        && es_type_own_lookup(&es_type_object, ES_Q(__init__)) != init) {
        es_val_t r = call_with_first(init, obj, n_args, n_kw, args);
        if (r != ES_NONE) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("__init__() should return None, not '%T'"), r);
        }
    } else if (es_is_class(&c->type) && is_boxed(c) && init_style(c->native)
        && (n_args != 0 || n_kw != 0)) {
        ((es_instance_t *)obj)->value = c->native->make_new(c->native, n_args,
            n_kw, args);
    } else if ((n_args != 0 || n_kw != 0) && !plain
        && !(type->flags & ES_TYPE_EXCEPTION)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q() takes no arguments"),
            (es_qstr_t)type->name);
    }
    return obj;
}

static es_val_t class_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t fn = special_lookup(es_type_of(self), ES_Q(__call__));
    const es_type_t *native = class_of(self)->native;
    if (fn == ES_NULL && native->call != NULL) { // a callable native base
        return native->call(es_class_unbox(self), n_args, n_kw, args);
    }
    if (fn == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object is not callable"),
            self);
    }
    return call_with_first(fn, self, n_args, n_kw, args);
}

// --- operators. The name tables hold words, as they lie in flash (rom.h).

static const es_qstr_t unary_names[ES_N_UOPS] = {
    [ES_UOP_POS] = ES_Q(__pos__), [ES_UOP_NEG] = ES_Q(__neg__),
    [ES_UOP_INVERT] = ES_Q(__invert__), [ES_UOP_BOOL] = ES_Q(__bool__),
    [ES_UOP_LEN] = ES_Q(__len__), [ES_UOP_ABS] = ES_Q(__abs__),
};

// __hash__; None (set for a class defining __eq__ without it): unhashable.
static es_val_t class_hash(es_val_t self) {
    const es_type_t *t = es_type_of(self);
    es_val_t fn = special_lookup(t, ES_Q(__hash__));
    if (fn == ES_NONE) {
        return ES_NULL;
    }
    if (fn == ES_NULL) {
        if (boxed_val(self)) {
            return es_small_new(es_hash(es_class_unbox(self)));
        }
        return es_small_new((es_int_t)(self >> 4) & ES_SMALL_MAX);
    }
    es_val_t r = es_call(fn, 1, 0, &self);
    if (!es_is_int(r)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("__hash__ method should return an integer"));
    }
    return es_is_small(r) ? r : es_small_new(es_int_hash(r));
}

// Unary operators, bool, len and hash through their special methods;
// ES_NULL when the class has none, so the runtime applies its default.
static es_val_t class_unary_op(es_unary_op_t op, es_val_t self) {
    if (op == ES_UOP_HASH) {
        return class_hash(self);
    }
    if (unary_names[op] == 0) {
        return ES_NULL;
    }
    es_val_t r = call_special(self, unary_names[op], 0, NULL);
    if (r == ES_NULL && op == ES_UOP_BOOL && boxed_val(self)
        && special_lookup(es_type_of(self), ES_Q(__len__)) != ES_NULL) {
        return es_bool(es_len(self) != 0); // the class's own __len__
    }
    if (r == ES_NULL && boxed_val(self)) {
        return es_unary_op(op, es_class_unbox(self));
    }
    if (op == ES_UOP_BOOL && r != ES_NULL && r != ES_TRUE && r != ES_FALSE) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("__bool__ should return bool, returned %T"), r);
    }
    return r;
}

static const es_qstr_t binary_names[ES_N_BOPS] = {
    [ES_BOP_LT] = ES_Q(__lt__), [ES_BOP_GT] = ES_Q(__gt__),
    [ES_BOP_EQ] = ES_Q(__eq__), [ES_BOP_LE] = ES_Q(__le__),
    [ES_BOP_GE] = ES_Q(__ge__), [ES_BOP_NE] = ES_Q(__ne__),
    [ES_BOP_OR] = ES_Q(__or__), [ES_BOP_XOR] = ES_Q(__xor__),
    [ES_BOP_AND] = ES_Q(__and__), [ES_BOP_LSHIFT] = ES_Q(__lshift__),
    [ES_BOP_RSHIFT] = ES_Q(__rshift__), [ES_BOP_ADD] = ES_Q(__add__),
    [ES_BOP_SUB] = ES_Q(__sub__), [ES_BOP_MUL] = ES_Q(__mul__),
    [ES_BOP_MATMUL] = ES_Q(__matmul__), [ES_BOP_FLOORDIV] = ES_Q(__floordiv__),
    [ES_BOP_TRUEDIV] = ES_Q(__truediv__), [ES_BOP_MOD] = ES_Q(__mod__),
    [ES_BOP_POW] = ES_Q(__pow__),
    [ES_BOP_INPLACE_OR] = ES_Q(__ior__), [ES_BOP_INPLACE_XOR] = ES_Q(__ixor__),
    [ES_BOP_INPLACE_AND] = ES_Q(__iand__),
    [ES_BOP_INPLACE_LSHIFT] = ES_Q(__ilshift__),
    [ES_BOP_INPLACE_RSHIFT] = ES_Q(__irshift__),
    [ES_BOP_INPLACE_ADD] = ES_Q(__iadd__), [ES_BOP_INPLACE_SUB] = ES_Q(__isub__),
    [ES_BOP_INPLACE_MUL] = ES_Q(__imul__),
    [ES_BOP_INPLACE_MATMUL] = ES_Q(__imatmul__),
    [ES_BOP_INPLACE_FLOORDIV] = ES_Q(__ifloordiv__),
    [ES_BOP_INPLACE_TRUEDIV] = ES_Q(__itruediv__),
    [ES_BOP_INPLACE_MOD] = ES_Q(__imod__), [ES_BOP_INPLACE_POW] = ES_Q(__ipow__),
};

// The reflected method: comparisons swap, arithmetic takes __rxxx__.
static const es_qstr_t reflected_names[ES_N_BOPS] = {
    [ES_BOP_LT] = ES_Q(__gt__), [ES_BOP_GT] = ES_Q(__lt__),
    [ES_BOP_EQ] = ES_Q(__eq__), [ES_BOP_LE] = ES_Q(__ge__),
    [ES_BOP_GE] = ES_Q(__le__), [ES_BOP_NE] = ES_Q(__ne__),
    [ES_BOP_OR] = ES_Q(__ror__), [ES_BOP_XOR] = ES_Q(__rxor__),
    [ES_BOP_AND] = ES_Q(__rand__), [ES_BOP_LSHIFT] = ES_Q(__rlshift__),
    [ES_BOP_RSHIFT] = ES_Q(__rrshift__), [ES_BOP_ADD] = ES_Q(__radd__),
    [ES_BOP_SUB] = ES_Q(__rsub__), [ES_BOP_MUL] = ES_Q(__rmul__),
    [ES_BOP_MATMUL] = ES_Q(__rmatmul__),
    [ES_BOP_FLOORDIV] = ES_Q(__rfloordiv__),
    [ES_BOP_TRUEDIV] = ES_Q(__rtruediv__), [ES_BOP_MOD] = ES_Q(__rmod__),
    [ES_BOP_POW] = ES_Q(__rpow__),
};

static bool answered(es_val_t r) {
    return r != ES_NULL && r != ES_NOT_IMPLEMENTED;
}

// A forward or reflected method of [self]'s class applied to [other].
static es_val_t try_special(es_val_t self, es_qstr_t name, es_val_t other) {
    if (name == 0 || !es_is_class(es_type_of(self))) {
        return ES_NULL;
    }
    if (name == ES_Q(__ne__)
        && special_lookup(es_type_of(self), ES_Q(__ne__)) == ES_NULL) {
        // object.__ne__: the negated __eq__, when the class has one
        es_val_t r = call_special(self, ES_Q(__eq__), 1, &other);
        return answered(r) ? es_bool(!es_truthy(r)) : ES_NULL;
    }
    es_val_t r = call_special(self, name, 1, &other);
    return answered(r) ? r : ES_NULL;
}

// What the boxed built-in values give when the classes define nothing;
// an in-place operator that answers with the boxed value answers self.
static es_val_t native_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    es_val_t l = es_class_unbox(lhs), r = es_class_unbox(rhs);
    if (op >= ES_BOP_INPLACE_OR && special_lookup(es_type_of(lhs),
            binary_names[op - ES_OP_INPLACE_OFFSET]) != ES_NULL) {
        return ES_NULL; // the runtime retries with the class's plain method
    }
    if (es_is_class(es_type_of(l)) || es_is_class(es_type_of(r))
        || (op == ES_BOP_NE && (special_lookup(es_type_of(lhs), ES_Q(__eq__))
            != ES_NULL || special_lookup(es_type_of(rhs), ES_Q(__eq__))
            != ES_NULL))) {
        return ES_NULL;
    }
    es_val_t v = es_binary_op(op, l, r);
    return op >= ES_BOP_INPLACE_OR && v == l ? lhs : v;
}

// `in` through __contains__, else the boxed value's own test.
static es_val_t class_contains(es_binary_op_t op, es_val_t item,
    es_val_t container) {
    if (!es_is_class(es_type_of(container))) {
        return ES_NULL;
    }
    es_val_t r = call_special(container, ES_Q(__contains__), 1, &item);
    if (r == ES_NULL && boxed_val(container)) {
        r = es_bool(es_contains(es_class_unbox(container), item));
    } else if (r == ES_NULL
        && special_lookup(es_type_of(container), ES_Q(__iter__)) == ES_NULL
        && special_lookup(es_type_of(container), ES_Q(__getitem__)) == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("argument of type '%T' is not iterable"), container);
    }
    return r == ES_NULL ? ES_NULL : es_bool(es_truthy(r) == (op == ES_BOP_IN));
}

// Called once for both operands (the runtime does not call the same slot
// function twice): the forward method of lhs, then the reflected one of
// rhs; the reflected one first when rhs's class is a subclass of lhs's.
static es_val_t class_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN || op == ES_BOP_NOT_IN) {
        return class_contains(op, lhs, rhs);
    }
    const es_type_t *lt = es_type_of(lhs), *rt = es_type_of(rhs);
    // comparisons try the reflected method for operands of one class too
    bool other = rt != lt || !es_is_class(lt) || op <= ES_BOP_NE;
    bool sub_first = other && rt != lt && es_is_class(rt)
        && es_issubclass(rt, lt);
    es_val_t r = sub_first ? try_special(rhs, reflected_names[op], lhs)
        : ES_NULL;
    if (r == ES_NULL) {
        r = try_special(lhs, binary_names[op], rhs);
    }
    if (r == ES_NULL && other && !sub_first) {
        r = try_special(rhs, reflected_names[op], lhs);
    }
    if (r == ES_NULL && (boxed_val(lhs) || boxed_val(rhs))) {
        r = native_binary_op(op, lhs, rhs);
    }
    return r;
}

// --- attributes

typedef struct property {
    es_obj_t base;
    es_val_t fget, fset, fdel;
} property_t;

static es_val_t unwrap_static(es_val_t fn) {
    return es_is_type(fn, &es_type_staticmethod) ? ((wrapper_t *)fn)->fn : fn;
}

// What a class attribute [v] found for [obj] (of class [cls]) gives.
// Python functions bind self; built-in functions bind only when they are
// methods of a built-in type ([builtin_owner]: object.__init__...), since
// a built-in stored in a class body (f = len) is not a descriptor.
static void bind(es_val_t v, es_val_t obj, es_val_t cls, bool builtin_owner,
    es_val_t dest[2]) {
    dest[1] = ES_NULL;
    if (es_is_type(v, &es_type_staticmethod)) {
        dest[0] = ((wrapper_t *)v)->fn;
    } else if (es_is_type(v, &es_type_classmethod)) {
        dest[0] = ((wrapper_t *)v)->fn;
        dest[1] = cls;
    } else {
        dest[0] = v;
        if (obj != ES_NULL && (es_is_fun(v)
                || (builtin_owner && es_is_type(v, &es_type_fun_builtin)))) {
            dest[1] = obj;
        }
    }
}

static es_val_t property_get(es_val_t prop, es_val_t obj, es_qstr_t name) {
    property_t *p = (property_t *)prop;
    if (p->fget == ES_NONE) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("property '%q' of '%T' object has no getter"), name, obj);
    }
    return es_call(p->fget, 1, 0, &obj);
}

// Lookup order: a property of the class (data descriptor) first, then
// the instance dict, then the class attribute (bound when a function),
// then the native base's attributes (args...), then __getattr__.
// [name] along the MRO of class [c]; *builtin_owner tells whether a
// built-in type's locals had it.
static es_val_t mro_find(const es_class_t *c, es_qstr_t name,
    const es_type_t **owner) {
    return es_lookup_type(&c->type, name, owner);
}

// list.__init__(self, *args) and dict's: the boxed value made anew.
static es_val_t native_init(size_t n_args, size_t n_kw, const es_val_t *args) {
    if (!boxed_val(args[0])) {
        return ES_NONE;
    }
    es_instance_t *i = (es_instance_t *)args[0];
    const es_type_t *native = class_of(args[0])->native;
    if (init_style(native)) {
        i->value = native->make_new(native, n_args - 1, n_kw, args + 1);
    }
    return ES_NONE;
}
static ES_FUN_KW(fun_native_init, 1, ES_FUN_ARGS_MAX, native_init);

// Bind [v], found in the locals of [owner] for [obj] (ES_NULL: looked up
// on the class [cls]): a built-in type's method gets the boxed value as
// self; object.__init__ of a list or dict subclass is their __init__.
static void bind_found(es_val_t v, const es_type_t *owner, es_val_t obj,
    es_val_t cls, es_qstr_t name, es_val_t dest[2]) {
    bool builtin = !es_is_class(owner);
    if (builtin && name == ES_Q(__init__) && obj != ES_NULL
        && boxed_val(obj) && init_style(class_of(obj)->native)) {
        v = es_val(&fun_native_init);
    } else if (builtin && owner != &es_type_object && obj != ES_NULL) {
        obj = es_class_unbox(obj);
    }
    bind(v, obj, cls, builtin, dest);
}

// format() of an instance of a class with a built-in base and no
// __format__ of its own: the boxed value's.
static es_val_t boxed_format(es_val_t self, es_val_t spec) {
    return es_format(es_class_unbox(self), spec);
}
static ES_FUN_2(fun_boxed_format, boxed_format);

// --- descriptors: class attributes that are instances of a class with
// __get__ (and, for a data descriptor, __set__ or __delete__)

// Has [v]'s class the method [hook]?
static bool has_hook(es_val_t v, es_qstr_t hook) {
    return v != ES_NULL && special_lookup(es_type_of(v), hook) != ES_NULL;
}

static bool is_data_descr(es_val_t v) {
    return has_hook(v, ES_Q(__get__))
        && (has_hook(v, ES_Q(__set__)) || has_hook(v, ES_Q(__delete__)));
}

// descr.__get__(obj, cls) (obj None on the class).
static es_val_t descr_get(es_val_t descr, es_val_t obj, es_val_t cls) {
    es_val_t args[2] = {obj == ES_NULL ? ES_NONE : obj, cls};
    return call_special(descr, ES_Q(__get__), 2, args);
}

void es_class_load_method(es_val_t obj, es_qstr_t name, es_val_t dest[2]) {
    const es_class_t *c = class_of(obj);
    const es_type_t *owner = NULL;
    es_val_t cv = mro_find(c, name, &owner);
    dest[0] = dest[1] = ES_NULL;
    if (es_is_type(cv, &es_type_property)) {
        dest[0] = property_get(cv, obj, name);
        return;
    }
    if (is_data_descr(cv)) { // before the instance dict
        dest[0] = descr_get(cv, obj, es_val(c));
        return;
    }
    es_val_t d = *inst_dict(obj);
    es_val_t v = d != ES_NULL ? es_lookup_attr_load(d, &c->type, name)
        : ES_NULL;
    if (v != ES_NULL) {
        dest[0] = v;
    } else if (has_hook(cv, ES_Q(__get__))) {
        dest[0] = descr_get(cv, obj, es_val(c));
    } else if (name == ES_Q(__format__) && is_boxed(c)
        && (cv == ES_NULL || !es_is_class(owner))) {
        dest[0] = es_val(&fun_boxed_format);
        dest[1] = obj;
    } else if (cv != ES_NULL) {
        bind_found(cv, owner, obj, es_val(c), name, dest);
    } else if (c->native->load_attr != NULL
        && (v = c->native->load_attr(es_class_unbox(obj), name)) != ES_NULL) {
        dest[0] = v;
    } else if (name == ES_Q(__class__)) {
        dest[0] = es_val(c);
    } else if (name == ES_Q(__dict__)) {
        es_val_t *dp = inst_dict(obj);
        *dp = *dp != ES_NULL ? *dp : es_dict_new(0);
        dest[0] = *dp;
    } else if ((v = es_type_lookup(&c->type, ES_Q(__getattr__))) != ES_NULL) {
        es_val_t args[2] = {obj, es_qstr_val(name)};
        dest[0] = es_call(v, 2, 0, args);
    }
}

es_val_t es_class_load_attr(es_val_t cls, es_qstr_t name) {
    es_val_t v = es_type_lookup((const es_type_t *)cls, name);
    if (v == ES_NULL) {
        return name == ES_Q(__new__) ? es_val(&es_class_base_new)
            : name == ES_Q(__doc__) ? ES_NONE : ES_NULL;
    }
    if (has_hook(v, ES_Q(__get__))) {
        return descr_get(v, ES_NULL, cls);
    }
    es_val_t dest[2];
    bind(v, ES_NULL, cls, false, dest);
    return dest[1] != ES_NULL ? es_bound_meth_new(dest[0], dest[1]) : dest[0];
}

// Store (or delete, when [value] is ES_NULL) without __setattr__: a
// property's setter, an exception's cause/context, else the instance dict.
static bool generic_store_attr(es_val_t self, es_qstr_t name,
    es_val_t value) {
    const es_class_t *c = class_of(self);
    es_val_t cv = es_type_lookup(&c->type, name);
    if (es_is_type(cv, &es_type_property)) {
        property_t *p = (property_t *)cv;
        es_val_t fn = value == ES_NULL ? p->fdel : p->fset;
        if (fn == ES_NONE) {
            es_raise_fmt(&es_type_AttributeError,
                ES_ERR("property '%q' of '%T' object has no %s"), name, self,
                value == ES_NULL ? "deleter" : "setter");
        }
        es_val_t args[2] = {self, value};
        es_call(fn, value == ES_NULL ? 1 : 2, 0, args);
        return true;
    }
    es_qstr_t hook = value == ES_NULL ? ES_Q(__delete__) : ES_Q(__set__);
    if (has_hook(cv, hook)) { // descr.__set__(self, value), __delete__(self)
        es_val_t args[2] = {self, value};
        call_special(cv, hook, value == ES_NULL ? 1 : 2, args);
        return true;
    }
    if ((c->native->flags & ES_TYPE_EXCEPTION)
        && (name == ES_Q(__cause__) || name == ES_Q(__context__)
            || name == ES_Q(args))) {
        return c->native->store_attr(self, name, value);
    }
    es_val_t *d = inst_dict(self);
    if (value == ES_NULL) {
        return *d != ES_NULL && es_map_lookup(es_dict_map(*d),
            es_qstr_val(name), ES_MAP_REMOVE) != NULL;
    }
    if (*d == ES_NULL) {
        *d = es_dict_new(2);
    }
    if (!es_lookup_attr_store(*d, &c->type, name, value)) {
        es_dict_store(*d, es_qstr_val(name), value);
    }
    return true;
}

// object.__setattr__(self, name, value) and object.__delattr__(self,
// name): the default behaviour, for classes that override them to call.
static es_qstr_t attr_arg(es_val_t self, es_val_t name) {
    if (!es_is_class(es_type_of(self))) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("can't apply this __setattr__ to %T object"), self);
    }
    if (!es_is_str(name)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("attribute name must be string, not '%T'"), name);
    }
    return es_qstr_get(es_str_intern(name));
}

static es_val_t object_setattr(es_val_t self, es_val_t name, es_val_t value) {
    generic_store_attr(self, attr_arg(self, name), value);
    return ES_NONE;
}
ES_FUN_3(es_object_setattr, object_setattr);

static es_val_t object_delattr(es_val_t self, es_val_t name) {
    es_qstr_t q = attr_arg(self, name);
    if (!generic_store_attr(self, q, ES_NULL)) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("'%T' object has no attribute '%q'"), self, q);
    }
    return ES_NONE;
}
ES_FUN_2(es_object_delattr, object_delattr);

// A class's own __setattr__/__delattr__ when it has one, else the default.
static bool class_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    es_qstr_t hook = value == ES_NULL ? ES_Q(__delattr__) : ES_Q(__setattr__);
    es_val_t fn = es_type_lookup(es_type_of(self), hook);
    if (fn == ES_NULL || fn == es_val(&es_object_setattr)
        || fn == es_val(&es_object_delattr)) {
        return generic_store_attr(self, name, value);
    }
    es_val_t args[3] = {self, es_qstr_val(name), value};
    es_call(fn, value == ES_NULL ? 2 : 3, 0, args);
    return true;
}

// --- containers and iteration

// The boxed value's item; a dict subclass's __missing__ answers for keys
// the dict lacks.
static es_val_t boxed_getitem(es_val_t self, es_val_t index) {
    es_val_t v = es_class_unbox(self);
    if (es_is_type(v, &es_type_dict) && es_dict_get(v, index) == ES_NULL) {
        es_val_t r = call_special(self, ES_Q(__missing__), 1, &index);
        if (r != ES_NULL) {
            return r;
        }
    }
    return es_subscr_load(v, index);
}

// obj[i], obj[i] = v and del obj[i] through __getitem__, __setitem__ and
// __delitem__ (the slot's selector: ES_STOP load, ES_NULL delete).
static es_val_t class_subscr(es_val_t self, es_val_t index, es_val_t value) {
    es_val_t r;
    if (value == ES_STOP) {
        r = call_special(self, ES_Q(__getitem__), 1, &index);
        return r == ES_NULL && boxed_val(self) ? boxed_getitem(self, index)
            : r;
    }
    es_val_t args[2] = {index, value};
    r = value == ES_NULL ? call_special(self, ES_Q(__delitem__), 1, args)
        : call_special(self, ES_Q(__setitem__), 2, args);
    if (r == ES_NULL && boxed_val(self)) {
        if (value == ES_NULL) {
            es_subscr_delete(es_class_unbox(self), index);
        } else {
            es_subscr_store(es_class_unbox(self), index, value);
        }
        r = ES_NONE;
    }
    return r == ES_NULL ? ES_NULL : ES_NONE;
}

// iter(): __iter__, else the old index protocol over __getitem__.
static es_val_t class_getiter(es_val_t self) {
    es_val_t r = call_special(self, ES_Q(__iter__), 0, NULL);
    if (r != ES_NULL) {
        if (es_type_of(r)->iternext == NULL) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("iter() returned non-iterator of type '%T'"), r);
        }
        return r;
    }
    if (boxed_val(self)) {
        // a built-in iterator (map, zip...) is its own iterator, and so is
        // the instance, whose __next__ may be overridden
        es_val_t v = es_class_unbox(self);
        return es_type_of(v)->iternext != NULL ? self : es_getiter(v);
    }
    if (es_type_lookup(es_type_of(self), ES_Q(__getitem__)) != ES_NULL) {
        return es_seq_iter_new(self);
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object is not iterable"),
        self);
}

// __next__, else a boxed built-in iterator's next item; a StopIteration
// becomes the end marker.
static es_val_t class_iternext(es_val_t self) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t r = call_special(self, ES_Q(__next__), 0, NULL);
        es_nlr_pop();
        if (r == ES_NULL && boxed_val(self)) {
            es_val_t v = es_class_unbox(self);
            if (es_type_of(v)->iternext != NULL) {
                return es_type_of(v)->iternext(v);
            }
        }
        if (r == ES_NULL) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("'%T' object is not an iterator"), self);
        }
        return r;
    }
    if (es_isinstance(buf.value, &es_type_StopIteration)) {
        es_g.stop_exc = buf.value; // next() raises it with its value
        return ES_STOP;
    }
    es_nlr_jump(buf.value);
}

// --- the MRO (C3)

// Built-in types: the parent chain, object last (a new tuple).
es_val_t es_class_mro(const es_type_t *t) {
    if (es_is_class(t)) {
        return ((const es_class_t *)t)->mro;
    }
    size_t n = 0;
    for (const es_type_t *p = t; p != NULL; p = p->parent) {
        n++;
    }
    n += t != &es_type_object && t->parent == NULL; // object at the end
    es_val_t mro = es_tuple_new(n, NULL);
    size_t k;
    es_val_t *items;
    es_tuple_get(mro, &k, &items);
    k = 0;
    for (const es_type_t *p = t; p != NULL; p = p->parent) {
        items[k++] = es_val(p);
    }
    if (k < n) {
        items[k] = es_val(&es_type_object);
    }
    return mro;
}

typedef struct seq {
    es_val_t *items;
    size_t start, len;
} seq_t;

// C3 merge over the bases' MROs and the bases list: repeatedly take the
// first head that appears in no list's tail.
static bool in_tail(const seq_t *seqs, size_t n, es_val_t v) {
    for (size_t i = 0; i < n; i++) {
        for (size_t j = seqs[i].start + 1; j < seqs[i].len; j++) {
            if (seqs[i].items[j] == v) {
                return true;
            }
        }
    }
    return false;
}

// The next head that is in no tail, or ES_NULL.
static es_val_t c3_pick(seq_t *seqs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (seqs[i].start < seqs[i].len) {
            es_val_t v = seqs[i].items[seqs[i].start];
            if (!in_tail(seqs, n, v)) {
                return v;
            }
        }
    }
    return ES_NULL;
}

// The MRO of new class [cls]; TypeError when the bases' orders conflict.
static es_val_t c3_mro(es_val_t cls, es_val_t bases) {
    size_t nb, total = 1;
    es_val_t *b;
    es_tuple_get(bases, &nb, &b);
    seq_t *seqs = es_gc_alloc((nb + 1) * sizeof(seq_t), 0);
    for (size_t i = 0; i < nb; i++) {
        es_tuple_get(es_class_mro((const es_type_t *)b[i]), &seqs[i].len,
            &seqs[i].items);
        total += seqs[i].len;
    }
    seqs[nb] = (seq_t){b, 0, nb};
    es_val_t *out = es_gc_alloc(total * sizeof(es_val_t), 0);
    size_t n = 0;
    out[n++] = cls;
    for (es_val_t v; (v = c3_pick(seqs, nb + 1)) != ES_NULL;) {
        out[n++] = v;
        for (size_t i = 0; i <= nb; i++) {
            if (seqs[i].start < seqs[i].len && seqs[i].items[seqs[i].start] == v) {
                seqs[i].start++;
            }
        }
    }
    for (size_t i = 0; i <= nb; i++) {
        if (seqs[i].start < seqs[i].len) {
            es_raise_msg(&es_type_TypeError, ES_ERR("Cannot create a "
                "consistent method resolution order (MRO)"));
        }
    }
    return es_tuple_new(n, out);
}

// --- making classes

// The built-in base whose layout instances of a class with [bases] take.
static const es_type_t *native_base(es_val_t bases) {
    size_t nb;
    es_val_t *b;
    es_tuple_get(bases, &nb, &b);
    const es_type_t *native = &es_type_object;
    for (size_t i = 0; i < nb; i++) {
        if (!es_is_type(b[i], &es_type_type)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("bases must be types"));
        }
        const es_type_t *t = (const es_type_t *)b[i];
        for (size_t j = 0; j < i; j++) {
            if (b[j] == b[i]) {
                es_raise_fmt(&es_type_TypeError,
                    ES_ERR("duplicate base class %q"), (es_qstr_t)t->name);
            }
        }
        if (!(t->flags & ES_TYPE_BASETYPE)) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("type '%q' is not an acceptable base type"),
                (es_qstr_t)t->name);
        }
        const es_type_t *n = es_is_class(t) ? ((const es_class_t *)t)->native : t;
        if (es_issubclass(n, native)) {
            native = n;
        } else if (!es_issubclass(native, n)) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("multiple bases have instance lay-out conflict"));
        }
    }
    return native;
}

// The call slot and iternext are set only when the class has __call__ or
// __next__, so callable() and iterator checks answer correctly.
es_val_t es_class_new(es_qstr_t name, es_val_t bases, es_val_t ns) {
    size_t nb;
    es_val_t *b;
    es_tuple_get(bases, &nb, &b);
    if (nb == 0) {
        es_val_t obj = es_val(&es_type_object);
        bases = es_tuple_new(1, &obj);
        es_tuple_get(bases, &nb, &b);
    }
    const es_type_t *native = native_base(bases);
    es_map_t *m = es_dict_map(ns);
    es_val_t new_fn = es_dict_get(ns, es_qstr_val(ES_Q(__new__)));
    if (es_is_fun(new_fn)) { // implicitly static, as CPython
        es_dict_store(ns, es_qstr_val(ES_Q(__new__)), es_call(
            es_val(&es_type_staticmethod), 1, 0, &new_fn));
    }
    if (es_map_lookup(m, es_qstr_val(ES_Q(__eq__)), ES_MAP_LOOKUP) != NULL
        && es_map_lookup(m, es_qstr_val(ES_Q(__hash__)), ES_MAP_LOOKUP)
        == NULL) {
        es_dict_store(ns, es_qstr_val(ES_Q(__hash__)), ES_NONE); // as CPython
    }
    es_class_t *c = es_gc_alloc(sizeof(es_class_t), 0);
    // the compiler's __qualname__: not a class attribute in CPython
    es_val_t q = es_dict_get(ns, es_qstr_val(ES_Q(__qualname__)));
    es_map_lookup(m, es_qstr_val(ES_Q(__qualname__)), ES_MAP_REMOVE);
    c->qualname = q != ES_NULL && es_is_str(q) ? q : es_qstr_val(name);
    es_type_t *t = &c->type;
    t->base.type = &es_type_type;
    t->name = name;
    t->flags = ES_TYPE_HEAP | ES_TYPE_BASETYPE
        | (native->flags & ES_TYPE_EXCEPTION);
    t->parent = (const es_type_t *)b[0];
    t->print = class_print;
    t->make_new = class_make_new;
    t->unary_op = class_unary_op;
    t->binary_op = class_binary_op;
    t->store_attr = class_store_attr;
    t->subscr = class_subscr;
    t->getiter = class_getiter;
    t->locals = ns;
    c->bases = bases;
    c->native = native;
    c->mro = c3_mro(es_val(c), bases);
    if (special_lookup(t, ES_Q(__call__)) != ES_NULL || native->call != NULL) {
        t->call = class_call;
    }
    if (special_lookup(t, ES_Q(__next__)) != ES_NULL
        || native->iternext != NULL) {
        t->iternext = class_iternext;
    }
    return es_val(c);
}

// Tell the new class's attributes their names (__set_name__ of instances
// of classes), then the nearest base's __init_subclass__ (an implicit
// classmethod) with the class statement's keywords. As CPython, the
// attributes are those of the class body: a __set_name__ that changes the
// class does not change who is told.
void es_class_created(es_val_t cls, size_t n_kw, const es_val_t *kw) {
    const es_class_t *c = (const es_class_t *)cls;
    es_map_t *m = es_dict_map(c->type.locals);
    size_t used = m->used;
    es_map_elem_t *items = es_gc_alloc((used + 1) * sizeof(es_map_elem_t), 0);
    if (used > 0) {
        memcpy(items, m->table, used * sizeof(es_map_elem_t));
    }
    for (size_t i = 0; i < used; i++) {
        es_val_t v = items[i].value;
        if (items[i].key != ES_NULL && es_is_class(es_type_of(v))) {
            es_val_t fn = special_lookup(es_type_of(v), ES_Q(__set_name__));
            es_val_t args[3] = {v, cls, items[i].key};
            if (fn != ES_NULL) {
                es_call(fn, 3, 0, args);
            }
        }
    }
    es_gc_free(items);
    size_t n;
    es_val_t *mro;
    es_tuple_get(c->mro, &n, &mro);
    for (size_t i = 1; i < n; i++) {
        es_val_t fn = es_type_own_lookup((const es_type_t *)mro[i],
            ES_Q(__init_subclass__));
        if (fn != ES_NULL) {
            fn = es_is_type(fn, &es_type_classmethod) ? ((wrapper_t *)fn)->fn
                : fn;
            call_with_first(fn, cls, 0, n_kw, kw);
            return;
        }
    }
}

// --- staticmethod, classmethod, property

// staticmethod(f) / classmethod(f): a box around f that bind() unwraps.
static es_val_t wrapper_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    wrapper_t *w = es_gc_alloc(sizeof(wrapper_t), 0);
    w->base.type = type;
    w->fn = args[0];
    return es_val(w);
}

static es_val_t wrapper_load_attr(es_val_t self, es_qstr_t name) {
    return name == ES_Q(__func__) ? ((wrapper_t *)self)->fn : ES_NULL;
}

const es_type_t es_type_staticmethod = {
    .base = {&es_type_type},
    .name = ES_Q(staticmethod),
    .parent = &es_type_object,
    .make_new = wrapper_make_new,
    .load_attr = wrapper_load_attr,
};

const es_type_t es_type_classmethod = {
    .base = {&es_type_type},
    .name = ES_Q(classmethod),
    .parent = &es_type_object,
    .make_new = wrapper_make_new,
    .load_attr = wrapper_load_attr,
};

static es_val_t property_new(es_val_t fget, es_val_t fset, es_val_t fdel) {
    property_t *p = es_gc_alloc(sizeof(property_t), 0);
    p->base.type = &es_type_property;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    return es_val(p);
}

static es_val_t property_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    static const es_qstr_t names[4] = {ES_Q(fget), ES_Q(fset), ES_Q(fdel),
        ES_Q(doc)};
    es_check_nargs(ES_Q(property), n_args, 0, 4, 0, false);
    es_val_t f[4];
    es_builtins_get_kw(ES_Q(property), n_args, n_kw, args, 4, names, f);
    for (size_t i = 0; i < 3; i++) { // doc is accepted and not kept
        if (i < n_args && f[i] != ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("argument for property() "
                "given by name ('%q') and position (%u)"),
                es_rom_word(&names[i]), (unsigned)i + 1);
        }
        f[i] = i < n_args ? args[i] : f[i] == ES_NULL ? ES_NONE : f[i];
    }
    return property_new(f[0], f[1], f[2]);
}

// getter/setter/deleter: a copy with one function replaced.
static es_val_t property_with(es_val_t self, es_val_t fn, int which) {
    property_t *p = (property_t *)self;
    es_val_t f[3] = {p->fget, p->fset, p->fdel};
    f[which] = fn;
    return property_new(f[0], f[1], f[2]);
}

static es_val_t property_getter(es_val_t self, es_val_t fn) {
    return property_with(self, fn, 0);
}
static ES_FUN_2(fun_property_getter, property_getter);

static es_val_t property_setter(es_val_t self, es_val_t fn) {
    return property_with(self, fn, 1);
}
static ES_FUN_2(fun_property_setter, property_setter);

static es_val_t property_deleter(es_val_t self, es_val_t fn) {
    return property_with(self, fn, 2);
}
static ES_FUN_2(fun_property_deleter, property_deleter);

// property.__get__(obj[, type]): the value for obj, the property itself
// for None.
static es_val_t property_dunder_get(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    if (!es_is_type(args[0], &es_type_property)) {
        es_raise_self_type("__get__", ES_Q(property), args[0]);
    }
    return args[1] == ES_NONE ? args[0]
        : property_get(args[0], args[1], ES_Q(property));
}
static ES_FUN_VAR(fun_property_dunder_get, 2, 3, property_dunder_get);

static const es_map_elem_t property_locals_table[] = {
    {ES_QV(__get__), ES_PTR(&fun_property_dunder_get)},
    {ES_QV(getter), ES_PTR(&fun_property_getter)},
    {ES_QV(setter), ES_PTR(&fun_property_setter)},
    {ES_QV(deleter), ES_PTR(&fun_property_deleter)},
};
static ES_CONST_DICT(property_locals, property_locals_table);

const es_type_t es_type_property = {
    .base = {&es_type_type},
    .name = ES_Q(property),
    .parent = &es_type_object,
    .make_new = property_make_new,
    .locals = ES_PTR(&property_locals),
};

// --- super

typedef struct super {
    es_obj_t base;
    es_val_t cls;
    es_val_t obj;
} super_t;

// super() takes the class and self from the running method's __class__
// cell and first argument (the VM knows them); super(cls, obj) is explicit.
static es_val_t super_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(super), n_args, 0, 2, n_kw, false);
    super_t *s = es_gc_alloc(sizeof(super_t), 0);
    s->base.type = &es_type_super;
    if (n_args == 0) {
        es_vm_super_args(&s->cls, &s->obj);
    } else {
        s->cls = args[0];
        s->obj = n_args > 1 ? args[1] : ES_NONE;
    }
    if (!es_is_type(s->cls, &es_type_type)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("super() argument 1 must be a type"));
    }
    const es_type_t *cls = (const es_type_t *)s->cls;
    if (n_args == 2 && !es_isinstance(s->obj, cls)
        && !(es_is_type(s->obj, &es_type_type)
            && es_issubclass((const es_type_t *)s->obj, cls))) {
        es_raise_msg(&es_type_TypeError, ES_ERR("super(type, obj): obj must "
            "be an instance or subtype of type"));
    }
    return es_val(s);
}

// A built-in base's method that its type's locals do not list (__next__
// of map, a dunder of int), bound to the boxed value of instance [obj].
static bool native_method(es_val_t obj, es_val_t base, es_qstr_t name,
    es_val_t dest[2]) {
    es_val_t v = es_class_unbox(obj);
    if (v == obj || es_is_class((const es_type_t *)base)
        || !es_issubclass(es_type_of(v), (const es_type_t *)base)) {
        return false;
    }
    es_load_method_maybe(v, name, dest);
    return dest[0] != ES_NULL;
}

// [name] in the MRO of the object's type after the super's class, into
// dest as es_load_method gives it; false when absent.
static bool super_find(const super_t *s, es_qstr_t name, es_val_t dest[2]) {
    bool of_type = es_is_type(s->obj, &es_type_type);
    const es_type_t *start = of_type ? (const es_type_t *)s->obj
        : es_type_of(s->obj);
    size_t n, i = 0;
    es_val_t *mro;
    es_tuple_get(es_class_mro(start), &n, &mro);
    while (i < n && mro[i] != s->cls) {
        i++;
    }
    for (i++; i < n; i++) {
        es_val_t v = es_type_own_lookup((const es_type_t *)mro[i], name);
        if (v != ES_NULL && !of_type && es_is_type(v, &es_type_property)) {
            dest[0] = property_get(v, s->obj, name);
            dest[1] = ES_NULL;
            return true;
        }
        if (v != ES_NULL) {
            bind_found(v, (const es_type_t *)mro[i], of_type ? ES_NULL
                : s->obj, es_val(start), name, dest);
            return true;
        }
        if (!of_type && native_method(s->obj, mro[i], name, dest)) {
            return true;
        }
    }
    dest[0] = name == ES_Q(__new__) ? es_val(&es_class_base_new) : ES_NULL;
    dest[1] = ES_NULL;
    return dest[0] != ES_NULL;
}

static es_val_t super_load_attr(es_val_t self, es_qstr_t name) {
    es_val_t dest[2];
    if (!super_find((super_t *)self, name, dest)) {
        return ES_NULL;
    }
    return dest[1] != ES_NULL ? es_bound_meth_new(dest[0], dest[1]) : dest[0];
}

void es_super_load_method(es_qstr_t name, es_val_t dest[2]) {
    super_t s = {{&es_type_super}, ES_NULL, ES_NULL}; // never escapes
    es_vm_super_args(&s.cls, &s.obj);
    if (!super_find(&s, name, dest)) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("'super' object has no attribute '%q'"), name);
    }
}

static void super_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    super_t *s = (super_t *)self;
    // CPython names the class without its module here
    es_printf(p, "<super: <class '%q'>, <%T object>>",
        (es_qstr_t)((const es_type_t *)s->cls)->name, s->obj);
}

// No parent: attribute lookups on a super object must reach load_attr
// rather than object's own methods.
const es_type_t es_type_super = {
    .base = {&es_type_type},
    .name = ES_Q(super),
    .print = super_print,
    .make_new = super_make_new,
    .load_attr = super_load_attr,
};
