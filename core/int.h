// SPDX-License-Identifier: MIT
// The int type (and bool, its subclass): small ints live in the value word
// (31 bits on 32-bit hosts and the chip, 63 on 64-bit); larger ones are
// es_bigint_t objects of type es_type_int holding a sign and a magnitude of
// 16-bit digits (core/bigint.h) in one ES_GC_LEAF block. Every operation
// normalizes: a result that fits a small int is a small int, so each int
// value has exactly one representation (a big int is never in small range).
#ifndef ES_INT_H
#define ES_INT_H

#include "bigint.h"
#include "obj.h"

typedef struct es_bigint {
    es_obj_t base;   // &es_type_int
    uint32_t len;    // digits in d, the top one nonzero (len > 0)
    uint32_t neg;    // 1 when negative
    es_digit_t d[];  // magnitude, least significant digit first
} es_bigint_t;

// Is [v] an int: small int, big int, or bool (ES_TRUE/ES_FALSE)?
bool es_is_int(es_val_t v);
// Is [v] a big int object?
static inline bool es_is_bigint(es_val_t v) {
    return es_is_type(v, &es_type_int);
}

// The int with value [i] / [ll] / [ull]; a big int when it does not fit a
// small int (raises MemoryError then).
// A heap copy of the const big int [v] (a frozen module's constant, in
// flash: read in words). Raises MemoryError.
es_val_t es_int_copy_rom(es_val_t v);
es_val_t es_int_from(es_int_t i);
es_val_t es_int_from_ll(long long ll);
es_val_t es_int_from_ull(unsigned long long ull);

// Parse [len] bytes at [s] with int()'s rules: surrounding whitespace, a
// sign, base 0 (prefix 0x/0o/0b decides, else decimal without leading
// zeros) or 2..36 (a matching prefix is allowed for 2, 8, 16), single
// underscores between digits. Raises ValueError with CPython's message
// ("invalid literal for int() with base 10: 'x'", or the base range error);
// [bytes]: the text came from a bytes-like object (its repr in the message).
es_val_t es_int_parse(const char *s, size_t len, int base, bool bytes);

// The value of int [v] (bool included) in *out; false when [v] is not an
// int or does not fit es_int_t. Never raises.
bool es_int_get_checked(es_val_t v, es_int_t *out);
// Same for long long (to_bytes, struct, C APIs wanting 64 bits).
bool es_int_get_ll(es_val_t v, long long *out);

// -1, 0 or 1: the sign of int [v] (bool included).
int es_int_sign(es_val_t v);

// [v] converted to the nearest double (correctly rounded, ties to even).
// Raises OverflowError "int too large to convert to float".
double es_int_to_double(es_val_t v);

// a / b for ints, as the correctly rounded double (CPython's algorithm).
// Raises ZeroDivisionError "division by zero" and OverflowError "integer
// division result too large for a float".
double es_int_true_divide(es_val_t a, es_val_t b);

// The int with the value of [d] truncated toward zero (int(2.7) == 2).
// Raises ValueError for NaN, OverflowError for infinities.
es_val_t es_int_from_double(double d);
// Exact comparison of int [a] (bool included) with [d], as CPython does
// (2**53 + 1 > float(2**53)): -1, 0, 1 as a <, ==, > d, or 2 when d is NaN
// (every comparison false but !=). Never rounds; may allocate.
int es_int_cmp_double(es_val_t a, double d);

// hash(v) for an int (bool included): CPython's value (reduced modulo
// 2^61 - 1 on 64-bit, 2^31 - 1 on 32-bit; -1 becomes -2), folded into the
// small-int range on 32-bit. Floats with integral values must hash through
// this so that hash(2.0) == hash(2).
es_int_t es_int_hash(es_val_t v);

// Print int [v] in [base] (2..36, lower-case letters) with a '-' sign when
// negative and no prefix. May allocate (big ints) and raise MemoryError.
void es_int_print(const es_print_t *p, es_val_t v, int base);
// Flags for es_int_print_ex.
#define ES_INT_PREFIX 0x1 // 0b / 0o / 0x after the sign (bases 2, 8, 16)
#define ES_INT_UPPER 0x2  // upper-case digits and prefix letter (0XFF)
#define ES_INT_ABS 0x4    // no sign: print the magnitude only
// Print with the flags above: hex(-255) is es_int_print_ex(p, v, 16,
// ES_INT_PREFIX) -> "-0xff".
void es_int_print_ex(const es_print_t *p, es_val_t v, int base, unsigned flags);

// The int type's binary_op slot: [op] on two ints (bools included), with
// Python's semantics. Returns ES_NULL when either operand is not an int or
// bool, so the runtime tries the other operand's type (float, or str/list
// for `3 * "ab"`: es_type_str's binary_op must accept the int on either
// side of ES_BOP_MUL) and finally raises TypeError. Raises
// ZeroDivisionError, ValueError (negative shift count), OverflowError,
// MemoryError as CPython does. Comparisons return ES_TRUE/ES_FALSE.
// a / b and a ** -n make floats through es_float_new(double) (core/float.c,
// referenced weakly: NotImplementedError("float") until it exists).
es_val_t es_int_binary_op(es_binary_op_t op, es_val_t a, es_val_t b);
// The unary_op slot: + - ~ abs, bool and hash; ES_NULL for the others.
es_val_t es_int_unary_op(es_unary_op_t op, es_val_t v);

// pow(a, b, m) for ints: m == ES_NULL (or None) is 2-argument pow. Raises
// ValueError ("pow() 3rd argument cannot be 0", "base is not invertible for
// the given modulus"), and TypeError when an argument is not an int.
es_val_t es_int_pow3(es_val_t a, es_val_t b, es_val_t m);

// Small-int fast paths the VM may inline: the result of a + b / a - b for
// two small ints, or ES_NULL when it does not fit a small int.
static inline es_val_t es_int_small_add(es_val_t a, es_val_t b) {
    es_int_t r = es_small_get(a) + es_small_get(b);
    return es_small_fits(r) ? es_small_new(r) : ES_NULL;
}
static inline es_val_t es_int_small_sub(es_val_t a, es_val_t b) {
    es_int_t r = es_small_get(a) - es_small_get(b);
    return es_small_fits(r) ? es_small_new(r) : ES_NULL;
}

// The int and bool methods table (int.c), shared by bool.
extern const struct es_dict es_int_locals;

#endif
