// SPDX-License-Identifier: MIT
// The cmath module: complex versions of the elementary functions over the C
// library's <complex.h>, plus phase, polar, rect, isfinite/isinf/isnan,
// isclose and the constants (pi, e, tau, inf, infj, nan, nanj).
#include <complex.h>
#include <math.h>

#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "intern.h"
#include "map.h"
#include "math_shared.h"
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
        es_val_t m[2];
        es_load_method_maybe(v, ES_Q(__complex__), m);
        if (m[0] == ES_NULL) { // else a real number, or TypeError
            return cmplx(es_float_of(v), 0.0);
        }
        v = es_call_method(0, 0, m);
        if (!es_is_complex(v)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("__complex__ returned "
                "non-complex (type %T)"), v);
        }
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
        bool inf = (!is_fin(creal(z)) && creal(z) == creal(z))
            || (!is_fin(cimag(z)) && cimag(z) == cimag(z));
        if (overflow && inf) {
            es_raise_msg(&es_type_OverflowError, ES_ERR("math range error"));
        }
        es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
    }
    return make(z);
}

// --- CPython's algorithms (cmathmodule.c) for finite arguments, in terms
// of real libm functions, so every C library gives CPython's digits; other
// arguments go to <complex.h>.
#define LARGE_DOUBLE (1.7976931348623157e308 / 4.)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153
#define LOG_LARGE_DOUBLE 708.3964185322641
#define SQRT_DBL_MIN 1.4916681462400413e-154
#define DBL_MIN_ 2.2250738585072014e-308
#define LN2 0.6931471805599453094
#define LN10 2.302585092994045684
#define E_ 2.718281828459045235

static bool fin2(double complex z) {
    return is_fin(creal(z)) && is_fin(cimag(z));
}

static double complex c_sqrt(double complex z) {
    double re = creal(z), im = cimag(z), s;
    if (!fin2(z)) {
        return csqrt(z);
    }
    if (re == 0. && im == 0.) {
        return cmplx(0., im);
    }
    double ax = fabs(re), ay = fabs(im);
    if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    return re >= 0. ? cmplx(s, copysign(d, im)) : cmplx(d, copysign(s, im));
}

static double complex c_exp(double complex z) {
    double re = creal(z), im = cimag(z), l;
    if (!fin2(z)) {
        return cexp(z);
    }
    if (re > LOG_LARGE_DOUBLE) {
        l = exp(re - 1.);
        return cmplx(l * cos(im) * E_, l * sin(im) * E_);
    }
    l = exp(re);
    return cmplx(l * cos(im), l * sin(im));
}

static double complex c_log(double complex z) {
    double re = creal(z), im = cimag(z), r;
    if (!fin2(z)) {
        return clog(z);
    }
    double ax = fabs(re), ay = fabs(im);
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r = log(hypot(ax / 2., ay / 2.)) + LN2;
    } else if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        if (ax == 0. && ay == 0.) {
            es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
        }
        r = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r = log(h);
        }
    }
    return cmplx(r, atan2(im, re));
}

