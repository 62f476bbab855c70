// SPDX-License-Identifier: MIT
// The float type: an IEEE double boxed in one small leaf block. Arithmetic
// with CPython's signs and errors, exact comparisons with ints of any size,
// hashes equal to the int hash for integral values, float(str) through
// core/strtod.c, and the methods (is_integer, as_integer_ratio, hex,
// fromhex, __round__ with CPython's correctly rounded ndigits).
#include <math.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "strtod.h"
#include "tuple.h"

es_val_t es_float_new(double d) {
    es_float_t *f = es_gc_alloc(sizeof(es_float_t), ES_GC_LEAF);
    f->base.type = &es_type_float;
    f->value = d;
    return es_val(f);
}

static bool is_fin(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

bool es_float_value(es_val_t v, double *out) {
    if (es_is_float(v)) {
        *out = es_float_get(v);
        return true;
    }
    if (es_is_int(v)) {
        *out = es_int_to_double(v);
        return true;
    }
    return false;
}

double es_float_of(es_val_t v) {
    double d;
    if (es_float_value(v, &d)) {
        return d;
    }
    es_val_t m[2];
    es_load_method_maybe(v, ES_Q(__float__), m);
    if (m[0] != ES_NULL) {
        es_val_t r = es_call_method(0, 0, m);
        if (!es_is_float(r)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%T.__float__ returned "
                "non-float (type %T)"), v, r);
        }
        return es_float_get(r);
    }
    es_load_method_maybe(v, ES_Q(__index__), m);
    if (m[0] != ES_NULL) {
        return es_int_to_double(es_call_method(0, 0, m));
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("must be real number, not %T"), v);
}

double es_float_trunc(double d) {
    uint64_t u = es_dtoa_bits(d);
    int e = (int)((u >> 52) & 0x7ff) - 1023;
    if (e >= 52) { // integral already, or inf/nan
        return d;
    }
    if (e < 0) { // |d| < 1: a zero of d's sign
        return es_dtoa_from_bits(u & ((uint64_t)1 << 63));
    }
    uint64_t frac = (((uint64_t)1 << 52) - 1) >> e;
    return es_dtoa_from_bits(u & ~frac);
}

double es_float_floor(double d) {
    double t = es_float_trunc(d);
    return d < t ? t - 1.0 : t; // exact: |t| < 2^52 when d has a fraction
}

double es_float_ceil(double d) {
    double t = es_float_trunc(d);
    return d > t ? t + 1.0 : t;
}

es_val_t es_float_to_int(double d) {
    if (d != d) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("cannot convert float NaN to integer"));
    }
    if (!is_fin(d)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("cannot convert float infinity to integer"));
    }
    if (d == 0) {
        return es_small_new(0);
    }
    uint64_t mant;
    int e;
    es_dtoa_split(d < 0 ? -d : d, &mant, &e);
    es_val_t r;
    if (e >= 0) {
        r = es_binary_op(ES_BOP_LSHIFT, es_int_from_ull(mant),
            es_small_new(e));
    } else {
        r = es_int_from_ull(e <= -64 ? 0 : mant >> -e);
    }
    return d < 0 ? es_binary_op(ES_BOP_SUB, es_small_new(0), r) : r;
}

// --- printing

static void float_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_float_print(p, es_float_get(self), true);
}

// --- construction

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// float(x) of a str or bytes-like [v].
static double parse_str(es_val_t v) {
    size_t len;
    const uint8_t *raw;
    const char *s = es_bytes_get(v, &raw, &len) ? (const char *)raw
                                              : es_str_data(v, &len);
    size_t a = 0, b = len;
    while (a < b && is_space(s[a])) {
        a++;
    }
    while (b > a && is_space(s[b - 1])) {
        b--;
    }
    double d;
    if (!es_strtod(s + a, b - a, true, &d)) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("could not convert string to float: %r"), v);
    }
    return d;
}

