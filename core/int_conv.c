// SPDX-License-Identifier: MIT
// int conversions: text to int with int()'s exact rules (whitespace, sign,
// prefixes, underscores), int to text in any base (decimal divides by 10^4
// per step, powers of two read bits directly), hash with CPython's values,
// and correctly rounded conversion to double.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "gc.h"
#include "int_priv.h"
#include "rom.h"
#include "runtime.h"
#include "str.h"

#define WORD_BITS (sizeof(es_int_t) * 8)

// --- parsing

// Bytes of the whitespace character at [p] (0 if none): int() accepts
// ASCII and Unicode spaces around the number.
static size_t space_len(const unsigned char *p, const unsigned char *end) {
    size_t n = (size_t)(end - p);
    if (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
        return 1;
    }
    if (n >= 2 && p[0] == 0xc2 && (p[1] == 0x85 || p[1] == 0xa0)) {
        return 2;
    }
    if (n < 3) {
        return 0;
    }
    unsigned c = ((unsigned)p[0] << 16) | ((unsigned)p[1] << 8) | p[2];
    bool sp = c == 0xe19a80 || (c >= 0xe28080 && c <= 0xe2808a)
        || c == 0xe280a8 || c == 0xe280a9 || c == 0xe280af || c == 0xe2819f
        || c == 0xe38080;
    return sp ? 3 : 0;
}

static const unsigned char *skip_space(const unsigned char *p,
    const unsigned char *end) {
    size_t n;
    while (p < end && (n = space_len(p, end)) != 0) {
        p += n;
    }
    return p;
}

// Value of digit character [c], or 99 when not a digit of any base.
static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

// Scan the digits at *pp in [base]: single underscores between digits (and
// one right after a prefix). Advances *pp past them; returns the number of
// digits, or 0 for a syntax error.
static size_t scan_digits(const unsigned char **pp, const unsigned char *end,
    int base, bool prefixed) {
    const unsigned char *p = *pp;
    size_t n = 0;
    bool under = false;
    for (; p < end; p++) {
        if (*p == '_') {
            if (under || (n == 0 && !prefixed)) {
                return 0;
            }
            under = true;
        } else if (digit_value(*p) < base) {
            n++;
            under = false;
        } else {
            break;
        }
    }
    *pp = p;
    return under ? 0 : n;
}

// The base of a prefix 0x/0o/0b at [p], or 0.
static int prefix_base(const unsigned char *p, const unsigned char *end) {
    if (end - p < 2 || p[0] != '0') {
        return 0;
    }
    int c = p[1] | 0x20;
    return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
}

// Accumulate [n] digits (underscores skipped) at [p] into an int.
static es_val_t digits_to_int(const unsigned char *p, size_t n, int base,
    bool neg) {
    int bits = 1;
    while ((1 << bits) < base) {
        bits++;
    }
    size_t room = n * (size_t)bits / ES_DIGIT_BITS + 2;
    es_bigint_t *r = es_int_alloc(room);
    size_t len = 0;
    while (n > 0) { // quadratic, as print_general: each group polls
        es_poll();
        es_ddigit_t group = 0, scale = 1;
        while (n > 0 && scale * (es_ddigit_t)base <= ES_DIGIT_MASK) {
            if (*p != '_') {
                group = group * (es_ddigit_t)base + (es_ddigit_t)digit_value(*p);
                scale *= (es_ddigit_t)base;
                n--;
            }
            p++;
        }
        len = es_bigint_mul_digit_add(r->d, r->d, len, (es_digit_t)scale,
            (es_digit_t)group);
    }
    ES_ASSERT(len <= room);
    return es_int_done(r, len, neg);
}

// [len] bytes of the text [s] given to int() (bytes when [bytes]) as a
// value: at most 800 bytes of it, cut at a character boundary.
static es_val_t literal_val(const char *s, size_t len, bool bytes) {
    if (len > 800) {
        len = 800;
        while (!bytes && len > 0 && ((uint8_t)s[len] & 0xc0) == 0x80) {
            len--;
        }
    }
    return bytes ? es_bytes_new(s, len) : es_str_new(s, len);
}

ES_NORETURN static void raise_invalid(const char *s, size_t len, int base,
    bool bytes) {
    // CPython formats the text with %.200R: its repr, cut at 200 characters.
    size_t n;
    const char *r = es_str_data(es_repr(literal_val(s, len, bytes)), &n);
    size_t cut = 0;
    for (size_t chars = 0; cut < n && chars < 200; chars++) {
        do {
            cut++;
        } while (cut < n && (r[cut] & 0xc0) == 0x80);
    }
    es_raise_fmt(&es_type_ValueError,
        ES_ERR("invalid literal for int() with base %d: %.*s"), base,
        (int)cut, r);
}

