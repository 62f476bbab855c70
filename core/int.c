// SPDX-License-Identifier: MIT
// int arithmetic: the binary and unary operator slots of int (and bool),
// with small-int fast paths and big-int general paths. The representation
// and its one invariant (normalization: small range <=> small int) are in
// int.h; digit arithmetic is core/bigint.c; conversions are int_conv.c and
// the type object, constructor and methods int_type.c.
//
// The general paths work on views (int_priv.h): sign + digit array for any
// int, small ints included, so each operation has one big-int algorithm and
// every result goes through es_int_done, which normalizes.
#include <limits.h>
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "int_priv.h"
#include "rom.h"
#include "runtime.h"

#define WORD_BITS (sizeof(es_int_t) * 8)

bool es_is_int(es_val_t v) {
    return es_is_small(v) || v == ES_TRUE || v == ES_FALSE || es_is_bigint(v);
}

void es_int_view(es_int_view_t *v, es_val_t x) {
    if (es_is_bigint(x)) {
        const es_bigint_t *b = (const es_bigint_t *)es_obj(x);
        v->d = b->d;
        v->len = b->len;
        v->neg = b->neg != 0;
        return;
    }
    es_int_t i = es_small_get(es_int_unbool(x));
    uintptr_t u = i < 0 ? -(uintptr_t)i : (uintptr_t)i;
    size_t n = 0;
    while (u != 0) {
        v->buf[n++] = (es_digit_t)u;
        u >>= ES_DIGIT_BITS;
    }
    v->d = v->buf;
    v->len = n;
    v->neg = i < 0;
}

es_bigint_t *es_int_alloc(size_t len) {
    if (len > (SIZE_MAX / 4 - sizeof(es_bigint_t)) / sizeof(es_digit_t)
        || len > UINT32_MAX) {
        es_raise_mem_error();
    }
    es_bigint_t *b = es_gc_alloc(sizeof(es_bigint_t) + len * sizeof(es_digit_t),
        ES_GC_LEAF);
    b->base.type = &es_type_int;
    return b;
}

es_val_t es_int_copy_rom(es_val_t v) {
    const es_bigint_t *src = (const es_bigint_t *)v;
    es_bigint_t *b = es_int_alloc(src->len);
    es_rom_memcpy(b->d, src->d, src->len * sizeof(es_digit_t));
    b->len = src->len;
    b->neg = src->neg;
    return es_val(b);
}

es_val_t es_int_done(es_bigint_t *b, size_t len, bool neg) {
    ES_ASSERT(b->base.type == &es_type_int);
    len = es_bigint_norm(b->d, len);
    if (len <= ES_INT_SMALL_DIGITS) {
        uintptr_t u = 0;
        for (size_t i = len; i-- > 0;) {
            u = (u << ES_DIGIT_BITS) | b->d[i];
        }
        if (u <= (uintptr_t)ES_SMALL_MAX + neg) {
            es_gc_free(b);
            return es_small_new(neg ? (es_int_t)(0 - u) : (es_int_t)u);
        }
    }
    b->len = (uint32_t)len;
    b->neg = neg;
    return es_val(b);
}

es_val_t es_int_from_digits(const es_digit_t *d, size_t len, bool neg) {
    len = es_bigint_norm(d, len);
    es_bigint_t *b = es_int_alloc(len);
    memcpy(b->d, d, len * sizeof(es_digit_t));
    return es_int_done(b, len, neg);
}

es_val_t es_int_from_ull(unsigned long long ull) {
    if (ull <= (unsigned long long)ES_SMALL_MAX) {
        return es_small_new((es_int_t)ull);
    }
    es_digit_t d[(sizeof(ull) * 8) / ES_DIGIT_BITS];
    size_t n = 0;
    for (; ull != 0; ull >>= ES_DIGIT_BITS) {
        d[n++] = (es_digit_t)ull;
    }
    return es_int_from_digits(d, n, false);
}

es_val_t es_int_from_ll(long long ll) {
    if (ll >= ES_SMALL_MIN && ll <= ES_SMALL_MAX) {
        return es_small_new((es_int_t)ll);
    }
    unsigned long long u = ll < 0 ? 0 - (unsigned long long)ll
        : (unsigned long long)ll;
    es_val_t v = es_int_from_ull(u);
    return ll < 0 ? es_int_neg(v) : v;
}

