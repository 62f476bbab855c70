// SPDX-License-Identifier: MIT
// The math module (also imported as umath): CPython's float functions over
// the C library's libm with CPython's error rules (ValueError "math domain
// error", OverflowError "math range error"), exact fsum (Shewchuk's
// partials, as CPython), and the integer functions factorial, gcd, lcm,
// comb, perm and isqrt on ints of any size.
#include <math.h>

#include "builtins.h"
#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "math_shared.h"
#include "module.h"
#include "runtime.h"
#include "tuple.h"

static bool is_fin(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

static ES_NORETURN void domain_error(void) {
    es_raise_msg(&es_type_ValueError, ES_ERR("math domain error"));
}

static ES_NORETURN void range_error(void) {
    es_raise_msg(&es_type_OverflowError, ES_ERR("math range error"));
}

// CPython's math_1: NaN from a non-NaN is a domain error; an infinity from
// a finite value is a range error when [overflow], else a domain error.
static es_val_t math_1(es_val_t x, double (*f)(double), bool overflow) {
    double d = es_float_of(x);
    double r = f(d);
    if (r != r && d == d) {
        domain_error();
    }
    if (!is_fin(r) && is_fin(d)) {
        if (overflow) {
            range_error();
        }
        domain_error();
    }
    return es_float_new(r);
}

#define MATH_FUN1(name, cfun, overflow) \
    static es_val_t math_##name(es_val_t x) { \
        return math_1(x, cfun, overflow); \
    } \
    static ES_FUN_1(fun_##name, math_##name);

static double m_degrees(double x) {
    return x * (180.0 / 3.141592653589793);
}
static double m_radians(double x) {
    return x * (3.141592653589793 / 180.0);
}

MATH_FUN1(sqrt, sqrt, false)
MATH_FUN1(exp, exp, true)
MATH_FUN1(exp2, exp2, true)
MATH_FUN1(expm1, expm1, true)
MATH_FUN1(log1p, log1p, false)
MATH_FUN1(sin, sin, false)
MATH_FUN1(cos, cos, false)
MATH_FUN1(tan, tan, false)
MATH_FUN1(asin, asin, false)
MATH_FUN1(acos, acos, false)
MATH_FUN1(atan, atan, false)
MATH_FUN1(sinh, sinh, true)
MATH_FUN1(cosh, cosh, true)
MATH_FUN1(tanh, tanh, false)
MATH_FUN1(asinh, asinh, false)
MATH_FUN1(acosh, acosh, false)
MATH_FUN1(atanh, atanh, false)
MATH_FUN1(fabs, fabs, false)
MATH_FUN1(cbrt, cbrt, false)
MATH_FUN1(erf, erf, false)
MATH_FUN1(erfc, erfc, false)
MATH_FUN1(degrees, m_degrees, true)
MATH_FUN1(radians, m_radians, false)

// gamma and lgamma: CPython's own Lanczos approximation (not libm's), so
// the digits match CPython's.
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double pi_d = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    double y2 = 2.0 * y, t = es_float_trunc(y2); // round(2y), exactly
    switch ((int)t + (y2 - t >= 0.5)) {
    case 0: r = sin(pi_d * y); break;
    case 1: r = cos(pi_d * (y - 0.5)); break;
    case 2: r = sin(pi_d * (1.0 - y)); break;
    case 3: r = -cos(pi_d * (y - 1.5)); break;
    default: r = sin(pi_d * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double gamma_large(double x, double absx) {
    double y = absx + lanczos_g_minus_half, z, r;
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double sp = absx < 140.0 ? 0 : pow(y, absx / 2.0 - 0.25);
    if (x < 0.0) {
        r = -pi_d / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        r = absx < 140.0 ? r / pow(y, absx - 0.5) : r / sp / sp;
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        r = absx < 140.0 ? r * pow(y, absx - 0.5) : r * sp * sp;
    }
    return r;
}

static double m_gamma(double x) {
    if (!is_fin(x)) {
        return x != x || x > 0 ? x : NAN;
    }
    if (x == 0.0) {
        domain_error();
    }
    if (x == es_float_floor(x)) {
        if (x < 0.0) {
            return NAN;
        }
        if (x <= 23) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) {
                f *= i;
            }
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return 1.0 / x;
    }
    if (absx > 200.0) {
        return x < 0.0 ? 0.0 / m_sinpi(x) : INFINITY;
    }
    return gamma_large(x, absx);
}

static double m_lgamma(double x) {
    if (!is_fin(x)) {
        return x != x ? x : INFINITY;
    }
    if (x == es_float_floor(x) && x <= 2.0) {
        return x <= 0.0 ? NAN : 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    }
    return r;
}
MATH_FUN1(gamma, m_gamma, true)
MATH_FUN1(lgamma, m_lgamma, true)

// --- logarithms: ints of any size work (log of the top bits plus the
// shifted-out power of two).

static double log_of(es_val_t x, double (*f)(double)) {
    if (es_is_int(x)) {
        if (es_int_sign(x) <= 0) {
            domain_error();
        }
        es_val_t m[2];
        es_load_method_maybe(x, ES_Q(bit_length), m);
        es_int_t bits = es_get_int(es_call_method(0, 0, m));
        if (bits <= 1024) {
            return f(es_int_to_double(x));
        }
        // CPython: frexp of the int, then f(m) + f(2) * e
        double mant = es_int_true_divide(x, es_binary_op(ES_BOP_LSHIFT,
            es_small_new(1), es_small_new(bits)));
        return f(mant) + f(2.0) * (double)bits;
    }
    double d = es_float_of(x);
    if (d <= 0 || d != d) {
        if (d != d) {
            return d;
        }
        domain_error();
    }
    return f(d);
}

static es_val_t math_log(size_t n_args, const es_val_t *args) {
    double r = log_of(args[0], log);
    if (n_args == 2) {
        double b = log_of(args[1], log);
        if (b == 0) {
            es_raise_msg(&es_type_ZeroDivisionError,
                ES_ERR("float division by zero"));
        }
        r /= b;
    }
    return es_float_new(r);
}
static ES_FUN_VAR(fun_log, 1, 2, math_log);

static es_val_t math_log2(es_val_t x) {
    return es_float_new(log_of(x, log2));
}
static ES_FUN_1(fun_log2, math_log2);

static es_val_t math_log10(es_val_t x) {
    return es_float_new(log_of(x, log10));
}
static ES_FUN_1(fun_log10, math_log10);

// --- two arguments

static es_val_t math_pow(es_val_t a, es_val_t b) {
    double x = es_float_of(a), y = es_float_of(b);
    if (!is_fin(x) || !is_fin(y)) {
        return es_float_new(pow(x, y));
    }
    if (x == 0 && y < 0) {
        domain_error();
    }
    if (x < 0 && y != es_float_floor(y)) {
        domain_error();
    }
    double r = es_float_pow(x, y);
    if (!is_fin(r)) {
        range_error();
    }
    return es_float_new(r);
}
static ES_FUN_2(fun_pow, math_pow);

static es_val_t math_atan2(es_val_t a, es_val_t b) {
    return es_float_new(atan2(es_float_of(a), es_float_of(b)));
}
static ES_FUN_2(fun_atan2, math_atan2);

static es_val_t math_copysign(es_val_t a, es_val_t b) {
    return es_float_new(copysign(es_float_of(a), es_float_of(b)));
}
static ES_FUN_2(fun_copysign, math_copysign);

static es_val_t math_fmod(es_val_t a, es_val_t b) {
    double x = es_float_of(a), y = es_float_of(b);
    if (!is_fin(y) && is_fin(x) && y == y) {
        return es_float_new(x);
    }
    double r = fmod(x, y);
    if (r != r && x == x && y == y) {
        domain_error();
    }
    return es_float_new(r);
}
static ES_FUN_2(fun_fmod, math_fmod);

static es_val_t math_remainder(es_val_t a, es_val_t b) {
    double x = es_float_of(a), y = es_float_of(b);
    double r = remainder(x, y);
    if (r != r && x == x && y == y) {
        domain_error();
    }
    return es_float_new(r);
}
static ES_FUN_2(fun_remainder, math_remainder);

static es_val_t math_nextafter(es_val_t a, es_val_t b) {
    return es_float_new(nextafter(es_float_of(a), es_float_of(b)));
}
static ES_FUN_2(fun_nextafter, math_nextafter);

static es_val_t math_ulp(es_val_t a) {
    double x = fabs(es_float_of(a));
    if (x != x || !is_fin(x)) {
        return es_float_new(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (!is_fin(x2)) {
        return es_float_new(x - nextafter(x, -INFINITY));
    }
    return es_float_new(x2 - x);
}
static ES_FUN_1(fun_ulp, math_ulp);

static es_val_t math_ldexp(es_val_t a, es_val_t b) {
    double x = es_float_of(a);
    if (!es_is_int(b)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("Expected an int as second argument to ldexp."));
    }
    es_int_t e;
    if (!es_int_get_checked(b, &e)) {
        e = es_int_sign(b) > 0 ? 100000 : -100000;
    }
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    double r = ldexp(x, (int)e);
    if (!is_fin(r) && is_fin(x)) {
        range_error();
    }
    return es_float_new(r);
}
static ES_FUN_2(fun_ldexp, math_ldexp);

// --- tuples out

static es_val_t pair(es_val_t a, es_val_t b) {
    es_val_t t[2] = {a, b};
    return es_tuple_new(2, t);
}

static es_val_t math_frexp(es_val_t a) {
    double x = es_float_of(a);
    int e = 0;
    double m = x;
    if (is_fin(x) && x != 0) {
        m = frexp(x, &e);
    }
    return pair(es_float_new(m), es_small_new(e));
}
static ES_FUN_1(fun_frexp, math_frexp);

static es_val_t math_modf(es_val_t a) {
    double x = es_float_of(a);
    if (!is_fin(x) && x == x) {
        return pair(es_float_new(copysign(0.0, x)), es_float_new(x));
    }
    double ip = es_float_trunc(x); // exact, unlike some C libraries' modf
    return pair(es_float_new(copysign(x - ip, x)), es_float_new(ip));
}
static ES_FUN_1(fun_modf, math_modf);

// --- predicates

static es_val_t math_isfinite(es_val_t a) {
    return es_bool(is_fin(es_float_of(a)));
}
static ES_FUN_1(fun_isfinite, math_isfinite);

static bool is_inf(double d) {
    return !is_fin(d) && d == d;
}

static es_val_t math_isinf(es_val_t a) {
    return es_bool(is_inf(es_float_of(a)));
}
static ES_FUN_1(fun_isinf, math_isinf);

static es_val_t math_isnan(es_val_t a) {
    double x = es_float_of(a);
    return es_bool(x != x);
}
static ES_FUN_1(fun_isnan, math_isnan);

es_val_t es_math_isclose(size_t n_args, size_t n_kw, const es_val_t *args,
    void (*parts)(es_val_t v, double p[2])) {
    static const es_qstr_t names[] = {ES_Q(rel_tol), ES_Q(abs_tol)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(isclose), n_args, n_kw, args, 2, names, kw);
    es_check_nargs(ES_Q(isclose), n_args, 2, 2, 0, false);
    double a[2], b[2];
    parts(args[0], a);
    parts(args[1], b);
    double rel = kw[0] != ES_NULL ? es_float_of(kw[0]) : 1e-09;
    double abs_tol = kw[1] != ES_NULL ? es_float_of(kw[1]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("tolerances must be non-negative"));
    }
    if (a[0] == b[0] && a[1] == b[1]) {
        return ES_TRUE;
    }
    if (is_inf(a[0]) || is_inf(a[1]) || is_inf(b[0]) || is_inf(b[1])) {
        return ES_FALSE;
    }
    // A NaN fails every test below. hypot(x, 0) is fabs(x) (C's Annex F),
    // so for real operands these are math.isclose's tests.
    double diff = hypot(a[0] - b[0], a[1] - b[1]);
    return es_bool(diff <= rel * hypot(b[0], b[1])
        || diff <= rel * hypot(a[0], a[1]) || diff <= abs_tol);
}

static void real_parts(es_val_t v, double p[2]) {
    p[0] = es_float_of(v);
    p[1] = 0.0;
}

static es_val_t math_isclose(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return es_math_isclose(n_args, n_kw, args, real_parts);
}
static ES_FUN_KW(fun_isclose, 2, 2, math_isclose);

// --- rounding to ints

static es_val_t round_hook(es_val_t x, es_qstr_t name, double (*f)(double)) {
    if (es_is_float(x)) {
        return es_float_to_int(f(es_float_get(x)));
    }
    if (es_is_int(x)) {
        return es_binary_op(ES_BOP_ADD, x, es_small_new(0));
    }
    es_val_t m[2];
    es_load_method_maybe(x, name, m);
    if (m[0] != ES_NULL) {
        return es_call_method(0, 0, m);
    }
    return es_float_to_int(f(es_float_of(x)));
}

static es_val_t math_floor(es_val_t x) {
    return round_hook(x, ES_Q(__floor__), es_float_floor);
}
static ES_FUN_1(fun_floor, math_floor);

static es_val_t math_ceil(es_val_t x) {
    return round_hook(x, ES_Q(__ceil__), es_float_ceil);
}
static ES_FUN_1(fun_ceil, math_ceil);

static es_val_t math_trunc(es_val_t x) {
    if (!es_is_float(x) && !es_is_int(x)) {
        es_val_t m[2];
        es_load_method_maybe(x, ES_Q(__trunc__), m);
        if (m[0] == ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("type %T doesn't define "
                "__trunc__ method"), x);
        }
        return es_call_method(0, 0, m);
    }
    return round_hook(x, ES_Q(__trunc__), es_float_trunc);
}
static ES_FUN_1(fun_trunc, math_trunc);

// --- fsum: CPython's msum (Shewchuk's exact partial sums).

typedef struct {
    double *p;
    size_t n, cap;
    double small[32];
} partials_t;

static void partials_push(partials_t *ps, double x) {
    if (ps->n == ps->cap) {
        double *q = es_gc_alloc(2 * ps->cap * sizeof(double), ES_GC_LEAF);
        for (size_t i = 0; i < ps->n; i++) {
            q[i] = ps->p[i];
        }
        ps->p = q;
        ps->cap *= 2;
    }
    ps->p[ps->n++] = x;
}

static void fsum_add(partials_t *ps, double x) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        volatile double hi = x + y;
        double yr = hi - x;
        double lo = y - yr;
        if (lo != 0.0) {
            ps->p[i++] = lo;
        }
        x = hi;
    }
    ps->n = i;
    partials_push(ps, x);
}