static es_val_t float_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    if (n_kw > 0) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("float() takes no keyword arguments"));
    }
    if (n_args > 1) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("float expected at most 1 "
            "argument, got %u"), (unsigned)n_args);
    }
    if (n_args == 0) {
        return es_float_new(0.0);
    }
    es_val_t v = args[0];
    if (es_is_float(v)) {
        return v;
    }
    es_val_t u = es_class_unbox(v); // class S(str) instances
    const uint8_t *data;
    size_t len;
    if (es_is_str(u) || es_bytes_get(u, &data, &len)) {
        return es_float_new(parse_str(u));
    }
    double d;
    if (!es_float_value(v, &d)) {
        es_val_t m[2];
        es_load_method_maybe(v, ES_Q(__float__), m);
        es_val_t m2[2];
        es_load_method_maybe(v, ES_Q(__index__), m2);
        if (m[0] == ES_NULL && m2[0] == ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("float() argument must be "
                "a string or a real number, not '%T'"), v);
        }
        d = es_float_of(v);
    }
    return es_float_new(d);
}

es_val_t es_float_parse(const char *s, size_t len) {
    double d;
    if (!es_strtod(s, len, false, &d)) {
        es_raise_msg(&es_type_SyntaxError, ES_ERR("invalid float literal"));
    }
    return es_float_new(d);
}

// --- arithmetic

// CPython's float_divmod: *q = floor division, *m = modulo.
// Each step is rounded to a double (volatile: x87 keeps more bits).
static void float_divmod(double x, double y, double *q, double *m) {
    volatile double mod = fmod(x, y);
    volatile double diff = x - mod;
    volatile double div = diff / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fl;
    if (div != 0) {
        fl = es_float_floor(div);
        if (div - fl > 0.5) {
            fl += 1.0;
        }
    } else {
        fl = copysign(0.0, x / y);
    }
    *q = fl;
    *m = mod;
}

// --- x ** n in double-double arithmetic (Dekker's exact products), for C
// libraries whose pow is less accurate than glibc's (picolibc on the lx106
// misrounds x ** 3.0 one time in ten).
#ifndef ES_CFG_FLOAT_POW_LIBC
#define ES_CFG_FLOAT_POW_LIBC 1 // with glibc: use its pow (see es_float_pow)
#endif
typedef struct {
    double hi, lo;
} dd_t;

static dd_t dd_split(double x) {
    volatile double t = x * 134217729.0; // 2^27 + 1
    volatile double hi = t - (t - x);
    return (dd_t){hi, x - hi};
}

static dd_t two_prod(double a, double b) {
    dd_t x = dd_split(a), y = dd_split(b);
    volatile double p = a * b;
    double err = ((x.hi * y.hi - p) + x.hi * y.lo + x.lo * y.hi) + x.lo * y.lo;
    return (dd_t){p, err};
}

static dd_t dd_mul(dd_t a, dd_t b) {
    dd_t p = two_prod(a.hi, b.hi);
    double lo = p.lo + (a.hi * b.lo + a.lo * b.hi);
    volatile double s = p.hi + lo;
    return (dd_t){s, lo - (s - p.hi)};
}

static dd_t dd_powu(double x, uint32_t n) {
    dd_t r = {1.0, 0.0}, p = {x, 0.0};
    for (; n != 0; n >>= 1) {
        if (n & 1) {
            r = dd_mul(r, p);
        }
        if (n > 1) {
            p = dd_mul(p, p);
        }
    }
    return r;
}

// Is x ** y (y integral) safely inside the normal range for dd_powu?
static bool pow_in_range(double x, double y) {
    uint64_t mant;
    int e;
    es_dtoa_split(fabs(x), &mant, &e);
    int bits = 0;
    for (uint64_t m = mant; m; m >>= 1) {
        bits++;
    }
    double l2 = fabs((double)(e + bits)) + 1.0; // >= |log2 |x|| + 1
    return fabs(y) * l2 < 900.0;
}

double es_float_pow(double x, double y) {
#ifdef __GLIBC__
    // glibc's pow is what CPython on the host uses: match it exactly
    if (ES_CFG_FLOAT_POW_LIBC) {
        return pow(x, y);
    }
#endif
    if (!is_fin(x) || !is_fin(y) || x == 0 || es_float_trunc(y) != y
        || fabs(y) > 65536.0 || !pow_in_range(x, y)) {
        return pow(x, y);
    }
    if (y == 0) {
        return 1.0;
    }
    dd_t r = dd_powu(x, (uint32_t)fabs(y));
    if (y > 0) {
        return r.hi;
    }
    // 1 / r: q plus one Newton correction from the exact residual
    volatile double q = 1.0 / r.hi;
    dd_t t = two_prod(q, r.hi);
    double e = ((1.0 - t.hi) - t.lo) - q * r.lo;
    return q + q * e;
}