es_val_t es_int_from(es_int_t i) {
    return es_small_fits(i) ? es_small_new(i) : es_int_from_ll(i);
}

// --- addition and subtraction

// a + b, or a - b when [sub]: signed magnitude addition.
static es_val_t add_general(es_val_t a, es_val_t b, bool sub) {
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    bool bneg = vb.neg != sub;
    if (va.neg == bneg) {
        es_bigint_t *r = es_int_alloc((va.len > vb.len ? va.len : vb.len) + 1);
        size_t n = es_bigint_add(r->d, va.d, va.len, vb.d, vb.len);
        return es_int_done(r, n, va.neg);
    }
    int c = es_bigint_cmp(va.d, va.len, vb.d, vb.len);
    if (c == 0) {
        return es_small_new(0);
    }
    const es_int_view_t *hi = c > 0 ? &va : &vb, *lo = c > 0 ? &vb : &va;
    es_bigint_t *r = es_int_alloc(hi->len);
    size_t n = es_bigint_sub(r->d, hi->d, hi->len, lo->d, lo->len);
    return es_int_done(r, n, c > 0 ? va.neg : bneg);
}

es_val_t es_int_add(es_val_t a, es_val_t b) {
    if (es_is_small(a) && es_is_small(b)) {
        return es_int_from(es_small_get(a) + es_small_get(b));
    }
    return add_general(a, b, false);
}

es_val_t es_int_sub(es_val_t a, es_val_t b) {
    if (es_is_small(a) && es_is_small(b)) {
        return es_int_from(es_small_get(a) - es_small_get(b));
    }
    return add_general(a, b, true);
}

es_val_t es_int_neg(es_val_t a) {
    if (es_is_small(a)) {
        return es_int_from(-es_small_get(a));
    }
    es_int_view_t va;
    es_int_view(&va, a);
    return es_int_from_digits(va.d, va.len, !va.neg);
}

// --- multiplication

es_val_t es_int_mul(es_val_t a, es_val_t b) {
    es_int_t r;
    if (es_is_small(a) && es_is_small(b)
        && !__builtin_mul_overflow(es_small_get(a), es_small_get(b), &r)) {
        return es_int_from(r);
    }
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    if (va.len == 0 || vb.len == 0) {
        return es_small_new(0);
    }
    es_bigint_t *p = es_int_alloc(va.len + vb.len);
    es_digit_t *scratch = NULL;
    if (va.len >= ES_BIGINT_KARATSUBA && vb.len >= ES_BIGINT_KARATSUBA) {
        scratch = es_gc_alloc(es_bigint_mul_scratch(va.len, vb.len)
            * sizeof(es_digit_t), ES_GC_LEAF);
    }
    size_t n = es_bigint_mul(p->d, va.d, va.len, vb.d, vb.len, scratch);
    es_gc_free(scratch);
    return es_int_done(p, n, va.neg != vb.neg);
}

// --- floor division and modulo

// Magnitude division: q = |a| / |b| into qb, r = |a| % |b| into rb. Returns
// the lengths through *nq and *nr.
static void divmod_mag(const es_int_view_t *va, const es_int_view_t *vb,
    es_digit_t *q, size_t *nq, es_digit_t *r, size_t *nr) {
    if (es_bigint_cmp(va->d, va->len, vb->d, vb->len) < 0) {
        *nq = 0;
        memcpy(r, va->d, va->len * sizeof(es_digit_t));
        *nr = va->len;
    } else if (vb->len == 1) {
        r[0] = es_bigint_divmod_digit(q, va->d, va->len, vb->d[0]);
        *nq = es_bigint_norm(q, va->len);
        *nr = es_bigint_norm(r, 1);
    } else {
        es_digit_t *scratch = es_gc_alloc((va->len + vb->len + 1)
            * sizeof(es_digit_t), ES_GC_LEAF);
        es_bigint_divmod(q, r, va->d, va->len, vb->d, vb->len, scratch);
        es_gc_free(scratch);
        *nq = es_bigint_norm(q, va->len - vb->len + 1);
        *nr = es_bigint_norm(r, vb->len);
    }
    ES_ASSERT(es_bigint_cmp(r, *nr, vb->d, vb->len) < 0);
}