static double fsum_total(partials_t *ps) {
    size_t n = ps->n;
    double hi = 0.0, lo = 0.0;
    if (n == 0) {
        return hi;
    }
    hi = ps->p[--n];
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
            break;
        }
    }
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0)
        || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
            hi = x;
        }
    }
    return hi;
}

static es_val_t math_fsum(es_val_t iterable) {
    partials_t ps;
    ps.p = ps.small;
    ps.n = 0;
    ps.cap = ES_ARRAY_SIZE(ps.small);
    double special = 0.0, inf_sum = 0.0;
    es_val_t it = es_getiter(iterable);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        double x = es_float_of(v);
        if (!is_fin(x)) {
            if (x == x) {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        fsum_add(&ps, x);
        if (!is_fin(ps.p[ps.n - 1])) {
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("intermediate overflow in fsum"));
        }
    }
    if (special != 0.0 || special != special) {
        if (inf_sum != inf_sum) {
            es_raise_msg(&es_type_ValueError, ES_ERR("-inf + inf in fsum"));
        }
        return es_float_new(special);
    }
    return es_float_new(fsum_total(&ps));
}
static ES_FUN_1(fun_fsum, math_fsum);

// --- sequences of floats

static es_val_t math_prod(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(start)};
    es_val_t start;
    es_builtins_get_kw(ES_Q(prod), n_args, n_kw, args, 1, names, &start);
    es_check_nargs(ES_Q(prod), n_args, 1, 1, 0, false);
    es_val_t r = start != ES_NULL ? start : es_small_new(1);
    es_val_t it = es_getiter(args[0]);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        r = es_binary_op(ES_BOP_MUL, r, v);
    }
    return r;
}
static ES_FUN_KW(fun_prod, 1, 1, math_prod);

