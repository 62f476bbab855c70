// SPDX-License-Identifier: MIT
// Double -> decimal digits with exact integer arithmetic: the value is a
// fraction r/s of big integers scaled by a power of ten; each digit is the
// integer quotient of 10r/s. Shortest digits follow Steele & White / Burger
// & Dybvig's free-format algorithm with the round-trip margins m+ and m-;
// fixed-precision digits round the exact remainder half to even.
#include "dtoa.h"

#include <string.h>

#define CAP 80 // digits: values up to 2^1280, enough for any double's r, s

// --- bits

uint64_t es_dtoa_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

double es_dtoa_from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof(d));
    return d;
}

void es_dtoa_split(double d, uint64_t *mant, int *exp) {
    uint64_t u = es_dtoa_bits(d);
    int ex = (int)((u >> 52) & 0x7ff);
    uint64_t frac = u & (((uint64_t)1 << 52) - 1);
    if (ex == 0) {
        *mant = frac;
        *exp = -1074;
    } else {
        *mant = frac | ((uint64_t)1 << 52);
        *exp = ex - 1075;
    }
}

// --- big numbers

void es_big_set_u64(es_big_t *b, uint64_t v) {
    size_t n = 0;
    for (; v != 0; v >>= ES_DIGIT_BITS) {
        b->d[n++] = (es_digit_t)(v & ES_DIGIT_MASK);
    }
    b->n = n;
}

void es_big_mul_small(es_big_t *b, uint32_t m, uint32_t add) {
    b->n = es_bigint_mul_digit_add(b->d, b->d, b->n, (es_digit_t)m,
        (es_digit_t)add);
}

void es_big_mul_pow10(es_big_t *b, int k) {
    static const uint32_t pow10[] = {1, 10, 100, 1000}; // words: flash
    for (; k >= 4; k -= 4) {
        es_big_mul_small(b, 10000, 0);
    }
    if (k > 0) {
        es_big_mul_small(b, pow10[k], 0);
    }
}

void es_big_shl(es_big_t *b, size_t s) {
    if (b->n == 0) {
        return;
    }
    size_t whole = s / ES_DIGIT_BITS;
    if (whole > 0) {
        memmove(b->d + whole, b->d, b->n * sizeof(es_digit_t));
        memset(b->d, 0, whole * sizeof(es_digit_t));
        b->n += whole;
    }
    if (s % ES_DIGIT_BITS) {
        b->n = es_bigint_shl(b->d, b->d, b->n, s % ES_DIGIT_BITS);
    }
}

int es_big_cmp(const es_big_t *a, const es_big_t *b) {
    return es_bigint_cmp(a->d, a->n, b->d, b->n);
}

void es_big_add(es_big_t *r, const es_big_t *a, const es_big_t *b) {
    r->n = es_bigint_add(r->d, a->d, a->n, b->d, b->n);
}

void es_big_sub(es_big_t *a, const es_big_t *b) {
    a->n = es_bigint_sub(a->d, a->d, a->n, b->d, b->n);
}

uint64_t es_big_bits(const es_big_t *b, size_t from) {
    uint64_t v = 0;
    for (size_t i = from / ES_DIGIT_BITS; i < b->n; i++) {
        long sh = (long)(i * ES_DIGIT_BITS) - (long)from;
        if (sh >= 64) {
            break;
        }
        v |= sh >= 0 ? (uint64_t)b->d[i] << sh : (uint64_t)b->d[i] >> -sh;
    }
    return v;
}

size_t es_big_bit_length(const es_big_t *b) {
    return es_bigint_bit_length(b->d, b->n);
}

bool es_big_low_nonzero(const es_big_t *b, size_t from) {
    size_t whole = from / ES_DIGIT_BITS;
    for (size_t i = 0; i < whole && i < b->n; i++) {
        if (b->d[i]) {
            return true;
        }
    }
    if (whole < b->n && (from % ES_DIGIT_BITS)) {
        return (b->d[whole] & ((1u << (from % ES_DIGIT_BITS)) - 1)) != 0;
    }
    return false;
}

// --- digit generation

typedef struct {
    es_digit_t rd[CAP], sd[CAP], pd[CAP], md[CAP], td[CAP];
    es_big_t r, s, mp, mm, t;
    int k; // v = r/s * 10^k
} frac_t;

static void frac_init(frac_t *f) {
    f->r = (es_big_t){0, f->rd};
    f->s = (es_big_t){0, f->sd};
    f->mp = (es_big_t){0, f->pd};
    f->mm = (es_big_t){0, f->md};
    f->t = (es_big_t){0, f->td};
}

static void big_copy(es_big_t *dst, const es_big_t *src) {
    memcpy(dst->d, src->d, src->n * sizeof(es_digit_t));
    dst->n = src->n;
}

// floor(x * log10(2)) for |x| < 2000.
static int floor_log10_pow2(int x) {
    int64_t p = (int64_t)x * 1292913986;
    return (int)(p >= 0 ? p >> 32 : -((-p + 0xffffffffLL) >> 32));
}

// First guess of k with 10^(k-1) <= v < 10^k, never too high.
static int estimate_k(uint64_t mant, int e) {
    int bits = 0;
    for (uint64_t m = mant; m != 0; m >>= 1) {
        bits++;
    }
    return floor_log10_pow2(e + bits - 1) + 1;
}

// Multiply r (and the margins when [margins]) or s by 10^|k|.
static void scale(frac_t *f, int k, bool margins) {
    if (k >= 0) {
        es_big_mul_pow10(&f->s, k);
        return;
    }
    es_big_mul_pow10(&f->r, -k);
    if (margins) {
        es_big_mul_pow10(&f->mp, -k);
        es_big_mul_pow10(&f->mm, -k);
    }
}

