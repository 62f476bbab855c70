// SPDX-License-Identifier: MIT
// The operator special methods of built-in types as attributes, for the
// types that do not list their own (int does, core/int_type.c): x.__add__(y),
// str.__mod__(fmt, args), [1].__add__([2]), {1}.__or__({2}), "a".__eq__(b),
// (5).__neg__(). One built-in function per operator calls the operand
// type's slot directly; an operator the type lacks answers NotImplemented
// (binary) or TypeError (unary), as CPython's slot wrappers.
#include "dunder.h"
#include "exc.h"
#include "fun.h"
#include "intern.h"
#include "rom.h"
#include "runtime.h"

// self OP other through self's type's slot; [reflected]: other OP self.
static es_val_t binary(es_binary_op_t op, es_val_t self, es_val_t other,
    bool reflected) {
    const es_type_t *t = es_type_of(self);
    es_val_t r = ES_NULL;
    if (t->binary_op != NULL) {
        r = reflected ? t->binary_op(op, other, self)
            : t->binary_op(op, self, other);
    }
    return r == ES_NULL ? ES_NOT_IMPLEMENTED : r;
}

#define BIN(name, op) \
    static es_val_t d_##name(es_val_t a, es_val_t b) { \
        return binary(op, a, b, false); \
    } \
    static ES_FUN_2(f_##name, d_##name);
#define REFL(name, op) \
    static es_val_t d_r##name(es_val_t a, es_val_t b) { \
        return binary(op, a, b, true); \
    } \
    static ES_FUN_2(f_r##name, d_r##name);
#define UN(name, op) \
    static es_val_t d_##name(es_val_t a) { \
        return es_unary_op(op, a); \
    } \
    static ES_FUN_1(f_##name, d_##name);
#define BOTH(name, op) BIN(name, op) REFL(name, op)
BOTH(add, ES_BOP_ADD)
BOTH(sub, ES_BOP_SUB)
BOTH(mul, ES_BOP_MUL)
BOTH(truediv, ES_BOP_TRUEDIV)
BOTH(floordiv, ES_BOP_FLOORDIV)
BOTH(mod, ES_BOP_MOD)
BOTH(pow, ES_BOP_POW)
BOTH(and, ES_BOP_AND)
BOTH(or, ES_BOP_OR)
BOTH(xor, ES_BOP_XOR)
BOTH(lshift, ES_BOP_LSHIFT)
BOTH(rshift, ES_BOP_RSHIFT)
BIN(lt, ES_BOP_LT)
BIN(le, ES_BOP_LE)
BIN(eq, ES_BOP_EQ)
BIN(ne, ES_BOP_NE)
BIN(gt, ES_BOP_GT)
BIN(ge, ES_BOP_GE)
UN(neg, ES_UOP_NEG)
UN(pos, ES_UOP_POS)
UN(invert, ES_UOP_INVERT)
UN(abs, ES_UOP_ABS)
UN(hash, ES_UOP_HASH)

static es_val_t d_str(es_val_t a) {
    return es_to_str(a);
}
static ES_FUN_1(f_str, d_str);

static es_val_t d_repr(es_val_t a) {
    return es_repr(a);
}
static ES_FUN_1(f_repr, d_repr);

// Words: the table lies in flash (core/rom.h).
typedef struct dunder {
    es_qstr_t name;
    const es_fun_builtin_t *fun;
} dunder_t;

#define E(name) {ES_Q(__##name##__), &f_##name}
#define ER(name) E(name), {ES_Q(__r##name##__), &f_r##name}
static const dunder_t table[] = {
    ER(add), ER(sub), ER(mul), ER(truediv), ER(floordiv), ER(mod), ER(pow),
    ER(and), ER(or), ER(xor), ER(lshift), ER(rshift),
    E(lt), E(le), E(eq), E(ne), E(gt), E(ge),
    E(neg), E(pos), E(invert), E(abs), E(hash), E(str), E(repr),
};

es_val_t es_dunder_lookup(const es_type_t *t, es_qstr_t name) {
    bool unary_slot = name == ES_Q(__neg__) || name == ES_Q(__pos__)
        || name == ES_Q(__invert__) || name == ES_Q(__abs__);
    for (size_t i = 0; i < ES_ARRAY_SIZE(table); i++) {
        if ((es_qstr_t)es_rom_word(&table[i].name) != name) {
            continue;
        }
        // only what the type can do: no str.__neg__, no object.__add__
        bool ok = unary_slot ? t->unary_op != NULL
            : name == ES_Q(__hash__) || name == ES_Q(__str__)
            || name == ES_Q(__repr__) || t->binary_op != NULL;
        return ok ? es_val(table[i].fun) : ES_NULL; // a word load
    }
    return ES_NULL;
}