// CPython's vector_norm: lossless scaling by a power of two, squares and
// sums as double-length values, one differential correction.
typedef struct {
    double hi, lo;
} dl_t;

static dl_t dl_fast_sum(double a, double b) {
    volatile double hi = a + b;
    return (dl_t){hi, (a - hi) + b};
}

static dl_t dl_split(double x) {
    volatile double t = x * 134217729.0;
    volatile double hi = t - (t - x);
    return (dl_t){hi, x - hi};
}

static dl_t dl_mul(double x, double y) {
    dl_t xx = dl_split(x), yy = dl_split(y);
    volatile double p = xx.hi * yy.hi;
    volatile double q = xx.hi * yy.lo + xx.lo * yy.hi;
    volatile double z = p + q;
    double zz = p - z + q + xx.lo * yy.lo;
    return (dl_t){z, zz};
}

static double norm(double *v, size_t n, double max) {
    if (max == 0 || !is_fin(max) || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) {
            v[i] /= 2.2250738585072014e-308;
        }
        return 2.2250738585072014e-308
            * norm(v, n, max / 2.2250738585072014e-308);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        dl_t pr = dl_mul(x, x);
        dl_t sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dl_t pr = dl_mul(-h, h);
    dl_t sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static es_val_t norm_of(size_t n, es_val_t (*get)(size_t i, void *ctx),
    void *ctx) {
    double *v = es_gc_alloc((n + 1) * sizeof(double), ES_GC_LEAF);
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        v[i] = fabs(es_float_of(get(i, ctx)));
        nan |= v[i] != v[i];
        if (v[i] > max) {
            max = v[i];
        }
    }
    if (!is_fin(max)) {
        return es_float_new(max);
    }
    return es_float_new(nan ? NAN : norm(v, n, max));
}

