// SPDX-License-Identifier: MIT
// The type of every value (es_type_of) and the basic types: type, object,
// NoneType, ellipsis and NotImplementedType. bool lives with int in
// core/int.c. Calling a type object goes through es_type_type's call slot
// to the type's make_new.
#include "class.h"
#include "dunder.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

// Types of the constants, by constant index (ES_STOP never escapes).
static const es_type_t *const const_types[ES_N_CONSTS] = {
    &es_type_none, &es_type_bool, &es_type_bool, &es_type_ellipsis,
    &es_type_not_implemented, &es_type_none,
};

const es_type_t *es_type_of_call(es_val_t v) {
    if (es_is_small(v)) {
        return &es_type_int;
    }
    if (es_is_qstr(v)) {
        return &es_type_str;
    }
    if (es_is_const(v)) {
        return const_types[(v >> 3) % ES_N_CONSTS];
    }
    ES_ASSERT(v != ES_NULL);
    return es_obj(v)->type;
}

// --- type

static void type_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    const es_type_t *t = (const es_type_t *)self;
    es_val_t mod = es_is_class(t) ? es_dict_get(t->locals,
        es_qstr_val(ES_Q(__module__))) : ES_NULL;
    if (mod != ES_NULL && es_is_str(mod)) {
        es_printf(p, "<class '%S.%S'>", mod, ((const es_class_t *)t)->qualname);
    } else {
        es_printf(p, "<class '%q'>", (es_qstr_t)t->name);
    }
}

// type(x) is x's type; type(name, bases, dict) makes a class.
static es_val_t type_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    if (n_args == 1 && n_kw == 0) {
        return es_val(es_type_of(args[0]));
    }
    if (n_args == 3 && n_kw == 0) {
        es_val_t dict = es_dict_arg(args[2]);
        bool ok[3] = {es_is_str(args[0]), es_is_tuple(args[1]),
            dict != ES_NULL};
        static const char *const want[3] = {"str", "tuple", "dict"};
        for (int i = 0; i < 3; i++) {
            if (!ok[i]) {
                es_raise_fmt(&es_type_TypeError, ES_ERR("type.__new__() "
                    "argument %d must be %s, not %T"), i + 1, want[i], args[i]);
            }
        }
        es_val_t ns = es_dict_new(0);
        es_map_t *m = es_dict_map(dict);
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].key != ES_NULL) {
                es_dict_store(ns, m->table[i].key, m->table[i].value);
            }
        }
        es_val_t cls = es_class_new(es_qstr_get(es_str_intern(args[0])),
            args[1], ns);
        es_class_created(cls, 0, NULL);
        return cls;
    }
    es_raise_msg(&es_type_TypeError,
        ES_ERR("type() takes 1 or 3 arguments"));
}

static es_val_t type_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    const es_type_t *t = (const es_type_t *)self;
    if (t->make_new == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("cannot create '%q' instances"), (es_qstr_t)t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static es_val_t type_load_attr(es_val_t self, es_qstr_t name) {
    const es_type_t *t = (const es_type_t *)self;
    if (name == ES_Q(__qualname__) && es_is_class(t)) {
        return ((const es_class_t *)t)->qualname;
    }
    if (name == ES_Q(__name__) || name == ES_Q(__qualname__)) {
        return es_qstr_val(t->name);
    }
    if (name == ES_Q(__bases__) && es_is_class(t)) {
        return ((const es_class_t *)t)->bases;
    }
    if (name == ES_Q(__bases__)) {
        es_val_t base = es_val(t->parent ? t->parent : &es_type_object);
        return t == &es_type_object ? es_tuple_new(0, NULL)
            : es_tuple_new(1, &base);
    }
    if (name == ES_Q(__base__)) {
        return t->parent ? es_val(t->parent) : ES_NONE;
    }
    if (name == ES_Q(__mro__)) {
        return es_class_mro(t);
    }
    if (es_is_class(t)) {
        if (name == ES_Q(__dict__)) {
            return t->locals;
        }
        return es_class_load_attr(self, name);
    }
    if (name == ES_Q(__new__)) {
        return es_val(t == &es_type_object ? &es_class_object_new
            : &es_class_base_new);
    }
    if (name == ES_Q(__dict__)) { // a copy: a built-in type's is read-only
        es_val_t d = es_dict_new(0);
        if (t->locals != ES_NULL) {
            es_map_t *m = es_dict_map(t->locals);
            for (size_t i = 0; i < m->used; i++) {
                if (m->table[i].key != ES_NULL) {
                    es_dict_store(d, m->table[i].key, m->table[i].value);
                }
            }
        }
        return d;
    }
    es_val_t v = es_type_lookup(t, name);
    if (v == ES_NULL) {
        v = es_dunder_lookup(t, name); // str.__mod__(fmt, args)
    }
    if (es_is_type(v, &es_type_fun_builtin)
        && !(es_fun_builtin_kind((const es_fun_builtin_t *)v)
            & ES_FUN_CLASS_LEVEL)) {
        v = es_fun_method_desc(t, name, v);
    }
    return v;
}

// Class attributes may be set and deleted; built-in types are read-only.
static bool type_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    const es_type_t *t = (const es_type_t *)self;
    if (!es_is_class(t)) {
        return false;
    }
    if (value == ES_NULL) {
        return es_map_lookup(es_dict_map(t->locals), es_qstr_val(name),
            ES_MAP_REMOVE) != NULL;
    }
    es_dict_store(t->locals, es_qstr_val(name), value);
    return true;
}

