// SPDX-License-Identifier: MIT
// The cmath module: complex versions of the elementary functions over the C
// library's <complex.h>, plus phase, polar, rect, isfinite/isinf/isnan,
// isclose and the constants (pi, e, tau, inf, infj, nan, nanj).
#include <complex.h>
#include <math.h>

#include "builtins.h"
#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"
#include "tuple.h"

static bool is_fin(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

// re + im*j without CMPLX (missing from some C libraries); keeps -0.0
// and infinities intact, unlike re + im * I.
static double complex cmplx(double re, double im) {
    union {
        double complex z;
        double p[2];
    } u;
    u.p[0] = re;
    u.p[1] = im;
    return u.z;
}

// Any number (or __complex__ / __float__ object) as a C complex.
static double complex arg_c(es_val_t v) {
    if (!es_is_complex(v)) {
        v = es_type_complex.make_new(&es_type_complex, 1, 0, &v);
    }
    const es_complex_t *c = (const es_complex_t *)es_obj(v);
    return cmplx(c->re, c->im);
}

static es_val_t make(double complex z) {
    double re = creal(z), im = cimag(z);
    return es_complex_new(re, im);
}

// Result checks like CPython: a NaN or an infinity from finite input.
static es_val_t checked(double complex z, double complex x, bool overflow) {
    bool fin_in = is_fin(creal(x)) && is_fin(cimag(x));
    bool fin_out = is_fin(creal(z)) && is_fin(cimag(z));
    if (fin_in && !fin_out) {
        bool nan = creal(z) != creal(z) || cimag(z) != cimag(z);
        if (overflow && !nan) {
            es_raise_msg(&es_type_OverflowError, ES_ERR("math range error"));
        }
        es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
    }
    return make(z);
}

#define CMATH_FUN1(name, cfun, overflow) \
    static es_val_t cmath_##name(es_val_t v) { \
        double complex x = arg_c(v); \
        return checked(cfun(x), x, overflow); \
    } \
    static ES_FUN_1(fun_##name, cmath_##name);

CMATH_FUN1(sqrt, csqrt, false)
CMATH_FUN1(exp, cexp, true)
CMATH_FUN1(sin, csin, true)
CMATH_FUN1(cos, ccos, true)
CMATH_FUN1(tan, ctan, true)
CMATH_FUN1(asin, casin, false)
CMATH_FUN1(acos, cacos, false)
CMATH_FUN1(atan, catan, false)
CMATH_FUN1(sinh, csinh, true)
CMATH_FUN1(cosh, ccosh, true)
CMATH_FUN1(tanh, ctanh, true)
CMATH_FUN1(asinh, casinh, false)
CMATH_FUN1(acosh, cacosh, false)
CMATH_FUN1(atanh, catanh, false)

static double complex c_log(double complex x) {
    if (creal(x) == 0 && cimag(x) == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
    }
    return clog(x);
}

static es_val_t cmath_log(size_t n_args, const es_val_t *args) {
    double complex r = c_log(arg_c(args[0]));
    if (n_args == 2) {
        double complex b = c_log(arg_c(args[1]));
        es_val_t q = es_binary_op(ES_BOP_TRUEDIV, make(r), make(b));
        return q;
    }
    return make(r);
}
static ES_FUN_VAR(fun_log, 1, 2, cmath_log);

static es_val_t cmath_log10(es_val_t v) {
    double complex r = c_log(arg_c(v));
    return make(cmplx(creal(r) / 2.302585092994046,
        cimag(r) / 2.302585092994046));
}
static ES_FUN_1(fun_log10, cmath_log10);

static es_val_t cmath_phase(es_val_t v) {
    return es_float_new(carg(arg_c(v)));
}
static ES_FUN_1(fun_phase, cmath_phase);

static es_val_t cmath_polar(es_val_t v) {
    double complex x = arg_c(v);
    double r = hypot(creal(x), cimag(x));
    if (!is_fin(r) && is_fin(creal(x)) && is_fin(cimag(x))) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("math range error"));
    }
    es_val_t t[2] = {es_float_new(r), es_float_new(carg(x))};
    return es_tuple_new(2, t);
}
static ES_FUN_1(fun_polar, cmath_polar);

static es_val_t cmath_rect(es_val_t r, es_val_t phi) {
    double m = es_float_of(r), p = es_float_of(phi);
    if (p == 0) {
        return es_complex_new(m, m * p);
    }
    return es_complex_new(m * cos(p), m * sin(p));
}
static ES_FUN_2(fun_rect, cmath_rect);

static es_val_t cmath_isfinite(es_val_t v) {
    double complex x = arg_c(v);
    return es_bool(is_fin(creal(x)) && is_fin(cimag(x)));
}
static ES_FUN_1(fun_isfinite, cmath_isfinite);