static void divmod_general(es_val_t a, es_val_t b, es_val_t *q, es_val_t *r) {
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    size_t qroom = va.len >= vb.len ? va.len - vb.len + 2 : 2;
    es_bigint_t *qb = es_int_alloc(qroom), *rb = es_int_alloc(vb.len);
    size_t nq, nr;
    divmod_mag(&va, &vb, qb->d, &nq, rb->d, &nr);
    ES_ASSERT(nq < qroom);
    if (nr != 0 && va.neg != vb.neg) {
        // Floor: the quotient rounds away from zero, r becomes |b| - r.
        const es_digit_t one = 1; // on the stack: flash reads only as words
        nq = es_bigint_add(qb->d, qb->d, nq, &one, 1);
        nr = es_bigint_sub(rb->d, vb.d, vb.len, rb->d, nr);
    }
    if (q != NULL) {
        *q = es_int_done(qb, nq, va.neg != vb.neg);
    }
    if (r != NULL) {
        *r = es_int_done(rb, nr, vb.neg);
    }
}

void es_int_divmod(es_val_t a, es_val_t b, es_val_t *q, es_val_t *r,
    const char *zmsg) {
    if (b == es_small_new(0)) {
        es_raise_msg(&es_type_ZeroDivisionError, zmsg);
    }
    if (es_is_small(a) && es_is_small(b)) {
        es_int_t x = es_small_get(a), y = es_small_get(b);
        es_int_t qq = x / y, rr = x % y;
        if (rr != 0 && (rr < 0) != (y < 0)) {
            qq--;
            rr += y;
        }
        if (q != NULL) {
            *q = es_int_from(qq); // SMALL_MIN // -1 leaves the small range
        }
        if (r != NULL) {
            *r = es_small_new(rr);
        }
        return;
    }
    divmod_general(a, b, q, r);
}

// --- comparison

int es_int_cmp(es_val_t a, es_val_t b) {
    if (es_is_small(a) && es_is_small(b)) {
        es_int_t x = es_small_get(a), y = es_small_get(b);
        return (x > y) - (x < y);
    }
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    if (va.neg != vb.neg) {
        return va.neg ? -1 : 1;
    }
    int c = es_bigint_cmp(va.d, va.len, vb.d, vb.len);
    return va.neg ? -c : c;
}

// --- shifts

// The shift count [b] as a size_t; *huge when it is too large for one
// (then only a == 0 or a right shift has a result).
static size_t shift_count(es_val_t b, bool *huge) {
    if (es_int_sign(b) < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("negative shift count"));
    }
    es_int_t s;
    *huge = !es_int_get_checked(b, &s);
    return *huge ? 0 : (size_t)s;
}

static es_val_t lshift(es_val_t a, es_val_t b) {
    bool huge;
    size_t s = shift_count(b, &huge);
    if (a == es_small_new(0)) {
        return a;
    }
    if (huge) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("too many digits in integer"));
    }
    if (es_is_small(a) && s < WORD_BITS - 1) {
        es_int_t x = es_small_get(a);
        if (x >= (ES_SMALL_MIN >> s) && x <= (ES_SMALL_MAX >> s)) {
            return es_small_new(x * ((es_int_t)1 << s));
        }
    }
    es_int_view_t va;
    es_int_view(&va, a);
    es_bigint_t *r = es_int_alloc(va.len + s / ES_DIGIT_BITS + 1);
    size_t n = es_bigint_shl(r->d, va.d, va.len, s);
    return es_int_done(r, n, va.neg);
}

static es_val_t rshift(es_val_t a, es_val_t b) {
    bool huge;
    size_t s = shift_count(b, &huge);
    if (es_is_small(a)) {
        es_int_t x = es_small_get(a);
        if (huge || s >= WORD_BITS) {
            return es_small_new(x < 0 ? -1 : 0);
        }
        // Floor for negatives without relying on arithmetic >> of signed.
        return es_small_new(x < 0 ? ~(~x >> s) : x >> s);
    }
    es_int_view_t va;
    es_int_view(&va, a);
    if (huge) {
        return es_small_new(va.neg ? -1 : 0);
    }
    es_bigint_t *r = es_int_alloc(va.len + 1);
    bool lost;
    size_t n = es_bigint_shr(r->d, va.d, va.len, s, &lost);
    if (va.neg && lost) { // floor: -(|a| >> s) - 1 when bits were lost
        const es_digit_t one = 1; // on the stack: flash reads only as words
        n = es_bigint_add(r->d, r->d, n, &one, 1);
    }
    return es_int_done(r, n, va.neg);
}

// --- bitwise