es_val_t es_int_parse(const char *s, size_t len, int base, bool bytes) {
    if (base != 0 && (base < 2 || base > 36)) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("int() base must be >= 2 and <= 36, or 0"));
    }
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    p = skip_space(p, end);
    bool neg = p < end && *p == '-';
    p += p < end && (*p == '-' || *p == '+');
    int b = base, pb = prefix_base(p, end);
    bool prefixed = pb != 0 && (base == 0 || base == pb);
    if (prefixed) {
        b = pb;
        p += 2;
    } else if (base == 0) {
        b = 10;
    }
    const unsigned char *digits = p;
    size_t n = scan_digits(&p, end, b, prefixed);
    if (n == 0 || skip_space(p, end) != end) {
        raise_invalid(s, len, base, bytes);
    }
    if (base == 0 && !prefixed && *digits == '0') {
        for (const unsigned char *q = digits; q < p; q++) {
            if (*q != '0' && *q != '_') { // base 0: no leading zeros
                raise_invalid(s, len, base, bytes);
            }
        }
    }
    return digits_to_int(digits, n, b, neg);
}

// --- printing

// Digits come from es_rom_digit (upper case when [upper]), not a table:
// a table would lie in flash.

// A magnitude that fits a word, into the end of [buf]; returns the start.
static char *word_to_chars(uintptr_t u, int base, bool upper, char *end) {
    char *p = end;
    do {
        *--p = es_rom_digit(u % (unsigned)base, upper);
        u /= (unsigned)base;
    } while (u != 0);
    return p;
}

// [k] bits of the magnitude starting at bit [pos].
static unsigned get_bits(const es_digit_t *d, size_t len, size_t pos, int k) {
    size_t w = pos / ES_DIGIT_BITS;
    es_ddigit_t t = d[w];
    if (w + 1 < len) {
        t |= (es_ddigit_t)d[w + 1] << ES_DIGIT_BITS;
    }
    return (unsigned)(t >> (pos % ES_DIGIT_BITS)) & ((1u << k) - 1);
}

// Bases 2, 4, 8, 16, 32: read bits from the top, through a stack buffer.
static void print_pow2(const es_print_t *p, const es_int_view_t *v, int base,
    bool upper) {
    int k = 1;
    while ((1 << k) < base) {
        k++;
    }
    size_t nchars = (es_bigint_bit_length(v->d, v->len) + (size_t)k - 1)
        / (size_t)k;
    char buf[64];
    size_t n = 0;
    for (size_t i = nchars; i-- > 0;) {
        buf[n++] = es_rom_digit(get_bits(v->d, v->len, i * (size_t)k, k),
            upper);
        if (n == sizeof(buf) || i == 0) {
            p->write(p->data, buf, n);
            n = 0;
        }
    }
}

// Other bases: divide by the largest power of base below 2^16 per step.
static void print_general(const es_print_t *p, const es_int_view_t *v,
    int base, bool upper) {
    es_ddigit_t pw = (es_ddigit_t)base;
    int k = 1;
    while (pw * (es_ddigit_t)base <= ES_DIGIT_MASK) {
        pw *= (es_ddigit_t)base;
        k++;
    }
    int lg = 1; // floor(log2(base)): chars <= bits / lg
    while ((2 << lg) <= base) {
        lg++;
    }
    size_t n = v->len, cap = n * ES_DIGIT_BITS / (size_t)lg + (size_t)k + 1;
    es_digit_t *num = es_gc_alloc(n * sizeof(es_digit_t), ES_GC_LEAF);
    char *buf = es_gc_alloc(cap, ES_GC_LEAF);
    memcpy(num, v->d, n * sizeof(es_digit_t));
    char *q = buf + cap;
    // One pass over num per k chars: quadratic, seconds on the chip for
    // an int that fills the heap, so each pass polls (Ctrl-C).
    while (n > 0) {
        es_poll();
        es_ddigit_t rem = es_bigint_divmod_digit(num, num, n, (es_digit_t)pw);
        n = es_bigint_norm(num, n);
        for (int i = 0; i < k && (n > 0 || rem != 0); i++) {
            *--q = es_rom_digit((unsigned)(rem % (es_ddigit_t)base), upper);
            rem /= (es_ddigit_t)base;
        }
    }
    ES_ASSERT(q >= buf);
    p->write(p->data, q, (size_t)(buf + cap - q));
    es_gc_free(buf);
    es_gc_free(num);
}