static es_val_t arg_at(size_t i, void *ctx) {
    return ((const es_val_t *)ctx)[i];
}

static es_val_t math_hypot(size_t n_args, const es_val_t *args) {
    return norm_of(n_args, arg_at, (void *)args);
}
static ES_FUN_VAR(fun_hypot, 0, ES_FUN_ARGS_MAX, math_hypot);

typedef struct {
    es_val_t *p, *q;
} dist_t;

static es_val_t diff_at(size_t i, void *ctx) {
    dist_t *d = ctx;
    return es_binary_op(ES_BOP_SUB, es_float_new(es_float_of(d->p[i])),
        es_float_new(es_float_of(d->q[i])));
}

static void get_seq(es_val_t v, size_t *n, es_val_t **items) {
    if (es_is_type(v, &es_type_tuple)) {
        es_tuple_get(v, n, items);
        return;
    }
    es_val_t t = es_call1(ES_PTR(&es_type_tuple), v);
    es_tuple_get(t, n, items);
}

static es_val_t math_dist(es_val_t p, es_val_t q) {
    size_t np, nq;
    dist_t d;
    get_seq(p, &np, &d.p);
    get_seq(q, &nq, &d.q);
    if (np != nq) {
        es_raise_msg(&es_type_ValueError, ES_ERR("both points must have "
            "the same number of dimensions"));
    }
    return norm_of(np, diff_at, &d);
}
static ES_FUN_2(fun_dist, math_dist);