static es_val_t bitop(es_bigint_bitop_t op, es_val_t a, es_val_t b) {
    if (es_is_small(a) && es_is_small(b)) {
        es_int_t x = es_small_get(a), y = es_small_get(b);
        return es_small_new(op == ES_BIGINT_AND ? x & y
            : op == ES_BIGINT_OR ? x | y : x ^ y);
    }
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    es_bigint_t *r = es_int_alloc((va.len > vb.len ? va.len : vb.len) + 1);
    bool neg;
    size_t n = es_bigint_bitop(op, r->d, va.d, va.len, va.neg, vb.d, vb.len,
        vb.neg, &neg);
    return es_int_done(r, n, neg);
}

static es_val_t invert(es_val_t a) {
    if (es_is_small(a)) {
        return es_small_new(~es_small_get(a));
    }
    return es_int_neg(es_int_add(a, es_small_new(1)));
}

// --- power (non-negative exponent; pow with a modulus is in int_type.c)

// a ** b for small operands when the result fits es_int_t; else ES_NULL.
static es_val_t pow_small(es_int_t x, es_int_t e) {
    es_int_t r = 1;
    while (true) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r)) {
            return ES_NULL;
        }
        e >>= 1;
        if (e == 0) {
            return es_int_from(r);
        }
        if (__builtin_mul_overflow(x, x, &x)) {
            return ES_NULL;
        }
    }
}

static es_val_t pow_general(es_val_t a, es_val_t b) {
    if (es_is_small(b) && es_is_small(a)) {
        es_val_t r = pow_small(es_small_get(a), es_small_get(b));
        if (r != ES_NULL) {
            return r;
        }
    }
    if (a == es_small_new(0) || a == es_small_new(1)) {
        return b == es_small_new(0) ? es_small_new(1) : a;
    }
    es_int_view_t vb;
    es_int_view(&vb, b);
    // Left to right binary exponentiation over the bits of b.
    es_val_t r = es_small_new(1);
    for (size_t i = es_bigint_bit_length(vb.d, vb.len); i-- > 0;) {
        r = es_int_mul(r, r);
        if ((vb.d[i / ES_DIGIT_BITS] >> (i % ES_DIGIT_BITS)) & 1) {
            r = es_int_mul(r, a);
        }
    }
    return r;
}

// The float constructor of core/float.c, weak until floats exist; without
// it, int operations with a float result raise NotImplementedError.
extern es_val_t es_float_new(double d) __attribute__((weak));

static es_val_t make_float(double d) {
    if (es_float_new == NULL) { // TODO(floats): drop with the float type
        es_raise_msg(&es_type_NotImplementedError, ES_ERR("float"));
    }
    return es_float_new(d);
}

// a ** b for b < 0 is float(a) ** float(b) in CPython. When both are
// exact doubles (53 bits or fewer) this is 1 / a ** -b correctly rounded,
// computed here exactly so the result does not depend on the C library's
// pow (the chip's is less accurate than glibc's); a ** -b beyond 1100 bits
// gives a signed zero. Other operands go to the float type.
static es_val_t pow_negative(es_val_t a, es_val_t b) {
    if (es_int_sign(a) == 0) {
        es_raise_msg(&es_type_ZeroDivisionError,
            ES_ERR("0.0 cannot be raised to a negative power"));
    }
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    size_t abits = es_bigint_bit_length(va.d, va.len);
    size_t bbits = es_bigint_bit_length(vb.d, vb.len);
    if (abits > 53 || bbits > 53) {
        es_val_t fa = make_float(es_int_to_double(a));
        return es_binary_op(ES_BOP_POW, fa, make_float(es_int_to_double(b)));
    }
    bool neg = va.neg && (vb.d[0] & 1);
    if (abits == 1) {
        return make_float(neg ? -1.0 : 1.0);
    }
    es_int_t n = es_is_small(b) ? -es_small_get(b) : ES_SMALL_MAX;
    if ((size_t)n > 1100 / (abits - 1)) {
        return make_float(neg ? -0.0 : 0.0);
    }
    es_val_t p = pow_general(a, es_small_new(n));
    return make_float(es_int_true_divide(es_small_new(1), p));
}

static es_val_t int_pow(es_val_t a, es_val_t b) {
    return es_int_sign(b) < 0 ? pow_negative(a, b) : pow_general(a, b);
}

static es_val_t true_div(es_val_t a, es_val_t b) {
    return make_float(es_int_true_divide(a, b));
}