void es_int_print_ex(const es_print_t *p, es_val_t v, int base,
    unsigned flags) {
    ES_ASSERT(base >= 2 && base <= 36);
    es_int_view_t vv;
    es_int_view(&vv, v);
    bool upper = flags & ES_INT_UPPER;
    char head[4];
    size_t nh = 0;
    if (vv.neg && !(flags & ES_INT_ABS)) {
        head[nh++] = '-';
    }
    if ((flags & ES_INT_PREFIX) && (base == 2 || base == 8 || base == 16)) {
        head[nh++] = '0';
        head[nh++] = es_rom_digit(base == 2 ? 11 : base == 8 ? 24 : 33, upper);
    }
    p->write(p->data, head, nh);
    if (vv.len <= ES_INT_SMALL_DIGITS) {
        uintptr_t u = 0;
        for (size_t i = vv.len; i-- > 0;) {
            u = (u << ES_DIGIT_BITS) | vv.d[i];
        }
        char buf[WORD_BITS + 1];
        char *s = word_to_chars(u, base, upper, buf + sizeof(buf));
        p->write(p->data, s, (size_t)(buf + sizeof(buf) - s));
    } else if ((base & (base - 1)) == 0) {
        print_pow2(p, &vv, base, upper);
    } else {
        print_general(p, &vv, base, upper);
    }
}

void es_int_print(const es_print_t *p, es_val_t v, int base) {
    es_int_print_ex(p, v, base, 0);
}

// --- hash

#if INTPTR_MAX > 0x7fffffff
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

es_int_t es_int_hash(es_val_t v) {
    v = es_int_unbool(v);
    if (es_is_small(v)) {
        es_int_t i = es_small_get(v);
        if (i < (es_int_t)HASH_MOD && i > -(es_int_t)HASH_MOD) {
            return i == -1 ? -2 : i;
        }
    }
    es_int_view_t vv;
    es_int_view(&vv, v);
    // Horner modulo 2^q - 1, where multiplying by 2^16 is a rotation.
    uint64_t x = 0;
    for (size_t i = vv.len; i-- > 0;) {
        x = ((x << ES_DIGIT_BITS) & HASH_MOD)
            | (x >> (HASH_BITS - ES_DIGIT_BITS));
        x += vv.d[i];
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    if (!es_small_fits((es_int_t)x)) {
        x %= (uint64_t)ES_SMALL_MAX; // 32-bit only: fold into the small range
    }
    es_int_t h = vv.neg ? -(es_int_t)x : (es_int_t)x;
    return h == -1 ? -2 : h;
}

// --- to double

double es_int_to_double(es_val_t v) {
    if (es_is_small(v)) {
        // At most 63 bits: C's conversion rounds to nearest, as below.
        return (double)es_small_get(v);
    }
    es_int_view_t vv;
    es_int_view(&vv, v);
    size_t nbits = es_bigint_bit_length(vv.d, vv.len);
    if (nbits > 1024) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("int too large to convert to float"));
    }
    size_t shift = nbits > 64 ? nbits - 64 : 0;
    // The top 64 bits, with a sticky low bit standing for the bits below
    // them: (double) of that rounds exactly like the whole value would.
    size_t lo = shift / ES_DIGIT_BITS;
    uint64_t u = 0;
    for (size_t j = vv.len; j-- > lo;) {
        long sh = (long)(j * ES_DIGIT_BITS) - (long)shift;
        u |= sh >= 0 ? (uint64_t)vv.d[j] << sh : (uint64_t)vv.d[j] >> -sh;
    }
    unsigned low_mask = (1u << (shift % ES_DIGIT_BITS)) - 1;
    bool below = lo < vv.len && (vv.d[lo] & low_mask) != 0;
    for (size_t j = 0; j < lo && !below; j++) {
        below = vv.d[j] != 0;
    }
    if (below) {
        u |= 1;
    }
    double d = (double)u;
    for (; shift >= 32; shift -= 32) {
        d *= 4294967296.0;
    }
    d *= (double)((uint64_t)1 << shift);
    if (d - d != 0) { // infinity
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("int too large to convert to float"));
    }
    return vv.neg ? -d : d;
}

// --- true division

#define MANT_DIG 53   // DBL_MANT_DIG
#define MIN_EXP (-1021) // DBL_MIN_EXP
#define MAX_EXP 1024  // DBL_MAX_EXP

// [d] * 2^[e], exact when the result is representable (the steps only
// pass through larger magnitudes than the result, or smaller ones that
// are exact for the same reason).
static double scale2(double d, long e) {
    for (; e >= 32; e -= 32) {
        d *= 4294967296.0;
    }
    for (; e <= -32; e += 32) {
        d *= 1.0 / 4294967296.0;
    }
    return e >= 0 ? d * (double)((uint64_t)1 << e)
                  : d / (double)((uint64_t)1 << -e);
}