// --- integer functions

static es_val_t int_arg(es_val_t v) {
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
            "interpreted as an integer"), v);
    }
    if (es_is_small(v) || es_is_bigint(v)) {
        return v; // already a plain int: no copy (gcd of ints that fill
                  // half the heap ran out of room with two)
    }
    return es_binary_op(ES_BOP_ADD, v, es_small_new(0));
}

static bool lt(es_val_t a, es_val_t b) {
    return es_binary_op(ES_BOP_LT, a, b) == ES_TRUE;
}

static es_val_t mul(es_val_t a, es_val_t b) {
    return es_binary_op(ES_BOP_MUL, a, b);
}

// Product of the ints lo..hi (inclusive), split in halves.
static es_val_t range_prod(es_val_t lo, es_val_t hi) {
    es_val_t n = es_binary_op(ES_BOP_SUB, hi, lo);
    es_int_t k;
    if (es_int_get_checked(n, &k) && k < 8) {
        es_val_t r = es_small_new(1);
        for (es_int_t i = 0; i <= k; i++) {
            r = mul(r, es_binary_op(ES_BOP_ADD, lo, es_small_new(i)));
        }
        return r;
    }
    es_val_t mid = es_binary_op(ES_BOP_FLOORDIV,
        es_binary_op(ES_BOP_ADD, lo, hi), es_small_new(2));
    return mul(range_prod(lo, mid),
        range_prod(es_binary_op(ES_BOP_ADD, mid, es_small_new(1)), hi));
}

