// SPDX-License-Identifier: MIT
// Function objects: built-in (C) functions and methods, Python functions,
// closures and cells, bound methods. C functions are const objects defined
// with the ES_FUN_* macros below, so method tables stay in flash.
#ifndef ES_FUN_H
#define ES_FUN_H

#include "obj.h"
#include "rom.h"

#define ES_FUN_ARGS_MAX 0xffff // n_max of a function taking any number

// A built-in function. Which member of fn is set follows from the macro
// that defined it (the kind field). Built-ins are const, in flash on the
// ESP8266: read kind, n_min and n_max through core/rom.h.
typedef enum {
    ES_FUN_KIND_0, ES_FUN_KIND_1, ES_FUN_KIND_2, ES_FUN_KIND_3,
    ES_FUN_KIND_VAR, // fixed or varying count: fn.var(n_args, args)
    ES_FUN_KIND_KW,  // also takes keywords: fn.kw(n_args, n_kw, args)
} es_fun_kind_t;

typedef struct es_fun_builtin {
    es_obj_t base;
    uint8_t kind;    // es_fun_kind_t
    uint8_t n_min;   // fewest positional args
    uint16_t n_max;  // most positional args
    union {
        es_val_t (*f0)(void);
        es_val_t (*f1)(es_val_t);
        es_val_t (*f2)(es_val_t, es_val_t);
        es_val_t (*f3)(es_val_t, es_val_t, es_val_t);
        es_val_t (*var)(size_t n_args, const es_val_t *args);
        es_val_t (*kw)(size_t n_args, size_t n_kw, const es_val_t *args);
    } fn;
} es_fun_builtin_t;

extern const es_type_t es_type_fun_builtin;

// Methods take self as their first positional argument; the counts include
// it. kw functions get their positionals then (interned-name, value) pairs.
#define ES_FUN_0(name, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_0, 0, 0, {.f0 = (f)}}
#define ES_FUN_1(name, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_1, 1, 1, {.f1 = (f)}}
#define ES_FUN_2(name, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_2, 2, 2, {.f2 = (f)}}
#define ES_FUN_3(name, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_3, 3, 3, {.f3 = (f)}}
#define ES_FUN_VAR(name, lo, hi, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_VAR, (lo), (hi), {.var = (f)}}
#define ES_FUN_KW(name, lo, hi, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_KW, (lo), (hi), {.kw = (f)}}

// The kind's top bit marks a function of the type itself rather than a
// method of its instances (dict.fromkeys, str.maketrans): taken through the
// type it is called as it is. Defined with the _CLASS macros.
#define ES_FUN_KIND_MASK 0x7f
#define ES_FUN_CLASS_LEVEL 0x80

// The kind byte of built-in [f], with the class-level bit.
static inline unsigned es_fun_builtin_kind(const es_fun_builtin_t *f) {
    return es_rom_u8(&f->kind);
}
#define ES_FUN_VAR_CLASS(name, lo, hi, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_VAR | ES_FUN_CLASS_LEVEL, (lo), \
        (hi), {.var = (f)}}
#define ES_FUN_KW_CLASS(name, lo, hi, f) const es_fun_builtin_t name = \
    {{&es_type_fun_builtin}, ES_FUN_KIND_KW | ES_FUN_CLASS_LEVEL, (lo), \
        (hi), {.kw = (f)}}

// A method of a built-in type taken through the type (list.append): an
// object whose call checks that the first argument is an [owner] (or a
// class instance boxing one, which it unboxes) before calling [fun], so
// list.append({1}, 2) is a TypeError, not a wrong cast. [name] is for the
// message. Raises MemoryError.
extern const es_type_t es_type_method_desc;
// Raise CPython's TypeError for a special method [method] of type [type]
// called with a [self] of another type ("descriptor '__add__' requires a
// 'int' object but received a 'str'").
ES_NORETURN void es_raise_self_type(const char *method, es_qstr_t type,
    es_val_t self);
es_val_t es_fun_method_desc(const es_type_t *owner, es_qstr_t name,
    es_val_t fun);

// --- Python functions (core/fun.c). Made by MAKE_FUNCTION; calling one
// from C runs a nested VM loop, calling one from the VM pushes a frame.
typedef struct es_fun {
    es_obj_t base;          // es_type_fun
    const struct es_code *code;
    es_val_t globals;       // dict
    es_val_t defaults;      // tuple of positional defaults, or ES_NULL
    es_val_t kwdefaults;    // dict of keyword-only defaults, or ES_NULL
    es_val_t closure;       // tuple of cells for the free variables, or ES_NULL
} es_fun_t;

extern const es_type_t es_type_fun;
// Generator and async functions are functions of their own type, as
// MicroPython's (micropython-lib's inspect tells them apart by type);
// it prints as CPython's, <class 'function'>.
extern const es_type_t es_type_genfun;

static inline bool es_is_fun(es_val_t v) {
    return es_is_type(v, &es_type_fun) || es_is_type(v, &es_type_genfun);
}

// A new function over code object [code]. [defaults] (tuple), [kwdefaults]
// (dict) and [closure] (tuple of cells) may be ES_NULL. Raises MemoryError.
es_val_t es_fun_new(es_val_t code, es_val_t globals, es_val_t defaults,
    es_val_t kwdefaults, es_val_t closure);

// --- cells: the boxes that hold variables shared with inner functions.
typedef struct es_cell {
    es_obj_t base;          // es_type_cell
    es_val_t value;         // ES_NULL when unbound
} es_cell_t;

extern const es_type_t es_type_cell;

// A new cell holding [value] (ES_NULL: unbound). Raises MemoryError.
es_val_t es_cell_new(es_val_t value);

// --- bound methods: made only when a method is loaded as a value
// (`m = obj.meth`); calls through LOAD_METHOD/CALL_METHOD never make one.
typedef struct es_bound_meth {
    es_obj_t base;          // es_type_bound_meth
    es_val_t fun;
    es_val_t self;
} es_bound_meth_t;

extern const es_type_t es_type_bound_meth;

// A new bound method calling [fun] with [self] first. Raises MemoryError.
es_val_t es_bound_meth_new(es_val_t fun, es_val_t self);

// Call built-in [fn] (es_type_fun_builtin) with the usual argument layout;
// checks the counts (TypeError). The VM calls this directly.
es_val_t es_fun_builtin_call(es_val_t fn, size_t n_args, size_t n_kw,
    const es_val_t *args);

#endif