ES_NORETURN static void raise_div_overflow(void) {
    es_raise_msg(&es_type_OverflowError,
        ES_ERR("integer division result too large for a float"));
}

// |a| / |b| as a double, correctly rounded (CPython's long_true_divide):
// scale |a| so the quotient has MANT_DIG + 2 or 3 bits, divide, round half
// to even by hand with the remainder as sticky bit, then scale back.
static double divide_mag(const es_int_view_t *va, const es_int_view_t *vb) {
    long na = (long)es_bigint_bit_length(va->d, va->len);
    long diff = na - (long)es_bigint_bit_length(vb->d, vb->len);
    if (diff > MAX_EXP) {
        raise_div_overflow();
    }
    if (diff < MIN_EXP - MANT_DIG - 1) {
        return 0.0;
    }
    long shift = (diff > MIN_EXP ? diff : MIN_EXP) - MANT_DIG - 2;
    es_val_t a = es_int_from_digits(va->d, va->len, false), q, r;
    bool inexact = false;
    if (shift <= 0) {
        a = es_int_binary_op(ES_BOP_LSHIFT, a, es_int_from(-shift));
    } else {
        es_bigint_t *t = es_int_alloc(va->len);
        size_t n = es_bigint_shr(t->d, va->d, va->len, (size_t)shift, &inexact);
        a = es_int_done(t, n, false);
    }
    es_int_divmod(a, es_int_from_digits(vb->d, vb->len, false), &q, &r, "");
    inexact |= r != es_small_new(0);
    long long qq;
    es_int_get_ll(q, &qq); // below 2^(MANT_DIG + 3)
    uint64_t x = (uint64_t)qq;
    long qbits = 0;
    while ((x >> qbits) != 0) {
        qbits++;
    }
    long extra = (qbits > MIN_EXP - shift ? qbits : MIN_EXP - shift) - MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = x | inexact; // mask: the half bit; 2 * mask: kept lsb
    if ((low & mask) && (low & (3 * mask - 1))) {
        x += mask;
    }
    x &= ~(2 * mask - 1);
    double d = scale2((double)x, shift);
    if (d - d != 0) {
        raise_div_overflow();
    }
    return d;
}

double es_int_true_divide(es_val_t a, es_val_t b) {
    es_int_view_t va, vb;
    es_int_view(&va, a);
    es_int_view(&vb, b);
    if (vb.len == 0) {
        es_raise_msg(&es_type_ZeroDivisionError, ES_ERR("division by zero"));
    }
    bool neg = va.neg != vb.neg;
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 0
    if (es_bigint_bit_length(va.d, va.len) <= MANT_DIG
        && es_bigint_bit_length(vb.d, vb.len) <= MANT_DIG) {
        // Both exact as doubles: IEEE division rounds correctly (not so
        // with x87 excess precision, which rounds twice).
        return es_int_to_double(a) / es_int_to_double(b);
    }
#endif
    double d = va.len == 0 ? 0.0 : divide_mag(&va, &vb);
    return neg ? -d : d;
}

// --- from double, and exact comparison with a double

es_val_t es_int_from_double(double d) {
    if (d != d) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("cannot convert float NaN to integer"));
    }
    if (d - d != 0) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("cannot convert float infinity to integer"));
    }
    if (d > -9.2e18 && d < 9.2e18) {
        return es_int_from_ll((long long)d); // C truncates toward zero
    }
    // |d| >= 2^63 is an integer: mantissa << exponent, from the bits.
    uint64_t bits;
    memcpy(&bits, &d, sizeof(bits));
    uint64_t mant = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    int exp = (int)((bits >> 52) & 0x7ff) - 1075;
    es_val_t m = es_int_from_ull(mant);
    m = es_int_binary_op(ES_BOP_LSHIFT, m, es_small_new(exp));
    return d < 0 ? es_int_neg(m) : m;
}

int es_int_cmp_double(es_val_t a, double d) {
    if (d != d) {
        return 2;
    }
    if (d - d != 0) {
        return d > 0 ? -1 : 1;
    }
    es_int_view_t va;
    es_int_view(&va, a);
    if (es_bigint_bit_length(va.d, va.len) <= MANT_DIG) {
        double x = es_int_to_double(a); // exact
        return (x > d) - (x < d);
    }
    // |a| >= 2^53: compare with d's integer part. When they are equal,
    // |d| >= 2^53 too, so d has no fraction: a fractional d never ties.
    return es_int_cmp(es_int_unbool(a), es_int_from_double(d));
}
