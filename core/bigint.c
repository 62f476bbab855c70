// SPDX-License-Identifier: MIT
// Magnitude arithmetic on 16-bit digit arrays (see bigint.h for the buffer
// contracts). Every product of two digits plus two carries fits 32 bits:
// (2^16-1)^2 + 2 * (2^16-1) = 2^32 - 1, which is what the inner loops rely
// on. Division is Knuth's algorithm D (TAOCP 4.3.1) in the form of Hacker's
// Delight's divmnu. Nothing here recurses except Karatsuba, whose depth is
// log2 of the operand size.
#include <string.h>

#include "bigint.h"
#include "config.h"

size_t es_bigint_norm(const es_digit_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int es_bigint_cmp(const es_digit_t *a, size_t na, const es_digit_t *b,
    size_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    while (na-- > 0) {
        if (a[na] != b[na]) {
            return a[na] < b[na] ? -1 : 1;
        }
    }
    return 0;
}

size_t es_bigint_add(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb) {
    if (na < nb) {
        const es_digit_t *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    es_ddigit_t carry = 0;
    size_t i;
    for (i = 0; i < nb; i++) {
        carry += (es_ddigit_t)a[i] + b[i];
        r[i] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
    r[na] = (es_digit_t)carry;
    return es_bigint_norm(r, na + 1);
}

size_t es_bigint_sub(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb) {
    ES_ASSERT(es_bigint_cmp(a, es_bigint_norm(a, na), b,
        es_bigint_norm(b, nb)) >= 0);
    es_ddigit_t borrow = 0;
    size_t i;
    for (i = 0; i < nb; i++) {
        es_ddigit_t x = a[i], y = (es_ddigit_t)b[i] + borrow;
        r[i] = (es_digit_t)(x - y);
        borrow = x < y;
    }
    for (; i < na; i++) {
        es_ddigit_t x = a[i];
        r[i] = (es_digit_t)(x - borrow);
        borrow = x < borrow;
    }
    return es_bigint_norm(r, na);
}

// r[0..na+nb) = a * b, schoolbook, na >= 1. The first row sets r[0..nb],
// each later row adds into r[i..i+nb) and sets r[i+nb] (no clearing
// pass over r first).
static void mul_school(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb) {
    es_ddigit_t a0 = a[0], carry = 0;
    for (size_t j = 0; j < nb; j++) {
        carry += a0 * b[j];
        r[j] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
    r[nb] = (es_digit_t)carry;
    for (size_t i = 1; i < na; i++) {
        es_ddigit_t ai = a[i];
        carry = 0;
        if (ai != 0) {
            for (size_t j = 0; j < nb; j++) {
                carry += ai * b[j] + r[i + j];
                r[i + j] = (es_digit_t)carry;
                carry >>= ES_DIGIT_BITS;
            }
        }
        r[i + nb] = (es_digit_t)carry;
    }
}

// r[0..n) += a[0..na), na <= n; the carry out of r[n-1] is dropped (the
// callers know the true sum fits).
static void add_into(es_digit_t *r, size_t n, const es_digit_t *a, size_t na) {
    es_ddigit_t carry = 0;
    size_t i;
    for (i = 0; i < na; i++) {
        carry += (es_ddigit_t)r[i] + a[i];
        r[i] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
    for (; carry && i < n; i++) {
        carry += r[i];
        r[i] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
}

// r[0..n) -= a[0..na), na <= n; r >= a is known.
static void sub_from(es_digit_t *r, size_t n, const es_digit_t *a, size_t na) {
    es_ddigit_t borrow = 0;
    size_t i;
    for (i = 0; i < na; i++) {
        es_ddigit_t x = r[i], y = (es_ddigit_t)a[i] + borrow;
        r[i] = (es_digit_t)(x - y);
        borrow = x < y;
    }
    for (; borrow && i < n; i++) {
        es_ddigit_t x = r[i];
        r[i] = (es_digit_t)(x - 1);
        borrow = x == 0;
    }
}

size_t es_bigint_mul_scratch(size_t na, size_t nb) {
    // A Karatsuba level on n digits takes 4 * ceil(n/2) + 4 digits and
    // recurses on ceil(n/2) + 1; an unbalanced product (2 nb + the balanced
    // need of nb) never needs more than the level of its larger operand.
    size_t n = na > nb ? na : nb, total = 0;
    while (n >= ES_BIGINT_KARATSUBA) {
        size_t h = (n + 1) / 2;
        total += 4 * h + 4;
        n = h + 1;
    }
    return total;
}

static void mul_rec(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb, es_digit_t *scratch);

// Karatsuba on nb <= na < 2 nb: a = a1 B^h + a0, b = b1 B^h + b0,
// ab = z2 B^2h + ((a0+a1)(b0+b1) - z0 - z2) B^h + z0.
static void mul_karatsuba(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb, es_digit_t *scratch) {
    ES_ASSERT(nb <= na && na < 2 * nb);
    size_t h = (na + 1) / 2;
    size_t n0a = es_bigint_norm(a, h), n0b = es_bigint_norm(b, h);
    es_digit_t *sa = scratch, *sb = sa + h + 1, *z1 = sb + h + 1;
    es_digit_t *next = z1 + 2 * h + 2;
    size_t nsa = es_bigint_add(sa, a, n0a, a + h, na - h);
    size_t nsb = es_bigint_add(sb, b, n0b, b + h, nb - h);
    memset(r, 0, (na + nb) * sizeof(es_digit_t));
    mul_rec(r, a, n0a, b, n0b, next);                 // z0 in r[0..2h)
    mul_rec(r + 2 * h, a + h, na - h, b + h, nb - h, next); // z2
    mul_rec(z1, sa, nsa, sb, nsb, next);
    size_t nz1 = es_bigint_norm(z1, nsa + nsb);
    sub_from(z1, nz1, r, es_bigint_norm(r, n0a + n0b));
    sub_from(z1, nz1, r + 2 * h, es_bigint_norm(r + 2 * h, na + nb - 2 * h));
    add_into(r + h, na + nb - h, z1, es_bigint_norm(z1, nz1));
}

// r[0..na+nb) = a * b for any sizes, choosing the method.
static void mul_rec(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb, es_digit_t *scratch) {
    if (na < nb) {
        const es_digit_t *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, na * sizeof(es_digit_t));
    } else if (scratch == NULL || nb < ES_BIGINT_KARATSUBA) {
        // The shorter operand in the outer loop: a long inner loop (a big
        // int times a small one is one pass over the big one).
        mul_school(r, b, nb, a, na);
    } else if (na < 2 * nb) {
        mul_karatsuba(r, a, na, b, nb, scratch);
    } else {
        // Unbalanced: slices of a, each nb long, times b; the partial
        // products go through the tail of r's own room, shifted up.
        memset(r, 0, (na + nb) * sizeof(es_digit_t));
        es_digit_t *part = scratch;
        es_digit_t *next = scratch + 2 * nb;
        for (size_t i = 0; i < na; i += nb) {
            size_t n = na - i < nb ? na - i : nb;
            mul_rec(part, a + i, n, b, nb, next);
            add_into(r + i, na + nb - i, part, es_bigint_norm(part, n + nb));
        }
    }
}

size_t es_bigint_mul(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb, es_digit_t *scratch) {
    mul_rec(r, a, na, b, nb, scratch);
    return es_bigint_norm(r, na + nb);
}

size_t es_bigint_mul_digit_add(es_digit_t *r, const es_digit_t *a, size_t na,
    es_digit_t m, es_digit_t add) {
    es_ddigit_t carry = add;
    for (size_t i = 0; i < na; i++) {
        carry += (es_ddigit_t)a[i] * m;
        r[i] = (es_digit_t)carry;
        carry >>= ES_DIGIT_BITS;
    }
    r[na] = (es_digit_t)carry;
    return es_bigint_norm(r, na + 1);
}

es_digit_t es_bigint_divmod_digit(es_digit_t *q, const es_digit_t *a,
    size_t na, es_digit_t d) {
    ES_ASSERT(d != 0);
    es_ddigit_t rem = 0;
    while (na-- > 0) {
        rem = (rem << ES_DIGIT_BITS) | a[na];
        q[na] = (es_digit_t)(rem / d);
        rem %= d;
    }
    return (es_digit_t)rem;
}

// Leading zero bits of a nonzero digit.
static int clz_digit(es_digit_t d) {
    int n = 0;
    while (!(d & 0x8000)) {
        d <<= 1;
        n++;
    }
    return n;
}

// out[0..n) = in[0..n) << s (0 <= s < 16), returning the bits shifted out
// of the top digit.
static es_digit_t shl_small(es_digit_t *out, const es_digit_t *in, size_t n,
    int s) {
    es_ddigit_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        es_ddigit_t t = ((es_ddigit_t)in[i] << s) | carry;
        out[i] = (es_digit_t)t;
        carry = t >> ES_DIGIT_BITS;
    }
    return (es_digit_t)carry;
}

// The quotient digit estimate of step D3, corrected so it is exact or one
// too large.
static es_ddigit_t estimate_qhat(const es_digit_t *un, const es_digit_t *vn,
    size_t n) {
    es_ddigit_t num = ((es_ddigit_t)un[n] << ES_DIGIT_BITS) | un[n - 1];
    es_ddigit_t qhat = num / vn[n - 1];
    es_ddigit_t rhat = num - qhat * vn[n - 1];
    // qhat < 2^16 is tested first so the product below fits 32 bits.
    while (qhat > ES_DIGIT_MASK ||
        qhat * vn[n - 2] > ((rhat << ES_DIGIT_BITS) | un[n - 2])) {
        qhat--;
        rhat += vn[n - 1];
        if (rhat > ES_DIGIT_MASK) {
            break;
        }
    }
    return qhat;
}

// Steps D4-D6: un[0..n] -= qhat * vn, adding vn back when that went
// negative. Returns the final quotient digit.
static es_digit_t mul_sub(es_digit_t *un, const es_digit_t *vn, size_t n,
    es_ddigit_t qhat) {
    es_ddigit_t carry = 0, borrow = 0;
    for (size_t i = 0; i < n; i++) {
        es_ddigit_t p = qhat * vn[i] + carry;
        carry = p >> ES_DIGIT_BITS;
        es_ddigit_t x = un[i], y = (p & ES_DIGIT_MASK) + borrow;
        un[i] = (es_digit_t)(x - y);
        borrow = x < y;
    }
    es_ddigit_t x = un[n], y = carry + borrow;
    un[n] = (es_digit_t)(x - y);
    if (x < y) {
        qhat--;
        es_ddigit_t c = 0;
        for (size_t i = 0; i < n; i++) {
            c += (es_ddigit_t)un[i] + vn[i];
            un[i] = (es_digit_t)c;
            c >>= ES_DIGIT_BITS;
        }
        un[n] = (es_digit_t)(un[n] + c);
    }
    return (es_digit_t)qhat;
}

void es_bigint_divmod(es_digit_t *q, es_digit_t *r, const es_digit_t *u,
    size_t nu, const es_digit_t *v, size_t nv, es_digit_t *scratch) {
    ES_ASSERT(nu >= nv && nv >= 2 && v[nv - 1] != 0);
    es_digit_t *un = scratch, *vn = scratch + nu + 1;
    int s = clz_digit(v[nv - 1]); // D1: normalize so vn's top bit is set
    shl_small(vn, v, nv, s);
    un[nu] = shl_small(un, u, nu, s);
    for (size_t j = nu - nv + 1; j-- > 0;) {
        es_ddigit_t qhat = estimate_qhat(un + j, vn, nv);
        q[j] = mul_sub(un + j, vn, nv, qhat);
    }
    for (size_t i = 0; i < nv; i++) { // D8: unnormalize the remainder
        es_ddigit_t t = un[i] | ((es_ddigit_t)un[i + 1] << ES_DIGIT_BITS);
        r[i] = (es_digit_t)(t >> s);
    }
}

size_t es_bigint_shl(es_digit_t *r, const es_digit_t *a, size_t na,
    size_t shift) {
    size_t dshift = shift / ES_DIGIT_BITS;
    int s = (int)(shift % ES_DIGIT_BITS);
    if (na == 0) {
        return 0;
    }
    // From the top down, so r may alias a when dshift == 0.
    es_digit_t top = 0;
    for (size_t i = na; i-- > 0;) {
        es_ddigit_t t = (es_ddigit_t)a[i] << s;
        r[i + dshift + 1] = (es_digit_t)(top | (t >> ES_DIGIT_BITS));
        top = (es_digit_t)t;
    }
    r[dshift] = top;
    memset(r, 0, dshift * sizeof(es_digit_t));
    return es_bigint_norm(r, na + dshift + 1);
}

size_t es_bigint_shr(es_digit_t *r, const es_digit_t *a, size_t na,
    size_t shift, bool *lost) {
    size_t dshift = shift / ES_DIGIT_BITS;
    int s = (int)(shift % ES_DIGIT_BITS);
    bool any = false;
    if (dshift >= na) {
        if (lost) {
            *lost = na > 0;
        }
        return 0;
    }
    for (size_t i = 0; i < dshift; i++) {
        any |= a[i] != 0;
    }
    any |= (a[dshift] & ((1u << s) - 1)) != 0;
    size_t n = na - dshift;
    for (size_t i = 0; i < n; i++) {
        es_ddigit_t t = a[i + dshift];
        if (i + 1 < n) {
            t |= (es_ddigit_t)a[i + dshift + 1] << ES_DIGIT_BITS;
        }
        r[i] = (es_digit_t)(t >> s);
    }
    if (lost) {
        *lost = any;
    }
    return es_bigint_norm(r, n);
}

// Digit [i] of the two's complement form of a signed magnitude; [carry]
// carries the +1 of ~m + 1 across digits (start it at 1).
static es_digit_t twos_digit(const es_digit_t *a, size_t na, bool neg,
    size_t i, es_ddigit_t *carry) {
    es_digit_t d = i < na ? a[i] : 0;
    if (!neg) {
        return d;
    }
    es_ddigit_t t = (es_ddigit_t)(es_digit_t)~d + *carry;
    *carry = t >> ES_DIGIT_BITS;
    return (es_digit_t)t;
}

size_t es_bigint_bitop(es_bigint_bitop_t op, es_digit_t *r,
    const es_digit_t *a, size_t na, bool nega, const es_digit_t *b,
    size_t nb, bool negb, bool *neg) {
    size_t n = (na > nb ? na : nb) + 1;
    bool rneg = op == ES_BIGINT_AND ? nega && negb
        : op == ES_BIGINT_OR ? nega || negb : nega != negb;
    es_ddigit_t ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        es_digit_t x = twos_digit(a, na, nega, i, &ca);
        es_digit_t y = twos_digit(b, nb, negb, i, &cb);
        es_digit_t z = op == ES_BIGINT_AND ? x & y
            : op == ES_BIGINT_OR ? x | y : x ^ y;
        if (rneg) { // back to a magnitude: negate the two's complement
            es_ddigit_t t = (es_ddigit_t)(es_digit_t)~z + cr;
            cr = t >> ES_DIGIT_BITS;
            z = (es_digit_t)t;
        }
        r[i] = z;
    }
    *neg = rneg;
    return es_bigint_norm(r, n);
}

size_t es_bigint_bit_length(const es_digit_t *a, size_t na) {
    if (na == 0) {
        return 0;
    }
    return na * ES_DIGIT_BITS - (size_t)clz_digit(a[na - 1]);
}
