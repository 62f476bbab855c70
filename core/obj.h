// SPDX-License-Identifier: MIT
// Values and objects: the one-word value encoding, the object header, the
// type structure every type fills in, and the printer interface.
//
// A value (es_val_t) is one machine word. Its low bits say what it is:
//   ...xxx1  small int, the value shifted left by one (31 or 63 bits)
//   ...x010  interned name (a str), index shifted left by three
//   ...x110  constant: None, False, True, Ellipsis, NotImplemented and the
//            internal ES_STOP marker, index shifted left by three
//   ...xx00  pointer to an object (heap or read-only); 0 is ES_NULL, "no
//            value", never visible to Python code.
// Every object starts with a pointer to its type, so es_type_of() is a few
// instructions for any value.
#ifndef ES_OBJ_H
#define ES_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"

typedef uintptr_t es_val_t;
typedef intptr_t es_int_t;     // C type of a small int's value
typedef uint32_t es_qstr_t;    // index of an interned name (core/intern.h)

#define ES_NULL ((es_val_t)0)

// --- small ints
#define ES_SMALL_MAX ((es_int_t)(INTPTR_MAX >> 1))
#define ES_SMALL_MIN ((es_int_t)(INTPTR_MIN >> 1))
static inline bool es_is_small(es_val_t v) { return (v & 1) != 0; }
static inline es_int_t es_small_get(es_val_t v) { return (es_int_t)v >> 1; }
static inline es_val_t es_small_new(es_int_t i) { return ((es_val_t)i << 1) | 1; }
static inline bool es_small_fits(es_int_t i) { return i >= ES_SMALL_MIN && i <= ES_SMALL_MAX; }

// --- interned names
static inline bool es_is_qstr(es_val_t v) { return (v & 7) == 2; }
static inline es_qstr_t es_qstr_get(es_val_t v) { return (es_qstr_t)(v >> 3); }
static inline es_val_t es_qstr_val(es_qstr_t q) { return ((es_val_t)q << 3) | 2; }

// --- constants
#define ES_CONST(n) ((es_val_t)(((n) << 3) | 6))
#define ES_NONE ES_CONST(0)
#define ES_FALSE ES_CONST(1)
#define ES_TRUE ES_CONST(2)
#define ES_ELLIPSIS ES_CONST(3)
#define ES_NOT_IMPLEMENTED ES_CONST(4)
#define ES_STOP ES_CONST(5) // returned by iternext when exhausted; internal
#define ES_N_CONSTS 6
static inline bool es_is_const(es_val_t v) { return (v & 7) == 6; }
static inline es_val_t es_bool(bool b) { return b ? ES_TRUE : ES_FALSE; }

// --- objects
typedef struct es_type es_type_t;
typedef struct es_obj {
    const es_type_t *type;
} es_obj_t;

static inline bool es_is_obj(es_val_t v) { return (v & 3) == 0 && v != 0; }
static inline es_obj_t *es_obj(es_val_t v) { return (es_obj_t *)v; }
static inline es_val_t es_val(const void *p) { return (es_val_t)p; }

// --- printing. repr/str write through a printer so the same code prints to
// stdout, to a string being built, or to a bounded buffer.
typedef struct es_print {
    void *data;
    void (*write)(void *data, const char *s, size_t n);
} es_print_t;
typedef enum { ES_PRINT_STR, ES_PRINT_REPR } es_print_kind_t;

// --- operators, for unary_op/binary_op slots and the BINARY_OP opcode.
// The in-place forms follow the plain ones in the same order, so
// op + ES_OP_INPLACE_OFFSET is the in-place form of op.
typedef enum {
    ES_UOP_POS, ES_UOP_NEG, ES_UOP_INVERT, ES_UOP_NOT, // NOT is the VM's own
    ES_UOP_BOOL, // truth value: return ES_TRUE/ES_FALSE, ES_NULL = no __bool__
    ES_UOP_LEN,  // return small int, ES_NULL = no len
    ES_UOP_HASH, // return small int, ES_NULL = unhashable
    ES_UOP_ABS,
    ES_N_UOPS
} es_unary_op_t;

