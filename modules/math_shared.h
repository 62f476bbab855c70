// SPDX-License-Identifier: MIT
// What the math module (modules/math.c) shares with cmath: the constants
// both list and isclose, whose rules are one for real and complex operands.
#ifndef ES_MATH_SHARED_H
#define ES_MATH_SHARED_H

#include "float.h"

// pi, e, tau, inf and nan, defined in math.c.
extern const es_float_t es_math_pi, es_math_e, es_math_tau, es_math_inf,
    es_math_nan;

// Their entries in a module table.
#define ES_MATH_CONSTANTS \
    {ES_QV(pi), ES_PTR(&es_math_pi)}, \
    {ES_QV(e), ES_PTR(&es_math_e)}, \
    {ES_QV(tau), ES_PTR(&es_math_tau)}, \
    {ES_QV(inf), ES_PTR(&es_math_inf)}, \
    {ES_QV(nan), ES_PTR(&es_math_nan)}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) as CPython's math and cmath:
// [args] holds two positionals, then [n_kw] keyword pairs; [parts] stores
// an operand's real and imaginary parts in [p] (math's imaginary part is 0)
// or raises. TypeError for a bad call, ValueError for a negative tolerance.
es_val_t es_math_isclose(size_t n_args, size_t n_kw, const es_val_t *args,
    void (*parts)(es_val_t v, double p[2]));

#endif