static ES_NORETURN void range_error(void) {
    es_raise_msg(&es_type_OverflowError,
        ES_ERR("(34, 'Numerical result out of range')"));
}

static es_val_t float_pow(double x, double y) {
    if (y == 0) {
        return es_float_new(1.0);
    }
    if (x != x || y != y) {
        return es_float_new(x == 1.0 ? 1.0 : NAN);
    }
    if (x == 0 && y < 0 && !isinf(y)) { // 0.0 ** -inf is inf
        es_raise_msg(&es_type_ZeroDivisionError,
            ES_ERR("0.0 cannot be raised to a negative power"));
    }
    if (x < 0 && is_fin(x) && is_fin(y) && es_float_floor(y) != y) {
        return es_complex_pow(x, 0, y, 0);
    }
    double r = es_float_pow(x, y);
    if (!is_fin(r) && is_fin(x) && is_fin(y)) {
        range_error();
    }
    return es_float_new(r);
}

// The double result of [op] (+ - * / // %) on [x] and [y] in *r; false
// for other operators. Raises ZeroDivisionError.
static bool arith_value(es_binary_op_t op, double x, double y, double *r) {
    double q, m;
    switch (op) {
    case ES_BOP_ADD: *r = x + y; return true;
    case ES_BOP_SUB: *r = x - y; return true;
    case ES_BOP_MUL: *r = x * y; return true;
    case ES_BOP_TRUEDIV:
        if (y == 0) {
            es_raise_msg(&es_type_ZeroDivisionError,
                ES_ERR("float division by zero"));
        }
        *r = x / y;
        return true;
    case ES_BOP_FLOORDIV:
        if (y == 0) {
            es_raise_msg(&es_type_ZeroDivisionError,
                ES_ERR("float floor division by zero"));
        }
        float_divmod(x, y, &q, &m);
        *r = q;
        return true;
    case ES_BOP_MOD:
        if (y == 0) {
            es_raise_msg(&es_type_ZeroDivisionError,
                ES_ERR("float modulo"));
        }
        float_divmod(x, y, &q, &m);
        *r = m;
        return true;
    default: return false;
    }
}

static es_val_t arith(es_binary_op_t op, double x, double y) {
    double r;
    if (op == ES_BOP_POW) {
        return float_pow(x, y);
    }
    return arith_value(op, x, y, &r) ? es_float_new(r) : ES_NULL;
}

es_val_t es_float_divmod(es_val_t a, es_val_t b) {
    double x, y, q, m;
    if (!(es_is_float(a) || es_is_float(b)) || !es_float_value(a, &x)
        || !es_float_value(b, &y)) {
        return ES_NULL;
    }
    if (y == 0) {
        es_raise_msg(&es_type_ZeroDivisionError, ES_ERR("float divmod()"));
    }
    float_divmod(x, y, &q, &m);
    es_val_t r[2] = {es_float_new(q), es_float_new(m)};
    return es_tuple_new(2, r);
}

static es_val_t compare_doubles(es_binary_op_t op, double x, double y) {
    switch (op) {
    case ES_BOP_LT: return es_bool(x < y);
    case ES_BOP_GT: return es_bool(x > y);
    case ES_BOP_EQ: return es_bool(x == y);
    case ES_BOP_LE: return es_bool(x <= y);
    case ES_BOP_GE: return es_bool(x >= y);
    case ES_BOP_NE: return es_bool(x != y);
    default: return ES_NULL;
    }
}

// -1, 0, 1: int [i] <=> finite double [d], exactly.
static int cmp_int_double(es_val_t i, double d) {
    double fl = es_float_floor(d);
    es_val_t fi = es_float_to_int(fl);
    if (es_binary_op(ES_BOP_LT, i, fi) == ES_TRUE) {
        return -1;
    }
    if (es_binary_op(ES_BOP_GT, i, fi) == ES_TRUE) {
        return 1;
    }
    return fl == d ? 0 : -1; // i == es_float_floor(d) < d
}