// --- the operator slots

static es_val_t arith(es_binary_op_t op, es_val_t a, es_val_t b) {
    es_val_t r;
    switch (op) {
        case ES_BOP_OR: return bitop(ES_BIGINT_OR, a, b);
        case ES_BOP_XOR: return bitop(ES_BIGINT_XOR, a, b);
        case ES_BOP_AND: return bitop(ES_BIGINT_AND, a, b);
        case ES_BOP_LSHIFT: return lshift(a, b);
        case ES_BOP_RSHIFT: return rshift(a, b);
        case ES_BOP_ADD: return es_int_add(a, b);
        case ES_BOP_SUB: return es_int_sub(a, b);
        case ES_BOP_MUL: return es_int_mul(a, b);
        case ES_BOP_FLOORDIV:
            es_int_divmod(a, b, &r, NULL,
                ES_ERR("integer division or modulo by zero"));
            return r;
        case ES_BOP_TRUEDIV: return true_div(a, b);
        case ES_BOP_MOD:
            es_int_divmod(a, b, NULL, &r, ES_ERR("integer modulo by zero"));
            return r;
        case ES_BOP_POW: return int_pow(a, b);
        default: return ES_NULL; // @ and the others: not for ints
    }
}

static es_val_t compare(es_binary_op_t op, es_val_t a, es_val_t b) {
    int c = es_int_cmp(a, b);
    switch (op) {
        case ES_BOP_LT: return es_bool(c < 0);
        case ES_BOP_GT: return es_bool(c > 0);
        case ES_BOP_EQ: return es_bool(c == 0);
        case ES_BOP_LE: return es_bool(c <= 0);
        case ES_BOP_GE: return es_bool(c >= 0);
        default: return es_bool(c != 0);
    }
}

es_val_t es_int_binary_op(es_binary_op_t op, es_val_t a, es_val_t b) {
    if (!es_is_int(a) || !es_is_int(b)) {
        return ES_NULL;
    }
    a = es_int_unbool(a);
    b = es_int_unbool(b);
    if (op <= ES_BOP_NE) {
        return compare(op, a, b);
    }
    if (op >= ES_BOP_INPLACE_OR && op < ES_N_BOPS) {
        op -= ES_OP_INPLACE_OFFSET;
    }
    if (op >= ES_BOP_OR) {
        return arith(op, a, b);
    }
    return ES_NULL; // in, is, exception match: not ours
}

es_val_t es_int_unary_op(es_unary_op_t op, es_val_t v) {
    v = es_int_unbool(v);
    switch (op) {
        case ES_UOP_POS: return v;
        case ES_UOP_NEG: return es_int_neg(v);
        case ES_UOP_INVERT: return invert(v);
        case ES_UOP_ABS: return es_int_sign(v) < 0 ? es_int_neg(v) : v;
        case ES_UOP_BOOL: return es_bool(v != es_small_new(0));
        case ES_UOP_HASH: return es_small_new(es_int_hash(v));
        default: return ES_NULL;
    }
}

int es_int_sign(es_val_t v) {
    v = es_int_unbool(v);
    if (es_is_small(v)) {
        es_int_t i = es_small_get(v);
        return (i > 0) - (i < 0);
    }
    return ((const es_bigint_t *)es_obj(v))->neg ? -1 : 1;
}

bool es_int_get_checked(es_val_t v, es_int_t *out) {
    long long ll;
    if (!es_int_get_ll(v, &ll) || ll < INTPTR_MIN || ll > INTPTR_MAX) {
        return false;
    }
    *out = (es_int_t)ll;
    return true;
}

bool es_int_get_ll(es_val_t v, long long *out) {
    if (!es_is_int(v)) {
        return false;
    }
    v = es_int_unbool(v);
    if (es_is_small(v)) {
        *out = es_small_get(v);
        return true;
    }
    const es_bigint_t *b = (const es_bigint_t *)es_obj(v);
    if (b->len * ES_DIGIT_BITS > sizeof(long long) * 8) {
        return false;
    }
    unsigned long long u = 0;
    for (size_t i = b->len; i-- > 0;) {
        u = (u << ES_DIGIT_BITS) | b->d[i];
    }
    if (u > (unsigned long long)LLONG_MAX + b->neg) {
        return false;
    }
    *out = b->neg ? (long long)(0 - u) : (long long)u;
    return true;
}
