// SPDX-License-Identifier: MIT
// Unit tests of the digit-array arithmetic (core/bigint.c) on its own, no
// interpreter: known values, 64-bit reference results for small operands,
// and algebraic identities on random operands built from digit patterns
// that hit the rare paths (0xffff runs for carries, 0x8000 and 0 digits for
// Knuth D's qhat correction and add-back step, Karatsuba sizes).
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "unit.h"

#define MAXD 400 // digits per operand in the random tests

static uint32_t seed = 12345;

static uint32_t rnd(void) {
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed;
}

// A random normalized magnitude of up to [max] digits, from patterns.
static size_t rnd_num(es_digit_t *d, size_t max) {
    size_t n = rnd() % (max + 1);
    unsigned kind = rnd() % 4;
    for (size_t i = 0; i < n; i++) {
        uint32_t r = rnd();
        d[i] = kind == 0 ? (es_digit_t)r
            : kind == 1 ? (r & 1 ? 0xffff : (es_digit_t)r)
            : kind == 2 ? (r & 3) == 0 ? 0 : (r & 3) == 1 ? 0x8000 : 0xffff
            : (r & 7) ? 0 : (es_digit_t)r;
    }
    if (n > 0 && d[n - 1] == 0) {
        d[n - 1] = (es_digit_t)(rnd() | 1);
    }
    return n;
}

static size_t from_u64(es_digit_t *d, uint64_t u) {
    size_t n = 0;
    for (; u != 0; u >>= 16) {
        d[n++] = (es_digit_t)u;
    }
    return n;
}

static uint64_t to_u64(const es_digit_t *d, size_t n) {
    uint64_t u = 0;
    while (n-- > 0) {
        u = (u << 16) | d[n];
    }
    return u;
}

static bool same(const es_digit_t *a, size_t na, const es_digit_t *b,
    size_t nb) {
    return es_bigint_cmp(a, na, b, nb) == 0;
}

static es_digit_t scratch[16 * MAXD + 1024];

static void test_known(void) {
    es_digit_t a[8], b[8], r[16];
    size_t na = from_u64(a, 0xffffffffffffffffull);
    size_t n = es_bigint_mul(r, a, na, a, na, NULL);
    // (2^64 - 1)^2 = 2^128 - 2^65 + 1
    CHECK(n == 8 && r[0] == 1 && r[1] == 0 && r[2] == 0 && r[3] == 0
        && r[4] == 0xfffe && r[7] == 0xffff, "n=%zu", n);
    size_t nb = from_u64(b, 1);
    n = es_bigint_add(r, a, na, b, nb);
    CHECK(n == 5 && r[4] == 1 && r[0] == 0, "2^64: n=%zu", n);
    n = es_bigint_sub(r, r, n, b, nb);
    CHECK(n == 4 && to_u64(r, n) == 0xffffffffffffffffull, "back");
    CHECK(es_bigint_norm(a, 0) == 0, "zero");
    CHECK(es_bigint_bit_length(a, na) == 64, "bits");
    CHECK(es_bigint_bit_length(b, nb) == 1 && es_bigint_bit_length(b, 0) == 0,
        "bits of 1 and 0");
    // Hacker's Delight's add-back case: 0x800000000000 / 0x200000001.
    na = from_u64(a, 0x0000800000000000ull);
    nb = from_u64(b, 0x0000000200000001ull);
    es_digit_t q[8], rem[8];
    es_bigint_divmod(q, rem, a, na, b, nb, scratch);
    uint64_t uq = to_u64(q, es_bigint_norm(q, na - nb + 1));
    uint64_t ur = to_u64(rem, es_bigint_norm(rem, nb));
    CHECK(uq == 0x0000800000000000ull / 0x0000000200000001ull
        && ur == 0x0000800000000000ull % 0x0000000200000001ull,
        "q=%llx r=%llx", (unsigned long long)uq, (unsigned long long)ur);
}

// Every operation on operands below 2^63 against native 64-bit results.
static void test_vs_u64(void) {
    for (int k = 0; k < 20000; k++) {
        uint64_t x = ((uint64_t)rnd() << 32 | rnd()) >> (rnd() % 64);
        uint64_t y = ((uint64_t)rnd() << 32 | rnd()) >> (rnd() % 64);
        x >>= 1, y >>= 1;
        es_digit_t a[5], b[5], r[10], q[5], m[5];
        size_t na = from_u64(a, x), nb = from_u64(b, y), n;
        n = es_bigint_add(r, a, na, b, nb);
        CHECK(to_u64(r, n) == x + y, "add %llx %llx", (unsigned long long)x,
            (unsigned long long)y);
        if (x >= y) {
            n = es_bigint_sub(r, a, na, b, nb);
            CHECK(to_u64(r, n) == x - y, "sub");
        }
        CHECK(es_bigint_cmp(a, na, b, nb) == (x > y) - (x < y), "cmp");
        if (y != 0 && na >= nb && nb >= 2) {
            es_bigint_divmod(q, m, a, na, b, nb, scratch);
            CHECK(to_u64(q, es_bigint_norm(q, na - nb + 1)) == x / y
                && to_u64(m, es_bigint_norm(m, nb)) == x % y, "divmod %llx %llx",
                (unsigned long long)x, (unsigned long long)y);
        }
        if (y != 0 && y < 0x10000) {
            es_digit_t rr = es_bigint_divmod_digit(q, a, na, (es_digit_t)y);
            CHECK(to_u64(q, es_bigint_norm(q, na)) == x / y && rr == x % y,
                "divmod_digit");
        }
        unsigned s = rnd() % 70;
        bool lost;
        n = es_bigint_shr(r, a, na, s, &lost);
        CHECK(to_u64(r, n) == (s >= 64 ? 0 : x >> s), "shr %u", s);
        CHECK(lost == (s >= 64 ? x != 0 : (x & ((1ull << s) - 1)) != 0),
            "lost %u", s);
        s %= 63 - (unsigned)es_bigint_bit_length(a, na) + 1;
        n = es_bigint_shl(r, a, na, s);
        CHECK(to_u64(r, n) == x << s, "shl %u", s);
    }
}

