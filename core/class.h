// SPDX-License-Identifier: MIT
// Classes made by Python code (class statements): heap types whose slots
// dispatch to the special methods found in the class's MRO (__init__,
// __repr__, __add__, __getitem__, __iter__...), their instances, and the
// descriptor types property, staticmethod and classmethod, and super.
#ifndef ES_CLASS_H
#define ES_CLASS_H

#include "obj.h"

// A class: a heap es_type_t (flags ES_TYPE_HEAP) followed by what only
// classes have. locals is the class namespace (a dict).
typedef struct es_class {
    es_type_t type;
    es_val_t bases;           // tuple of the direct bases
    es_val_t mro;             // tuple: the class, then C3 order, object last
    const es_type_t *native;  // built-in base giving the instance layout
    es_val_t qualname;        // str: A.B for a class B nested in class A
} es_class_t;

// An instance of a class whose native base is object, or (with value) of
// a class with another built-in base: the instance boxes a value of that
// type (a list, str, int...), which the built-in methods and the slots
// the class does not override receive. (Exception subclasses use
// es_exc_t, whose dict field plays the same role.)
typedef struct es_instance {
    es_obj_t base;
    es_val_t dict;  // attributes, or ES_NULL until the first store
    es_val_t value; // the boxed built-in value; not allocated for object
} es_instance_t;

// object.__setattr__ and object.__delattr__ (in object's locals).
extern const struct es_fun_builtin es_object_setattr, es_object_delattr;

extern const es_type_t es_type_property, es_type_staticmethod,
    es_type_classmethod, es_type_super;

// Make class [name] with [bases] (tuple) and namespace [ns] (dict), as
// type(name, bases, ns) does. TypeError for bad bases or MRO.
es_val_t es_class_new(es_qstr_t name, es_val_t bases, es_val_t ns);
// After es_class_new (and the __class__ cell): __set_name__ of the class's
// attributes, then __init_subclass__ with the [n_kw] keyword pairs [kw]
// of the class statement (metaclass= removed).
void es_class_created(es_val_t cls, size_t n_kw, const es_val_t *kw);
// Is [t] a class made by Python code?
static inline bool es_is_class(const es_type_t *t) {
    return (t->flags & ES_TYPE_HEAP) != 0;
}
// The built-in value boxed by an instance of a class with a built-in base
// (class L(list)...); any other value unchanged.
es_val_t es_class_unbox(es_val_t v);
// X.__new__ for built-in X: __new__(cls, *args) makes a bare instance of
// cls (a class or a built-in type) from its built-in base.
extern const struct es_fun_builtin es_class_base_new;
// object.__new__: base_new refusing types with a built-in layout.
extern const struct es_fun_builtin es_class_object_new;

// The MRO of any type as a tuple (built-in types: the parent chain).
es_val_t es_class_mro(const es_type_t *t);
// super().[name] in the running method, into dest as es_load_method
// gives it, without making the super object or a bound method (the VM
// runs `super().m(...)` so: it allocates nothing). Raises RuntimeError
// (no __class__ cell or argument), AttributeError.
void es_super_load_method(es_qstr_t name, es_val_t dest[2]);
// Attribute lookup on an instance of a class: dest as es_load_method.
void es_class_load_method(es_val_t obj, es_qstr_t name, es_val_t dest[2]);
// Attribute lookup on a class object itself (A.x): static and class
// methods unwrapped; ES_NULL when absent.
es_val_t es_class_load_attr(es_val_t cls, es_qstr_t name);

#endif