const es_type_t es_type_type = {
    .base = {&es_type_type},
    .name = ES_Q(type),
    .flags = ES_TYPE_BASETYPE, // a subclass's instances are plain classes
    .parent = &es_type_object,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .load_attr = type_load_attr,
    .store_attr = type_store_attr,
};

// --- object

static es_val_t object_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(args);
    if (n_args != 0 || n_kw != 0) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("object() takes no arguments"));
    }
    es_obj_t *o = es_gc_alloc(sizeof(es_obj_t), 0);
    o->type = type;
    return es_val(o);
}

// object.__init__ accepts anything (class instances check their arguments
// in class.c), so super().__init__(...) always has somewhere to end.
static es_val_t object_init(size_t n_args, size_t n_kw, const es_val_t *args) {
    ES_UNUSED(n_args);
    ES_UNUSED(n_kw);
    ES_UNUSED(args);
    return ES_NONE;
}
static ES_FUN_KW(fun_object_init, 1, ES_FUN_ARGS_MAX, object_init);

// object.__init_subclass__: the end of every chain; takes no keywords.
static es_val_t object_init_subclass(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (n_kw != 0) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q.__init_subclass__() takes "
            "no keyword arguments"), n_args > 0 && es_is_type(args[0],
            &es_type_type) ? (es_qstr_t)((const es_type_t *)args[0])->name
            : ES_Q(object));
    }
    return ES_NONE;
}
static ES_FUN_KW(fun_object_init_subclass, 0, 1, object_init_subclass);

static const es_map_elem_t object_locals_table[] = {
    {ES_QV(__init__), ES_PTR(&fun_object_init)},
    {ES_QV(__init_subclass__), ES_PTR(&fun_object_init_subclass)},
    {ES_QV(__setattr__), ES_PTR(&es_object_setattr)},
    {ES_QV(__delattr__), ES_PTR(&es_object_delattr)},
};
static ES_CONST_DICT(object_locals, object_locals_table);

const es_type_t es_type_object = {
    .base = {&es_type_type},
    .name = ES_Q(object),
    .flags = ES_TYPE_BASETYPE,
    .make_new = object_make_new,
    .locals = ES_PTR(&object_locals),
};

// --- the singletons: None, Ellipsis, NotImplemented

static void none_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_print_cstr(p, self == ES_NONE ? "None"
        : self == ES_ELLIPSIS ? "Ellipsis" : "NotImplemented");
}

// Calling the type gives the singleton back, as in CPython.
static es_val_t singleton_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(args);
    if (n_args != 0 || n_kw != 0) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q takes no arguments"),
            (es_qstr_t)type->name);
    }
    return type == &es_type_none ? ES_NONE
        : type == &es_type_ellipsis ? ES_ELLIPSIS : ES_NOT_IMPLEMENTED;
}

static es_val_t none_unary_op(es_unary_op_t op, es_val_t self) {
    if (op == ES_UOP_BOOL) {
        return es_bool(self != ES_NONE);
    }
    if (op == ES_UOP_HASH) {
        return es_small_new((es_int_t)(self >> 3));
    }
    return ES_NULL;
}

const es_type_t es_type_none = {
    .base = {&es_type_type},
    .name = ES_Q(NoneType),
    .parent = &es_type_object,
    .print = none_print,
    .make_new = singleton_make_new,
    .unary_op = none_unary_op,
};

const es_type_t es_type_ellipsis = {
    .base = {&es_type_type},
    .name = ES_Q(ellipsis),
    .parent = &es_type_object,
    .print = none_print,
    .make_new = singleton_make_new,
};

const es_type_t es_type_not_implemented = {
    .base = {&es_type_type},
    .name = ES_Q(NotImplementedType),
    .parent = &es_type_object,
    .print = none_print,
    .make_new = singleton_make_new,
};