static es_val_t compare_mixed(es_binary_op_t op, es_val_t a, es_val_t b) {
    bool swap = !es_is_float(a);
    es_val_t i = swap ? a : b;
    double d = es_float_get(swap ? b : a);
    int c; // float <=> int
    if (d != d) {
        return es_bool(op == ES_BOP_NE);
    }
    if (!is_fin(d)) {
        c = d > 0 ? 1 : -1;
    } else {
        c = -cmp_int_double(i, d);
    }
    if (swap) {
        c = -c;
    }
    return compare_doubles(op, (double)c, 0.0);
}

// Is int [v] exactly a double (|v| <= 2^53), so comparing doubles is exact?
static bool is_exact_small(es_val_t v) {
    long long i;
    return es_int_get_ll(v, &i) && i <= (1LL << 53) && i >= -(1LL << 53);
}

static es_val_t float_binary_op(es_binary_op_t op, es_val_t a, es_val_t b) {
    if (op >= ES_BOP_INPLACE_OR) {
        return ES_NULL;
    }
    if (!(es_is_float(a) || es_is_int(a)) || !(es_is_float(b)
        || es_is_int(b))) {
        return ES_NULL;
    }
    if (op <= ES_BOP_NE && (!es_is_float(a) || !es_is_float(b))) {
        es_val_t i = es_is_float(a) ? b : a;
        if (!is_exact_small(i)) {
            return compare_mixed(op, a, b);
        }
    }
    double x, y;
    es_float_value(a, &x);
    es_float_value(b, &y);
    if (op <= ES_BOP_NE) {
        return compare_doubles(op, x, y);
    }
    return arith(op, x, y);
}

// A float operand of the fast path: a float, or a small int whose double
// is exact (|i| <= 2^53; on 32-bit builds every small int).
static inline bool fast_operand(es_val_t v, double *out) {
    if (es_is_small(v)) {
        es_int_t i = es_small_get(v);
        *out = (double)i;
#if INTPTR_MAX > 0x7fffffff
        return i <= ((es_int_t)1 << 53) && i >= -((es_int_t)1 << 53);
#else
        return true;
#endif
    }
    if (es_is_float(v)) {
        *out = es_float_get(v);
        return true;
    }
    return false;
}

es_val_t es_float_fast_op(es_binary_op_t op, es_val_t a, es_val_t b,
    es_val_t into) {
    double x, y, r;
    if ((es_is_small(a) && es_is_small(b)) || !fast_operand(a, &x)
        || !fast_operand(b, &y)) {
        return ES_NULL;
    }
    if (op <= ES_BOP_NE) {
        return compare_doubles(op, x, y);
    }
    if (op >= ES_BOP_INPLACE_OR) {
        op -= ES_OP_INPLACE_OFFSET; // a float has no in-place operators
    }
    if (into == ES_NULL || op == ES_BOP_POW) {
        return op >= ES_BOP_OR ? arith(op, x, y) : ES_NULL;
    }
    if (!arith_value(op, x, y, &r)) {
        return ES_NULL;
    }
    ((es_float_t *)es_obj(into))->value = r;
    return into;
}

// --- hash

#if INTPTR_MAX > 0x7fffffff
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

// CPython's _Py_HashDouble for a finite non-integral value.
static es_int_t hash_fraction(double v) {
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    if (!es_small_fits((es_int_t)x)) {
        x %= (uint64_t)ES_SMALL_MAX;
    }
    es_int_t h = (es_int_t)x * sign;
    return h == -1 ? -2 : h;
}

static es_val_t float_hash(es_val_t self) {
    double d = es_float_get(self);
    if (d != d) {
        return es_small_new((es_int_t)(self >> 4));
    }
    if (!is_fin(d)) {
        return es_small_new(d > 0 ? 314159 : -314159);
    }
    if (es_float_floor(d) == d) {
        return es_small_new(es_int_hash(es_float_to_int(d)));
    }
    return es_small_new(hash_fraction(d));
}

static es_val_t float_unary_op(es_unary_op_t op, es_val_t self) {
    double d = es_float_get(self);
    switch (op) {
    case ES_UOP_POS: return self;
    case ES_UOP_NEG: return es_float_new(-d);
    case ES_UOP_ABS: return es_float_new(fabs(d));
    case ES_UOP_BOOL: return es_bool(d != 0);
    case ES_UOP_HASH: return float_hash(self);
    default: return ES_NULL;
    }
}