static es_val_t math_factorial(es_val_t x) {
    es_val_t n = int_arg(x);
    if (es_int_sign(n) < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("factorial() not defined for negative values"));
    }
    if (es_int_sign(n) == 0) {
        return es_small_new(1);
    }
    return range_prod(es_small_new(1), n);
}
static ES_FUN_1(fun_factorial, math_factorial);

static es_val_t gcd2(es_val_t a, es_val_t b) {
    if (es_int_sign(a) < 0) {
        a = es_binary_op(ES_BOP_SUB, es_small_new(0), a);
    }
    if (es_int_sign(b) < 0) {
        b = es_binary_op(ES_BOP_SUB, es_small_new(0), b);
    }
    // O(bits) steps, each a division: seconds on the chip for two ints of
    // a few KB (consecutive Fibonacci numbers), so each step polls.
    while (es_int_sign(b) != 0) {
        es_poll();
        es_val_t t = es_binary_op(ES_BOP_MOD, a, b);
        a = b;
        b = t;
    }
    return a;
}

static es_val_t math_gcd(size_t n_args, const es_val_t *args) {
    es_val_t g = es_small_new(0);
    for (size_t i = 0; i < n_args; i++) {
        g = gcd2(g, int_arg(args[i]));
    }
    return g;
}
static ES_FUN_VAR(fun_gcd, 0, ES_FUN_ARGS_MAX, math_gcd);

static es_val_t math_lcm(size_t n_args, const es_val_t *args) {
    es_val_t l = es_small_new(1);
    for (size_t i = 0; i < n_args; i++) {
        es_val_t a = int_arg(args[i]);
        if (es_int_sign(a) == 0 || es_int_sign(l) == 0) {
            l = es_small_new(0);
            continue;
        }
        es_val_t g = gcd2(l, a);
        l = mul(es_binary_op(ES_BOP_FLOORDIV, l, g), a);
        if (es_int_sign(l) < 0) {
            l = es_binary_op(ES_BOP_SUB, es_small_new(0), l);
        }
    }
    return l;
}
static ES_FUN_VAR(fun_lcm, 0, ES_FUN_ARGS_MAX, math_lcm);