static bool is_inf(double d) {
    return !is_fin(d) && d == d;
}

static es_val_t cmath_isinf(es_val_t v) {
    double complex x = arg_c(v);
    return es_bool(is_inf(creal(x)) || is_inf(cimag(x)));
}
static ES_FUN_1(fun_isinf, cmath_isinf);

static es_val_t cmath_isnan(es_val_t v) {
    double complex x = arg_c(v);
    return es_bool(creal(x) != creal(x) || cimag(x) != cimag(x));
}
static ES_FUN_1(fun_isnan, cmath_isnan);

static es_val_t cmath_isclose(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(rel_tol), ES_Q(abs_tol)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(isclose), n_args, n_kw, args, 2, names, kw);
    es_check_nargs(ES_Q(isclose), n_args, 2, 2, 0, false);
    double complex a = arg_c(args[0]), b = arg_c(args[1]);
    double rel = kw[0] != ES_NULL ? es_float_of(kw[0]) : 1e-09;
    double abs_tol = kw[1] != ES_NULL ? es_float_of(kw[1]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("tolerances must be non-negative"));
    }
    if (creal(a) == creal(b) && cimag(a) == cimag(b)) {
        return ES_TRUE;
    }
    if (is_inf(creal(a)) || is_inf(cimag(a)) || is_inf(creal(b))
        || is_inf(cimag(b))) {
        return ES_FALSE;
    }
    double diff = cabs(a - b);
    return es_bool(diff <= rel * cabs(b) || diff <= rel * cabs(a)
        || diff <= abs_tol);
}
static ES_FUN_KW(fun_isclose, 2, 2, cmath_isclose);

static const es_float_t const_pi = {{&es_type_float}, 3.141592653589793};
static const es_float_t const_e = {{&es_type_float}, 2.718281828459045};
static const es_float_t const_tau = {{&es_type_float}, 6.283185307179586};
static const es_float_t const_inf = {{&es_type_float}, INFINITY};
static const es_float_t const_nan = {{&es_type_float}, NAN};
static const es_complex_t const_infj = {{&es_type_complex}, 0.0, INFINITY};
static const es_complex_t const_nanj = {{&es_type_complex}, 0.0, NAN};

static const es_map_elem_t cmath_table[] = {
    {ES_QV(__name__), ES_QV(cmath)},
    {ES_QV(pi), ES_PTR(&const_pi)},
    {ES_QV(e), ES_PTR(&const_e)},
    {ES_QV(tau), ES_PTR(&const_tau)},
    {ES_QV(inf), ES_PTR(&const_inf)},
    {ES_QV(nan), ES_PTR(&const_nan)},
    {ES_QV(infj), ES_PTR(&const_infj)},
    {ES_QV(nanj), ES_PTR(&const_nanj)},
    {ES_QV(sqrt), ES_PTR(&fun_sqrt)},
    {ES_QV(exp), ES_PTR(&fun_exp)},
    {ES_QV(log), ES_PTR(&fun_log)},
    {ES_QV(log10), ES_PTR(&fun_log10)},
    {ES_QV(sin), ES_PTR(&fun_sin)},
    {ES_QV(cos), ES_PTR(&fun_cos)},
    {ES_QV(tan), ES_PTR(&fun_tan)},
    {ES_QV(asin), ES_PTR(&fun_asin)},
    {ES_QV(acos), ES_PTR(&fun_acos)},
    {ES_QV(atan), ES_PTR(&fun_atan)},
    {ES_QV(sinh), ES_PTR(&fun_sinh)},
    {ES_QV(cosh), ES_PTR(&fun_cosh)},
    {ES_QV(tanh), ES_PTR(&fun_tanh)},
    {ES_QV(asinh), ES_PTR(&fun_asinh)},
    {ES_QV(acosh), ES_PTR(&fun_acosh)},
    {ES_QV(atanh), ES_PTR(&fun_atanh)},
    {ES_QV(phase), ES_PTR(&fun_phase)},
    {ES_QV(polar), ES_PTR(&fun_polar)},
    {ES_QV(rect), ES_PTR(&fun_rect)},
    {ES_QV(isfinite), ES_PTR(&fun_isfinite)},
    {ES_QV(isinf), ES_PTR(&fun_isinf)},
    {ES_QV(isnan), ES_PTR(&fun_isnan)},
    {ES_QV(isclose), ES_PTR(&fun_isclose)},
};
static ES_CONST_DICT(cmath_dict, cmath_table);

const es_module_t es_module_cmath = {{&es_type_module}, ES_PTR(&cmath_dict)};