// --- methods

static double self_value(es_val_t self) {
    if (!es_is_float(self)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("descriptor requires a "
            "'float' object but received a '%T'"), self);
    }
    return es_float_get(self);
}

static es_val_t float_is_integer(es_val_t self) {
    double d = self_value(self);
    return es_bool(is_fin(d) && es_float_floor(d) == d);
}
static ES_FUN_1(fun_is_integer, float_is_integer);

static es_val_t float_as_integer_ratio(es_val_t self) {
    double d = self_value(self);
    if (d != d) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("cannot convert NaN to integer ratio"));
    }
    if (!is_fin(d)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("cannot convert Infinity to integer ratio"));
    }
    es_val_t r[2] = {es_small_new(0), es_small_new(1)};
    if (d != 0) {
        uint64_t mant;
        int e;
        es_dtoa_split(fabs(d), &mant, &e);
        while (e < 0 && (mant & 1) == 0) {
            mant >>= 1;
            e++;
        }
        es_val_t m = es_int_from_ull(mant);
        es_val_t p = es_binary_op(ES_BOP_LSHIFT, es_small_new(1),
            es_small_new(e < 0 ? -e : e));
        r[0] = e >= 0 ? es_binary_op(ES_BOP_MUL, m, p) : m;
        r[1] = e >= 0 ? es_small_new(1) : p;
        if (d < 0) {
            r[0] = es_binary_op(ES_BOP_SUB, es_small_new(0), r[0]);
        }
    }
    return es_tuple_new(2, r);
}
static ES_FUN_1(fun_as_integer_ratio, float_as_integer_ratio);

static es_val_t float_int(es_val_t self) {
    return es_float_to_int(self_value(self));
}
static ES_FUN_1(fun_int, float_int);

static es_val_t float_float(es_val_t self) {
    return es_float_new(self_value(self));
}
static ES_FUN_1(fun_float, float_float);

static es_val_t float_floor(es_val_t self) {
    return es_float_to_int(es_float_floor(self_value(self)));
}
static ES_FUN_1(fun_floor, float_floor);

static es_val_t float_ceil(es_val_t self) {
    return es_float_to_int(es_float_ceil(self_value(self)));
}
static ES_FUN_1(fun_ceil, float_ceil);

static es_val_t float_conjugate(es_val_t self) {
    return es_float_new(self_value(self));
}
static ES_FUN_1(fun_conjugate, float_conjugate);

// round(x): nearest int, halves to even.
static es_val_t round_to_int(double d) {
    double r = es_float_floor(d);
    double diff = d - r;
    if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0)) {
        r += 1.0;
    }
    return es_float_to_int(r);
}

// round(x, n): the exact decimal value rounded half to even at 10^-n, read
// back correctly rounded (CPython's dtoa-based algorithm).
static double round_digits(double d, es_int_t nd) {
    if (!is_fin(d) || d == 0 || nd > 323) {
        return d;
    }
    if (nd < -308) {
        return copysign(0.0, d);
    }
    es_vstr_t dg;
    es_vstr_init(&dg, 32);
    es_vstr_add(&dg, "0.", 2);
    int decpt;
    size_t n = es_dtoa_fixed(fabs(d), 'f', (int)nd, &dg, &decpt);
    if (n == 0) {
        return copysign(0.0, d);
    }
    // "0.DIGITSe<decpt>"
    es_print_t p;
    es_vstr_printer(&dg, &p);
    es_printf(&p, "e%d", decpt);
    double r;
    es_strtod(dg.buf, dg.len, false, &r);
    if (!is_fin(r)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("rounded value too large to represent"));
    }
    return copysign(r, d);
}

static es_val_t float_round(size_t n_args, const es_val_t *args) {
    double d = self_value(args[0]);
    if (n_args < 2 || args[1] == ES_NONE) {
        return round_to_int(d);
    }
    es_int_t nd;
    es_val_t n = es_index_of(args[1]); // an int, class I(int), __index__
    if (n == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object cannot be "
            "interpreted as an integer"), args[1]);
    }
    if (!es_int_get_checked(n, &nd)) {
        nd = es_int_sign(n) > 0 ? 400 : -400;
    }
    return es_float_new(round_digits(d, nd));
}
static ES_FUN_VAR(fun_round, 1, 2, float_round);