static void check_nonneg(es_val_t v, const char *msg) {
    if (es_int_sign(v) < 0) {
        es_raise_msg(&es_type_ValueError, msg);
    }
}

static es_val_t math_perm(size_t n_args, const es_val_t *args) {
    es_val_t n = int_arg(args[0]);
    check_nonneg(n, ES_ERR("n must be a non-negative integer"));
    if (n_args < 2 || args[1] == ES_NONE) {
        return math_factorial(n);
    }
    es_val_t k = int_arg(args[1]);
    check_nonneg(k, ES_ERR("k must be a non-negative integer"));
    if (lt(n, k)) {
        return es_small_new(0);
    }
    if (es_int_sign(k) == 0) {
        return es_small_new(1);
    }
    return range_prod(es_binary_op(ES_BOP_ADD,
        es_binary_op(ES_BOP_SUB, n, k), es_small_new(1)), n);
}
static ES_FUN_VAR(fun_perm, 1, 2, math_perm);

static es_val_t math_comb(es_val_t a, es_val_t b) {
    es_val_t n = int_arg(a), k = int_arg(b);
    check_nonneg(n, ES_ERR("n must be a non-negative integer"));
    check_nonneg(k, ES_ERR("k must be a non-negative integer"));
    if (lt(n, k)) {
        return es_small_new(0);
    }
    es_val_t nk = es_binary_op(ES_BOP_SUB, n, k);
    if (lt(nk, k)) {
        k = nk;
    }
    if (es_int_sign(k) == 0) {
        return es_small_new(1);
    }
    es_val_t top = range_prod(es_binary_op(ES_BOP_ADD,
        es_binary_op(ES_BOP_SUB, n, k), es_small_new(1)), n);
    return es_binary_op(ES_BOP_FLOORDIV, top, math_factorial(k));
}
static ES_FUN_2(fun_comb, math_comb);

static es_val_t math_isqrt(es_val_t a) {
    es_val_t n = int_arg(a);
    check_nonneg(n, ES_ERR("isqrt() argument must be nonnegative"));
    if (es_int_sign(n) == 0) {
        return n;
    }
    // Newton from above: x = 2^ceil(bits/2) >= sqrt(n).
    es_val_t m[2];
    es_load_method_maybe(n, ES_Q(bit_length), m);
    es_int_t bits = es_get_int(es_call_method(0, 0, m));
    es_val_t x = es_binary_op(ES_BOP_LSHIFT, es_small_new(1),
        es_small_new((bits + 1) / 2));
    for (;;) {
        es_val_t y = es_binary_op(ES_BOP_FLOORDIV, es_binary_op(ES_BOP_ADD,
            x, es_binary_op(ES_BOP_FLOORDIV, n, x)), es_small_new(2));
        if (!lt(y, x)) {
            return x;
        }
        x = y;
    }
}
static ES_FUN_1(fun_isqrt, math_isqrt);

// --- constants and the module

const es_float_t es_math_pi = {{&es_type_float}, 3.141592653589793};
const es_float_t es_math_e = {{&es_type_float}, 2.718281828459045};
const es_float_t es_math_tau = {{&es_type_float}, 6.283185307179586};
const es_float_t es_math_inf = {{&es_type_float}, INFINITY};
const es_float_t es_math_nan = {{&es_type_float}, NAN};