static double complex c_asinh(double complex z) {
    double re = creal(z), im = cimag(z);
    if (!fin2(z)) {
        return casinh(z);
    }
    if (fabs(re) > LARGE_DOUBLE || fabs(im) > LARGE_DOUBLE) {
        double l = log(hypot(re / 2., im / 2.)) + LN2 * 2.;
        return cmplx(im >= 0. ? copysign(l, re) : -copysign(l, -re),
            atan2(im, fabs(re)));
    }
    double complex s1 = c_sqrt(cmplx(1. + im, -re));
    double complex s2 = c_sqrt(cmplx(1. - im, re));
    return cmplx(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
        atan2(im, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex c_acos(double complex z) {
    double re = creal(z), im = cimag(z);
    if (!fin2(z)) {
        return cacos(z);
    }
    if (fabs(re) > LARGE_DOUBLE || fabs(im) > LARGE_DOUBLE) {
        double l = log(hypot(re / 2., im / 2.)) + LN2 * 2.;
        return cmplx(atan2(fabs(im), re),
            re < 0 ? -copysign(l, im) : copysign(l, -im));
    }
    double complex s1 = c_sqrt(cmplx(1. - re, -im));
    double complex s2 = c_sqrt(cmplx(1. + re, im));
    return cmplx(2. * atan2(creal(s1), creal(s2)),
        asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex c_acosh(double complex z) {
    double re = creal(z), im = cimag(z);
    if (!fin2(z)) {
        return cacosh(z);
    }
    if (fabs(re) > LARGE_DOUBLE || fabs(im) > LARGE_DOUBLE) {
        return cmplx(log(hypot(re / 2., im / 2.)) + LN2 * 2., atan2(im, re));
    }
    double complex s1 = c_sqrt(cmplx(re - 1., im));
    double complex s2 = c_sqrt(cmplx(re + 1., im));
    return cmplx(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)),
        2. * atan2(cimag(s1), creal(s2)));
}

static double complex c_atanh(double complex z) {
    double re = creal(z), im = cimag(z);
    if (!fin2(z)) {
        return catanh(z);
    }
    if (re < 0.) {
        double complex r = c_atanh(cmplx(-re, -im));
        return cmplx(-creal(r), -cimag(r));
    }
    double ay = fabs(im);
    if (re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(re / 2., im / 2.);
        return cmplx(re / 4. / h / h, -copysign(3.141592653589793 / 2., -im));
    }
    if (re == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0.) {
            es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
        }
        return cmplx(-log(sqrt(ay) / sqrt(hypot(ay, 2.))),
            copysign(atan2(2., -ay) / 2, im));
    }
    return cmplx(log1p(4. * re / ((1 - re) * (1 - re) + ay * ay)) / 4.,
        -atan2(-2. * im, (1 - re) * (1 + re) - ay * ay) / 2.);
}

// cosh(x+iy) = cos y cosh x + i sin y sinh x; sinh ([odd]) swaps cosh x
// and sinh x. Past LOG_LARGE_DOUBLE, x - 1 keeps them finite, times e.
static double complex cosh_sinh(double complex z, bool odd) {
    double re = creal(z), im = cimag(z), k = 1.;
    if (!fin2(z)) {
        return odd ? csinh(z) : ccosh(z);
    }
    if (fabs(re) > LOG_LARGE_DOUBLE) {
        re -= copysign(1., re);
        k = E_;
    }
    double c = cosh(re), s = sinh(re);
    return cmplx(cos(im) * (odd ? s : c) * k, sin(im) * (odd ? c : s) * k);
}

static double complex c_cosh(double complex z) {
    return cosh_sinh(z, false);
}

static double complex c_sinh(double complex z) {
    return cosh_sinh(z, true);
}

static double complex c_tanh(double complex z) {
    double re = creal(z), im = cimag(z);
    if (!fin2(z)) {
        return ctanh(z);
    }
    if (fabs(re) > LOG_LARGE_DOUBLE) {
        return cmplx(copysign(1., re),
            4. * sin(im) * cos(im) * exp(-2. * fabs(re)));
    }
    double tx = tanh(re), ty = tan(im), cx = 1. / cosh(re);
    double txty = tx * ty, denom = 1. + txty * txty;
    return cmplx(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

// The circular functions from the hyperbolic ones: cos(z) = cosh(iz), and
// f(z) = -i fh(iz) for sin, tan, asin and atan.
static double complex c_cos(double complex z) {
    return c_cosh(cmplx(-cimag(z), creal(z)));
}

#define CIRCULAR(f) \
    static double complex c_##f(double complex z) { \
        double complex s = c_##f##h(cmplx(-cimag(z), creal(z))); \
        return cmplx(cimag(s), -creal(s)); \
    }
CIRCULAR(sin)
CIRCULAR(tan)
CIRCULAR(asin)
CIRCULAR(atan)

#define CMATH_FUN1(name, cfun, overflow) \
    static es_val_t cmath_##name(es_val_t v) { \
        double complex x = arg_c(v); \
        return checked(cfun(x), x, overflow); \
    } \
    static ES_FUN_1(fun_##name, cmath_##name);

CMATH_FUN1(sqrt, c_sqrt, false)
CMATH_FUN1(exp, c_exp, true)
CMATH_FUN1(sin, c_sin, true)
CMATH_FUN1(cos, c_cos, true)
CMATH_FUN1(tan, c_tan, true)
CMATH_FUN1(asin, c_asin, false)
CMATH_FUN1(acos, c_acos, false)
CMATH_FUN1(atan, c_atan, false)
CMATH_FUN1(sinh, c_sinh, true)
CMATH_FUN1(cosh, c_cosh, true)
CMATH_FUN1(tanh, c_tanh, true)
CMATH_FUN1(asinh, c_asinh, false)
CMATH_FUN1(acosh, c_acosh, false)
CMATH_FUN1(atanh, c_atanh, false)

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
    return make(cmplx(creal(r) / LN10, cimag(r) / LN10));
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

static void complex_parts(es_val_t v, double p[2]) {
    double complex x = arg_c(v);
    p[0] = creal(x);
    p[1] = cimag(x);
}

static es_val_t cmath_isclose(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return es_math_isclose(n_args, n_kw, args, complex_parts);
}
static ES_FUN_KW(fun_isclose, 2, 2, cmath_isclose);

static const es_complex_t const_infj = {{&es_type_complex}, 0.0, INFINITY};
static const es_complex_t const_nanj = {{&es_type_complex}, 0.0, NAN};

static const es_map_elem_t cmath_table[] = {
    {ES_QV(__name__), ES_QV(cmath)},
    ES_MATH_CONSTANTS,
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