static es_val_t float_format_method(es_val_t self, es_val_t spec) {
    double d = self_value(self);
    if (!es_is_str(spec)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("__format__() argument must "
            "be str, not %T"), spec);
    }
    size_t len;
    const char *s = es_str_data(spec, &len);
    es_vstr_t out;
    es_print_t p;
    es_vstr_init(&out, 32);
    es_vstr_printer(&out, &p);
    if (len == 0) {
        es_float_print(&p, d, true);
    } else {
        es_fmt_spec_t fs;
        es_format_parse(s, len, self, &fs);
        es_float_format(&p, d, &fs);
    }
    return es_vstr_to_str(&out);
}
static ES_FUN_2(fun_format, float_format_method);

// --- special methods (float.__add__(x, y), super().__add__ in subclasses):
// the operator code itself; NotImplemented for other types.

static void need_float(es_val_t self, const char *name) {
    if (!es_is_float(self)) {
        es_raise_self_type(name, ES_Q(float), self);
    }
}

static es_val_t dunder_bin(es_binary_op_t op, es_val_t self, es_val_t other,
    bool reflected, const char *name) {
    need_float(self, name);
    es_val_t r = reflected ? float_binary_op(op, other, self)
        : float_binary_op(op, self, other);
    return r == ES_NULL ? ES_NOT_IMPLEMENTED : r;
}