static const es_map_elem_t math_table[] = {
    {ES_QV(__name__), ES_QV(math)},
    ES_MATH_CONSTANTS,
    {ES_QV(sqrt), ES_PTR(&fun_sqrt)},
    {ES_QV(exp), ES_PTR(&fun_exp)},
    {ES_QV(exp2), ES_PTR(&fun_exp2)},
    {ES_QV(expm1), ES_PTR(&fun_expm1)},
    {ES_QV(log), ES_PTR(&fun_log)},
    {ES_QV(log2), ES_PTR(&fun_log2)},
    {ES_QV(log10), ES_PTR(&fun_log10)},
    {ES_QV(log1p), ES_PTR(&fun_log1p)},
    {ES_QV(pow), ES_PTR(&fun_pow)},
    {ES_QV(sin), ES_PTR(&fun_sin)},
    {ES_QV(cos), ES_PTR(&fun_cos)},
    {ES_QV(tan), ES_PTR(&fun_tan)},
    {ES_QV(asin), ES_PTR(&fun_asin)},
    {ES_QV(acos), ES_PTR(&fun_acos)},
    {ES_QV(atan), ES_PTR(&fun_atan)},
    {ES_QV(atan2), ES_PTR(&fun_atan2)},
    {ES_QV(sinh), ES_PTR(&fun_sinh)},
    {ES_QV(cosh), ES_PTR(&fun_cosh)},
    {ES_QV(tanh), ES_PTR(&fun_tanh)},
    {ES_QV(asinh), ES_PTR(&fun_asinh)},
    {ES_QV(acosh), ES_PTR(&fun_acosh)},
    {ES_QV(atanh), ES_PTR(&fun_atanh)},
    {ES_QV(hypot), ES_PTR(&fun_hypot)},
    {ES_QV(dist), ES_PTR(&fun_dist)},
    {ES_QV(fabs), ES_PTR(&fun_fabs)},
    {ES_QV(cbrt), ES_PTR(&fun_cbrt)},
    {ES_QV(floor), ES_PTR(&fun_floor)},
    {ES_QV(ceil), ES_PTR(&fun_ceil)},
    {ES_QV(trunc), ES_PTR(&fun_trunc)},
    {ES_QV(fmod), ES_PTR(&fun_fmod)},
    {ES_QV(remainder), ES_PTR(&fun_remainder)},
    {ES_QV(modf), ES_PTR(&fun_modf)},
    {ES_QV(frexp), ES_PTR(&fun_frexp)},
    {ES_QV(ldexp), ES_PTR(&fun_ldexp)},
    {ES_QV(copysign), ES_PTR(&fun_copysign)},
    {ES_QV(nextafter), ES_PTR(&fun_nextafter)},
    {ES_QV(ulp), ES_PTR(&fun_ulp)},
    {ES_QV(isfinite), ES_PTR(&fun_isfinite)},
    {ES_QV(isinf), ES_PTR(&fun_isinf)},
    {ES_QV(isnan), ES_PTR(&fun_isnan)},
    {ES_QV(isclose), ES_PTR(&fun_isclose)},
    {ES_QV(factorial), ES_PTR(&fun_factorial)},
    {ES_QV(gcd), ES_PTR(&fun_gcd)},
    {ES_QV(lcm), ES_PTR(&fun_lcm)},
    {ES_QV(comb), ES_PTR(&fun_comb)},
    {ES_QV(perm), ES_PTR(&fun_perm)},
    {ES_QV(isqrt), ES_PTR(&fun_isqrt)},
    {ES_QV(erf), ES_PTR(&fun_erf)},
    {ES_QV(erfc), ES_PTR(&fun_erfc)},
    {ES_QV(gamma), ES_PTR(&fun_gamma)},
    {ES_QV(lgamma), ES_PTR(&fun_lgamma)},
    {ES_QV(fsum), ES_PTR(&fun_fsum)},
    {ES_QV(prod), ES_PTR(&fun_prod)},
    {ES_QV(degrees), ES_PTR(&fun_degrees)},
    {ES_QV(radians), ES_PTR(&fun_radians)},
};
static ES_CONST_DICT(math_dict, math_table);

const es_module_t es_module_math = {{&es_type_module}, ES_PTR(&math_dict)};
