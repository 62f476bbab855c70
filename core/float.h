// SPDX-License-Identifier: MIT
// The float and complex types (core/float.c with float_format.c and
// float_hex.c, core/complex.c): IEEE doubles boxed in one small leaf block,
// printed and parsed by the core's own correctly rounded conversions
// (core/dtoa.h, core/strtod.h) so every port prints what CPython prints.
// Also the literal hooks the compiler calls.
#ifndef ES_FLOAT_H
#define ES_FLOAT_H

#include "format.h"
#include "obj.h"

typedef struct es_float {
    es_obj_t base; // &es_type_float
    double value;
} es_float_t;

typedef struct es_complex {
    es_obj_t base; // &es_type_complex
    double re, im;
} es_complex_t;

extern const es_type_t es_type_float, es_type_complex;

// A new float / complex object. Raises MemoryError.
es_val_t es_float_new(double d);
es_val_t es_complex_new(double re, double im);

static inline bool es_is_float(es_val_t v) {
    return es_is_type(v, &es_type_float);
}
static inline double es_float_get(es_val_t v) {
    return ((const es_float_t *)es_obj(v))->value;
}
static inline bool es_is_complex(es_val_t v) {
    return es_is_type(v, &es_type_complex);
}

// The bits of [d] (IEEE 754 binary64). Tests on them are a few integer
// instructions where isinf(), isnan() and compares with infinity are
// soft-float calls (the lx106 has no FPU).
static inline uint64_t es_float_bits(double d) {
    uint64_t u;
    __builtin_memcpy(&u, &d, 8);
    return u;
}
// The double whose bits are [u].
static inline double es_float_from_bits(uint64_t u) {
    double d;
    __builtin_memcpy(&d, &u, 8);
    return d;
}
// Is [d] an infinity? (Its exponent all ones, its fraction 0.)
static inline bool es_float_is_inf(double d) {
    return es_float_bits(d) << 1 == 0x7ffULL << 53;
}

// The value of a float, int or bool [v] as a double in *out: false when
// [v] is none of these. Raises OverflowError for ints too large.
bool es_float_value(es_val_t v, double *out);
// float(v) for any value as a double (float, int, __float__, __index__);
// raises TypeError "must be real number, not T" otherwise.
double es_float_of(es_val_t v);

// [a] op [b] for a float and a float or a small int within 2^53 (exact as
// a double), op a comparison or arithmetic (in-place too): the result of
// the general path without the types' dispatch. ES_NULL for other
// operands and operators.
// Raises what the general path raises (ZeroDivisionError, MemoryError...).
// A float result other than a power's goes into float [into] when it is
// not ES_NULL (the caller knows nothing else holds it) instead of a new
// float.
es_val_t es_float_fast_op(es_binary_op_t op, es_val_t a, es_val_t b,
    es_val_t into);

// divmod(a, b) when either is a float and the other a float or int: the
// (floor quotient, modulo) tuple as CPython computes it, ZeroDivisionError
// "float divmod()" for b == 0. ES_NULL when neither is a float (or the
// other operand is no number): the caller goes on with // and %.
es_val_t es_float_divmod(es_val_t a, es_val_t b);

// floor, ceil and trunc of [d] computed on its bits: exact on every port
// (some C libraries' versions are wrong for large arguments). NaN and the
// infinities come back unchanged; the sign of zero is kept.
double es_float_floor(double d);
double es_float_ceil(double d);
double es_float_trunc(double d);

// x ** y for doubles (no Python errors): integral exponents with a result
// well inside the normal range are computed in double-double arithmetic
// (correctly rounded in all but astronomically rare cases, whatever the C
// library); everything else is the C library's pow.
double es_float_pow(double x, double y);

// The int equal to the integral part of [d] (truncated toward zero).
// Raises ValueError for NaN, OverflowError for infinities (CPython's texts).
es_val_t es_float_to_int(double d);

// repr(d) as CPython prints it (shortest round-trip digits): "0.1", "1e+16",
// "inf", "-0.0". [add_dot0]: integral values get ".0" (floats yes; the
// parts of a complex repr no).
void es_float_print(const es_print_t *p, double d, bool add_dot0);

// format(d, spec) for a parsed format spec (types e E f F g G n % and none;
// sign, z, #, 0, width, grouping, precision). Also the float conversions of
// %-formatting (%e %f %g %E %F %G) when called with [spec]->type set and
// [spec]->zero meaning zero padding. Raises ValueError for other types.
void es_float_format(const es_print_t *p, double d, const es_fmt_spec_t *spec);

// float.hex and float.fromhex (core/float_hex.c), for float's method table.
extern const struct es_fun_builtin es_float_hex_obj, es_float_fromhex_obj;

// The float value of the literal text [s] ([len] bytes, underscores
// removed, e.g. "1.5e3"), correctly rounded. Raises MemoryError.
es_val_t es_float_parse(const char *s, size_t len);

// The complex value 0+xj of the imaginary literal text [s] without its
// 'j' (e.g. "2.5"). Raises MemoryError.
es_val_t es_complex_parse_imag(const char *s, size_t len);

// a ** b for complex operands (complex.c); used by float ** float when a
// negative base meets a fractional exponent. Raises ZeroDivisionError.
es_val_t es_complex_pow(double ar, double ai, double br, double bi);

// A bytes object holding a copy of [len] bytes at [s] (bytes literals).
// Raises MemoryError.
es_val_t es_bytes_literal(const char *s, size_t len);

#endif