// The next digit: r = r * 10, returns r / s and leaves r % s in r.
static int next_digit(frac_t *f) {
    es_big_mul_small(&f->r, 10, 0);
    size_t len = es_big_bit_length(&f->s);
    size_t from = len > 32 ? len - 32 : 0;
    uint64_t top = es_big_bits(&f->s, from) + (from > 0);
    uint32_t q = (uint32_t)(es_big_bits(&f->r, from) / top);
    if (q > 0) {
        big_copy(&f->t, &f->s);
        es_big_mul_small(&f->t, q, 0);
        es_big_sub(&f->r, &f->t);
    }
    while (es_big_cmp(&f->r, &f->s) >= 0) {
        es_big_sub(&f->r, &f->s);
        q++;
    }
    return (int)q;
}

// Compare r + mp with s: true when the upper margin reaches s.
static bool high_reached(frac_t *f, bool even) {
    es_big_add(&f->t, &f->r, &f->mp);
    int c = es_big_cmp(&f->t, &f->s);
    return even ? c >= 0 : c > 0;
}

// Compare 2r with s: -1, 0, 1.
static int cmp_half(frac_t *f) {
    big_copy(&f->t, &f->r);
    es_big_shl(&f->t, 1);
    return es_big_cmp(&f->t, &f->s);
}

static void shortest_setup(frac_t *f, uint64_t mant, int e) {
    bool unequal = mant == ((uint64_t)1 << 52) && e > -1074;
    int extra = unequal ? 2 : 1;
    es_big_set_u64(&f->r, mant);
    es_big_set_u64(&f->s, 1);
    es_big_set_u64(&f->mp, unequal ? 2 : 1);
    es_big_set_u64(&f->mm, 1);
    if (e >= 0) {
        es_big_shl(&f->r, (size_t)(e + extra));
        es_big_shl(&f->mp, (size_t)e);
        es_big_shl(&f->mm, (size_t)e);
        es_big_shl(&f->s, (size_t)extra);
    } else {
        es_big_shl(&f->r, (size_t)extra);
        es_big_shl(&f->s, (size_t)(extra - e));
    }
}

int es_dtoa_shortest(double d, char *buf, int *decpt) {
    uint64_t mant;
    int e;
    es_dtoa_split(d, &mant, &e);
    bool even = (mant & 1) == 0;
    frac_t f;
    frac_init(&f);
    shortest_setup(&f, mant, e);
    int k = estimate_k(mant, e);
    scale(&f, k, true);
    while (high_reached(&f, even)) {
        es_big_mul_small(&f.s, 10, 0);
        k++;
    }
    int n = 0;
    for (;;) {
        int dgt = next_digit(&f);
        es_big_mul_small(&f.mp, 10, 0);
        es_big_mul_small(&f.mm, 10, 0);
        int c = es_big_cmp(&f.r, &f.mm);
        bool low = even ? c <= 0 : c < 0;
        bool high = high_reached(&f, even);
        if (!low && !high) {
            buf[n++] = (char)('0' + dgt);
            continue;
        }
        if (low && high) {
            c = cmp_half(&f);
            high = c > 0 || (c == 0 && (dgt & 1));
        }
        buf[n++] = (char)('0' + dgt + (high ? 1 : 0));
        break;
    }
    *decpt = k;
    return n;
}

// Round the digits at out->buf[start..] up by one unit in the last place.
// Returns true when they were all nines (now "1000...").
static bool round_up(es_vstr_t *out, size_t start) {
    for (size_t i = out->len; i-- > start;) {
        if (out->buf[i] != '9') {
            out->buf[i]++;
            return false;
        }
        out->buf[i] = '0';
    }
    if (out->len > start) {
        out->buf[start] = '1';
    }
    return true;
}

static void add_zeros(es_vstr_t *out, long n) {
    char zeros[16]; // in RAM: a const one would be flash, read in words only
    memset(zeros, '0', sizeof(zeros));
    for (; n > 0; n -= 16) {
        es_vstr_add(out, zeros, n < 16 ? (size_t)n : 16);
    }
}

size_t es_dtoa_fixed(double d, char mode, int ndigits, es_vstr_t *out,
    int *decpt) {
    uint64_t mant;
    int e;
    es_dtoa_split(d, &mant, &e);
    frac_t f;
    frac_init(&f);
    es_big_set_u64(&f.r, mant);
    es_big_set_u64(&f.s, 1);
    es_big_shl(e >= 0 ? &f.r : &f.s, (size_t)(e >= 0 ? e : -e));
    int k = estimate_k(mant, e);
    scale(&f, k, false);
    while (es_big_cmp(&f.r, &f.s) >= 0) {
        es_big_mul_small(&f.s, 10, 0);
        k++;
    }
    long n = mode == 'e' ? ndigits : (long)k + ndigits;
    if (n < 0) {
        *decpt = -ndigits;
        return 0;
    }
    size_t start = out->len;
    for (long i = 0; i < n; i++) {
        if (f.r.n == 0) {
            add_zeros(out, n - i);
            *decpt = k;
            return (size_t)n;
        }
        char c = (char)('0' + next_digit(&f));
        es_vstr_add(out, &c, 1);
    }
    int c = cmp_half(&f);
    bool up = c > 0 || (c == 0 && n > 0 && ((out->buf[out->len - 1] - '0') & 1));
    if (up && n == 0) {
        es_vstr_add(out, "1", 1);
        *decpt = k + 1;
        return 1;
    }
    if (up && round_up(out, start)) {
        k++;
        if (mode == 'f') {
            es_vstr_add(out, "0", 1);
            n++;
        }
    }
    *decpt = k;
    return (size_t)n;
}