#define BINOP(name, op) \
    static es_val_t dn_##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, false, "__" #name "__"); \
    } \
    static es_val_t dn_r##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, true, "__r" #name "__"); \
    } \
    static ES_FUN_2(fun_##name, dn_##name); \
    static ES_FUN_2(fun_r##name, dn_r##name);
#define CMPOP(name, op) \
    static es_val_t dn_##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, false, "__" #name "__"); \
    } \
    static ES_FUN_2(fun_##name, dn_##name);
#define UNOP(name, op) \
    static es_val_t dn_##name(es_val_t a) { \
        need_float(a, "__" #name "__"); \
        return float_unary_op(op, a); \
    } \
    static ES_FUN_1(fun_##name, dn_##name);
BINOP(add, ES_BOP_ADD)
BINOP(sub, ES_BOP_SUB)
BINOP(mul, ES_BOP_MUL)
BINOP(truediv, ES_BOP_TRUEDIV)
BINOP(floordiv, ES_BOP_FLOORDIV)
BINOP(mod, ES_BOP_MOD)
CMPOP(lt, ES_BOP_LT)
CMPOP(le, ES_BOP_LE)
CMPOP(eq, ES_BOP_EQ)
CMPOP(ne, ES_BOP_NE)
CMPOP(gt, ES_BOP_GT)
CMPOP(ge, ES_BOP_GE)
UNOP(neg, ES_UOP_NEG)
UNOP(pos, ES_UOP_POS)
UNOP(abs, ES_UOP_ABS)
UNOP(bool, ES_UOP_BOOL)
UNOP(hash, ES_UOP_HASH)

// __pow__(other, mod=None) / __rpow__: a modulus is a TypeError for floats.
static es_val_t pow_meth(size_t n_args, const es_val_t *args, bool refl) {
    need_float(args[0], refl ? "__rpow__" : "__pow__");
    if (n_args == 3 && args[2] != ES_NONE) {
        es_raise_msg(&es_type_TypeError, ES_ERR("pow() 3rd argument not "
            "allowed unless all arguments are integers"));
    }
    return dunder_bin(ES_BOP_POW, args[0], args[1], refl, "__pow__");
}
static es_val_t float_pow_meth(size_t n_args, const es_val_t *args) {
    return pow_meth(n_args, args, false);
}
static es_val_t float_rpow_meth(size_t n_args, const es_val_t *args) {
    return pow_meth(n_args, args, true);
}
static ES_FUN_VAR(fun_pow, 2, 3, float_pow_meth);
static ES_FUN_VAR(fun_rpow, 2, 3, float_rpow_meth);

static es_val_t divmod_meth(es_val_t a, es_val_t b, bool refl) {
    need_float(a, refl ? "__rdivmod__" : "__divmod__");
    es_val_t r = refl ? es_float_divmod(b, a) : es_float_divmod(a, b);
    return r == ES_NULL ? ES_NOT_IMPLEMENTED : r;
}
static es_val_t float_divmod_meth(es_val_t a, es_val_t b) {
    return divmod_meth(a, b, false);
}
static es_val_t float_rdivmod_meth(es_val_t a, es_val_t b) {
    return divmod_meth(a, b, true);
}
static ES_FUN_2(fun_divmod, float_divmod_meth);
static ES_FUN_2(fun_rdivmod, float_rdivmod_meth);

static es_val_t float_load_attr(es_val_t self, es_qstr_t name) {
    if (name == ES_Q(real)) {
        return self;
    }
    if (name == ES_Q(imag)) {
        return es_float_new(0.0);
    }
    return ES_NULL;
}

static const es_map_elem_t float_locals_table[] = {
    {ES_QV(is_integer), ES_PTR(&fun_is_integer)},
    {ES_QV(as_integer_ratio), ES_PTR(&fun_as_integer_ratio)},
    {ES_QV(hex), ES_PTR(&es_float_hex_obj)},
    {ES_QV(fromhex), ES_PTR(&es_float_fromhex_obj)},
    {ES_QV(conjugate), ES_PTR(&fun_conjugate)},
    {ES_QV(__int__), ES_PTR(&fun_int)},
    {ES_QV(__trunc__), ES_PTR(&fun_int)},
    {ES_QV(__float__), ES_PTR(&fun_float)},
    {ES_QV(__floor__), ES_PTR(&fun_floor)},
    {ES_QV(__ceil__), ES_PTR(&fun_ceil)},
    {ES_QV(__round__), ES_PTR(&fun_round)},
    {ES_QV(__format__), ES_PTR(&fun_format)},
    {ES_QV(__add__), ES_PTR(&fun_add)},
    {ES_QV(__radd__), ES_PTR(&fun_radd)},
    {ES_QV(__sub__), ES_PTR(&fun_sub)},
    {ES_QV(__rsub__), ES_PTR(&fun_rsub)},
    {ES_QV(__mul__), ES_PTR(&fun_mul)},
    {ES_QV(__rmul__), ES_PTR(&fun_rmul)},
    {ES_QV(__truediv__), ES_PTR(&fun_truediv)},
    {ES_QV(__rtruediv__), ES_PTR(&fun_rtruediv)},
    {ES_QV(__floordiv__), ES_PTR(&fun_floordiv)},
    {ES_QV(__rfloordiv__), ES_PTR(&fun_rfloordiv)},
    {ES_QV(__mod__), ES_PTR(&fun_mod)},
    {ES_QV(__rmod__), ES_PTR(&fun_rmod)},
    {ES_QV(__pow__), ES_PTR(&fun_pow)},
    {ES_QV(__rpow__), ES_PTR(&fun_rpow)},
    {ES_QV(__divmod__), ES_PTR(&fun_divmod)},
    {ES_QV(__rdivmod__), ES_PTR(&fun_rdivmod)},
    {ES_QV(__lt__), ES_PTR(&fun_lt)},
    {ES_QV(__le__), ES_PTR(&fun_le)},
    {ES_QV(__eq__), ES_PTR(&fun_eq)},
    {ES_QV(__ne__), ES_PTR(&fun_ne)},
    {ES_QV(__gt__), ES_PTR(&fun_gt)},
    {ES_QV(__ge__), ES_PTR(&fun_ge)},
    {ES_QV(__neg__), ES_PTR(&fun_neg)},
    {ES_QV(__pos__), ES_PTR(&fun_pos)},
    {ES_QV(__abs__), ES_PTR(&fun_abs)},
    {ES_QV(__bool__), ES_PTR(&fun_bool)},
    {ES_QV(__hash__), ES_PTR(&fun_hash)},
};
static ES_CONST_DICT(float_locals, float_locals_table);

const es_type_t es_type_float = {
    .base = {&es_type_type},
    .name = ES_Q(float),
    .flags = ES_TYPE_BASETYPE,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op,
    .load_attr = float_load_attr,
    .locals = ES_PTR(&float_locals),
};