// Two's complement bit operations on signed 62-bit values.
static void test_bitops(void) {
    for (int k = 0; k < 20000; k++) {
        int64_t x = (int64_t)(((uint64_t)rnd() << 32 | rnd()) >> (rnd() % 62 + 2));
        int64_t y = (int64_t)(((uint64_t)rnd() << 32 | rnd()) >> (rnd() % 62 + 2));
        x = rnd() & 1 ? -x : x;
        y = rnd() & 1 ? -y : y;
        es_digit_t a[5], b[5], r[6];
        size_t na = from_u64(a, x < 0 ? 0 - (uint64_t)x : (uint64_t)x);
        size_t nb = from_u64(b, y < 0 ? 0 - (uint64_t)y : (uint64_t)y);
        static const es_bigint_bitop_t ops[] = {ES_BIGINT_AND, ES_BIGINT_OR,
            ES_BIGINT_XOR};
        for (int o = 0; o < 3; o++) {
            int64_t want = o == 0 ? x & y : o == 1 ? x | y : x ^ y;
            bool neg;
            size_t n = es_bigint_bitop(ops[o], r, a, na, x < 0, b, nb, y < 0,
                &neg);
            uint64_t mag = to_u64(r, n);
            int64_t got = neg ? -(int64_t)mag : (int64_t)mag;
            CHECK(got == want && (neg == (want < 0)), "op %d: %lld %lld -> %lld",
                o, (long long)x, (long long)y, (long long)got);
        }
    }
}

static es_digit_t A[MAXD], B[MAXD], P[2 * MAXD + 2], P2[2 * MAXD + 2],
    Q[2 * MAXD + 2], R[MAXD + 1], S[2 * MAXD + 4];

// (a * b + r) / b == a remainder r, for r < b; Karatsuba == schoolbook.
static void test_identities(void) {
    for (int k = 0; k < 3000; k++) {
        size_t na = rnd_num(A, k % 3 == 0 ? MAXD : 30);
        size_t nb = rnd_num(B, k % 2 == 0 ? MAXD : 30);
        size_t np = es_bigint_mul(P, A, na, B, nb, NULL);
        // Karatsuba with exactly the scratch it asks for, guarded.
        size_t ns0 = es_bigint_mul_scratch(na, nb);
        for (size_t i = ns0; i < ns0 + 16; i++) {
            scratch[i] = 0xa5a5;
        }
        size_t np2 = es_bigint_mul(P2, A, na, B, nb, scratch);
        CHECK(same(P, np, P2, np2), "karatsuba %zu x %zu", na, nb);
        bool intact = true;
        for (size_t i = ns0; i < ns0 + 16; i++) {
            intact &= scratch[i] == 0xa5a5;
        }
        CHECK(intact, "scratch overrun %zu x %zu (%zu)", na, nb, ns0);
        if (nb == 0) {
            continue;
        }
        // r = a random value below b
        size_t nr = rnd_num(R, nb);
        if (es_bigint_cmp(R, nr, B, nb) >= 0) {
            nr = es_bigint_sub(R, R, nr, B, nb);
            if (es_bigint_cmp(R, nr, B, nb) >= 0) {
                nr = 0;
            }
        }
        size_t ns = es_bigint_add(S, P, np, R, nr);
        if (nb == 1) {
            es_digit_t rem = es_bigint_divmod_digit(Q, S, ns, B[0]);
            CHECK(same(Q, es_bigint_norm(Q, ns), A, na)
                && rem == (nr ? R[0] : 0), "digit division");
            continue;
        }
        if (ns < nb) {
            CHECK(na == 0, "short product");
            continue;
        }
        es_digit_t rem[MAXD];
        es_bigint_divmod(Q, rem, S, ns, B, nb, scratch);
        CHECK(same(Q, es_bigint_norm(Q, ns - nb + 1), A, na), "quotient %zu/%zu",
            ns, nb);
        CHECK(same(rem, es_bigint_norm(rem, nb), R, nr), "remainder");
    }
}

// Shifts: (a << s) >> s == a, and (a << s) == a * 2^s.
static void test_shifts(void) {
    for (int k = 0; k < 2000; k++) {
        size_t na = rnd_num(A, 40);
        size_t s = rnd() % 200;
        size_t n = es_bigint_shl(P, A, na, s);
        es_digit_t pow2[20] = {0};
        pow2[s / 16] = (es_digit_t)(1u << (s % 16));
        size_t n2 = es_bigint_mul(P2, A, na, pow2, s / 16 + 1, NULL);
        CHECK(same(P, n, P2, n2), "shl == mul");
        bool lost;
        size_t m = es_bigint_shr(Q, P, n, s, &lost);
        CHECK(same(Q, m, A, na) && !lost, "shr back");
        if (na > 0) { // in place, small shifts
            memcpy(Q, A, na * sizeof(es_digit_t));
            m = es_bigint_shl(Q, Q, na, s % 16);
            n = es_bigint_shl(P, A, na, s % 16);
            CHECK(same(Q, m, P, n), "shl in place");
        }
    }
}

int main(void) {
    test_known();
    test_vs_u64();
    test_bitops();
    test_identities();
    test_shifts();
    int rc = UNIT_DONE("test_bigint");
    printf("%d passed, %d failed\n", unit_pass, unit_fail);
    return rc;
}