typedef enum {
    // comparisons first; ES_BOP_LT..ES_BOP_GE are the rich comparisons
    ES_BOP_LT, ES_BOP_GT, ES_BOP_EQ, ES_BOP_LE, ES_BOP_GE, ES_BOP_NE,
    ES_BOP_IN, ES_BOP_NOT_IN, ES_BOP_IS, ES_BOP_IS_NOT, ES_BOP_EXC_MATCH,
    // arithmetic: plain forms then the same order in-place
    ES_BOP_OR, ES_BOP_XOR, ES_BOP_AND, ES_BOP_LSHIFT, ES_BOP_RSHIFT,
    ES_BOP_ADD, ES_BOP_SUB, ES_BOP_MUL, ES_BOP_MATMUL, ES_BOP_FLOORDIV,
    ES_BOP_TRUEDIV, ES_BOP_MOD, ES_BOP_POW,
    ES_BOP_INPLACE_OR, ES_BOP_INPLACE_XOR, ES_BOP_INPLACE_AND,
    ES_BOP_INPLACE_LSHIFT, ES_BOP_INPLACE_RSHIFT, ES_BOP_INPLACE_ADD,
    ES_BOP_INPLACE_SUB, ES_BOP_INPLACE_MUL, ES_BOP_INPLACE_MATMUL,
    ES_BOP_INPLACE_FLOORDIV, ES_BOP_INPLACE_TRUEDIV, ES_BOP_INPLACE_MOD,
    ES_BOP_INPLACE_POW,
    // reflected forms, used only when dispatching to __radd__ etc.
    ES_N_BOPS
} es_binary_op_t;
#define ES_OP_INPLACE_OFFSET (ES_BOP_INPLACE_OR - ES_BOP_OR)

// --- the type structure. Built-in types are const (in flash on the chip);
// classes made by Python code are heap objects of the same layout.
// Every slot may be NULL, meaning "not supported"; callers go through
// core/runtime.h, which raises the right TypeError.
struct es_type {
    es_obj_t base;         // type of a type: es_type_type
    // Words, not halfwords: a const type lies in flash, which the ESP8266
    // reads only as words (core/rom.h); a class's arena blocks stay as many.
    es_qstr_t name;        // the type's name
    uint32_t flags;        // ES_TYPE_*
    const es_type_t *parent; // single base for built-ins; NULL for object

    // str() and repr(); may raise, may allocate.
    void (*print)(const es_print_t *p, es_val_t self, es_print_kind_t kind);
    // type(args...): args holds n_args positionals, then n_kw (key, value)
    // pairs with interned-name keys.
    es_val_t (*make_new)(const es_type_t *type, size_t n_args, size_t n_kw,
        const es_val_t *args);
    // self(args...), same argument layout as make_new.
    es_val_t (*call)(es_val_t self, size_t n_args, size_t n_kw,
        const es_val_t *args);
    // Return ES_NULL when the operation is unsupported for these operands
    // (the caller then tries the reflected form or raises TypeError).
    // binary_op is called for either operand (lhs's type, then rhs's with
    // the same order; for ES_BOP_IN rhs is the container): it must check
    // the types of both before it reads either.
    es_val_t (*unary_op)(es_unary_op_t op, es_val_t self);
    es_val_t (*binary_op)(es_binary_op_t op, es_val_t lhs, es_val_t rhs);
    // Attribute not in the type's locals: load returns ES_NULL when absent.
    es_val_t (*load_attr)(es_val_t self, es_qstr_t name);
    // Store, or delete when value is ES_NULL; false when not supported.
    bool (*store_attr)(es_val_t self, es_qstr_t name, es_val_t value);
    // self[index]: value ES_STOP = load, ES_NULL = delete, else store.
    // Returns the loaded value (loads) or ES_NONE; ES_NULL = unsupported.
    es_val_t (*subscr)(es_val_t self, es_val_t index, es_val_t value);
    // iter(self); NULL slot with iternext set means "self is its own iterator"
    es_val_t (*getiter)(es_val_t self);
    // next item, or ES_STOP when exhausted (no StopIteration is made).
    es_val_t (*iternext)(es_val_t self);
    // Called by the collector before an unreachable object is freed; must
    // not allocate, raise, or touch other heap objects' liveness.
    void (*finalize)(es_obj_t *self);
    // Methods and class attributes: a dict value (read-only for built-ins,
    // see core/map.h), or ES_NULL.
    es_val_t locals;
};

// Type flags.
#define ES_TYPE_BASETYPE 0x0001   // may be subclassed by Python code
#define ES_TYPE_HEAP 0x0002       // a class made at run time (heap object)
#define ES_TYPE_EXCEPTION 0x0004  // BaseException or a subclass
#define ES_TYPE_ARRAY 0x0008      // instances are es_bytes_t holding typed
                                  // items (array.array; core/buffer.h)

extern const es_type_t es_type_type, es_type_object, es_type_none,
    es_type_bool, es_type_int, es_type_str, es_type_ellipsis,
    es_type_not_implemented;

// es_type_of out of line: for the frames that recur in C once per nesting
// level (printers), which the inline form's registers would make larger.
const es_type_t *es_type_of_call(es_val_t v);
// Type of any value; never NULL for a valid value. Inline: the object
// case is one load, and every operator and lookup asks.
static inline const es_type_t *es_type_of(es_val_t v) {
    return es_is_obj(v) ? es_obj(v)->type : es_type_of_call(v);
}

static inline bool es_is_type(es_val_t v, const es_type_t *t) {
    return es_is_obj(v) && es_obj(v)->type == t;
}

#endif
