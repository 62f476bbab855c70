// SPDX-License-Identifier: MIT
// Text -> double, correctly rounded. The digits become a big integer D and
// a power of ten E; D * 10^E (E >= 0) or D * 2^k / 10^-E (E < 0, k chosen
// for a 55-bit quotient) is an exact integer plus a sticky remainder bit,
// rounded once to 53 bits (fewer for subnormals), ties to even. Digits past
// the 800th only set the sticky bit: no halfway case needs more.
#include "strtod.h"

#include <string.h>

#include "dtoa.h"
#include "gc.h"

#define MAX_DIGITS 800
#define EXP_CLAMP 100000

typedef struct {
    const char *mant;   // the mantissa text (digits, '.', '_')
    size_t mant_len;
    long exp;           // explicit exponent, clamped
    size_t n_frac;      // digits after the point
} num_text_t;

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Digits with single underscores between them from s[*i]; false when there
// are none or an underscore is misplaced.
static bool scan_digits(const char *s, size_t len, size_t *i, bool us,
    size_t *count) {
    size_t n = 0;
    while (*i < len) {
        if (is_digit(s[*i])) {
            n++;
            (*i)++;
        } else if (us && s[*i] == '_' && n > 0 && *i + 1 < len
            && is_digit(s[*i + 1])) {
            (*i)++;
        } else {
            break;
        }
    }
    *count = n;
    return n > 0;
}

static bool scan_exp(const char *s, size_t len, size_t *i, bool us,
    long *exp) {
    bool neg = false;
    if (*i < len && (s[*i] == '+' || s[*i] == '-')) {
        neg = s[(*i)++] == '-';
    }
    size_t start = *i, n;
    if (!scan_digits(s, len, i, us, &n)) {
        return false;
    }
    long e = 0;
    for (size_t j = start; j < *i; j++) {
        if (is_digit(s[j]) && e < EXP_CLAMP) {
            e = e * 10 + (s[j] - '0');
        }
    }
    *exp = neg ? -e : e;
    return true;
}

static bool scan_number(const char *s, size_t len, bool us, num_text_t *t) {
    size_t i = 0, n_int = 0, n_frac = 0;
    bool has_int = scan_digits(s, len, &i, us, &n_int);
    if (i < len && s[i] == '.') {
        i++;
        scan_digits(s, len, &i, us, &n_frac);
    }
    if (!has_int && n_frac == 0) {
        return false;
    }
    t->mant = s;
    t->mant_len = i;
    t->n_frac = n_frac;
    t->exp = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (!scan_exp(s, len, &i, us, &t->exp)) {
            return false;
        }
    }
    return i == len;
}

static bool word_is(const char *s, size_t len, const char *w) {
    if (strlen(w) != len) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if ((s[i] | 0x20) != w[i]) {
            return false;
        }
    }
    return true;
}

// The mantissa's significant digits as a big integer (at most MAX_DIGITS of
// them); *kept = their count, *dropped = how many followed, *sticky = a
// nonzero digit among those.
static void mant_value(const num_text_t *t, es_big_t *d, size_t *kept,
    size_t *dropped, bool *sticky) {
    d->n = 0;
    *kept = *dropped = 0;
    *sticky = false;
    for (size_t i = 0; i < t->mant_len; i++) {
        char c = t->mant[i];
        if (!is_digit(c) || (c == '0' && *kept == 0)) {
            continue;
        }
        if (*kept < MAX_DIGITS) {
            es_big_mul_small(d, 10, (uint32_t)(c - '0'));
            (*kept)++;
        } else {
            (*dropped)++;
            *sticky |= c != '0';
        }
    }
}

// The double m * 2^x where m < 2^54 was rounded to fit (see round_big).
static double assemble(uint64_t m, long x) {
    if (m == 0) {
        return 0.0;
    }
    if (m >> 53) {
        m >>= 1;
        x++;
    }
    if (m >> 52) {
        long field = x + 1075;
        if (field >= 2047) {
            return es_dtoa_from_bits((uint64_t)0x7ff << 52);
        }
        return es_dtoa_from_bits(((uint64_t)field << 52)
            | (m & (((uint64_t)1 << 52) - 1)));
    }
    return es_dtoa_from_bits(m); // subnormal: x is -1074
}

// Round n * 2^x (plus a little more when [sticky]) to a double.
static double round_big(const es_big_t *n, long x, bool sticky) {
    long bits = (long)es_big_bit_length(n);
    if (bits == 0) {
        return 0.0;
    }
    long lead = bits - 1 + x;
    if (lead > 1100) {
        return assemble((uint64_t)1 << 52, 2000); // inf
    }
    long keep = lead >= -1022 ? 53 : lead + 1075;
    if (keep < 0) {
        return 0.0;
    }
    long drop = bits - keep;
    if (drop <= 0) {
        return assemble(es_big_bits(n, 0) << -drop, x + drop);
    }
    uint64_t m = es_big_bits(n, (size_t)drop);
    bool half = es_big_bits(n, (size_t)(drop - 1)) & 1;
    sticky = sticky || es_big_low_nonzero(n, (size_t)(drop - 1));
    if (half && (sticky || (m & 1))) {
        m++;
    }
    return assemble(m, x + drop);
}

// D / 10^-e, correctly rounded; [buf] has room for 6 * cap digits.
static double divide(es_big_t *num, long e, bool sticky, es_digit_t *buf,
    size_t cap) {
    es_big_t den = {0, buf};
    es_big_set_u64(&den, 1);
    es_big_mul_pow10(&den, (int)-e);
    long sh = 55 - ((long)es_big_bit_length(num)
        - (long)es_big_bit_length(&den));
    es_big_shl(sh >= 0 ? num : &den, (size_t)(sh >= 0 ? sh : -sh));
    es_digit_t *q = buf + cap, *r = buf + 2 * cap, *scratch = buf + 3 * cap;
    es_big_t quot = {0, q};
    bool rem;
    if (den.n == 1) {
        rem = es_bigint_divmod_digit(q, num->d, num->n, den.d[0]) != 0;
        quot.n = es_bigint_norm(q, num->n);
    } else {
        es_bigint_divmod(q, r, num->d, num->n, den.d, den.n, scratch);
        quot.n = es_bigint_norm(q, num->n - den.n + 1);
        rem = es_bigint_norm(r, den.n) != 0;
    }
    return round_big(&quot, -sh, sticky || rem);
}

static double decimal_value(const num_text_t *t) {
    long e = t->exp - (long)t->n_frac;
    // Room per number: the kept digits and the power of ten actually used
    // (values past 10^310 or below 10^-324 never reach the arithmetic).
    size_t nd = t->mant_len < MAX_DIGITS ? t->mant_len : MAX_DIGITS;
    size_t ne = (size_t)(e < 0 ? -e : e);
    size_t cap = (nd + (ne < 1200 ? ne : 1200) + 2) * 7 / 32 + 8;
    es_digit_t small[256];
    es_digit_t *buf = 7 * cap <= ES_ARRAY_SIZE(small) ? small
        : es_gc_alloc(7 * cap * sizeof(es_digit_t), ES_GC_LEAF);
    es_big_t d = {0, buf};
    size_t kept, dropped;
    bool sticky;
    mant_value(t, &d, &kept, &dropped, &sticky);
    e += (long)dropped;
    if (kept == 0 || (long)kept + e < -324) {
        return 0.0;
    }
    if ((long)kept + e > 310) {
        return assemble((uint64_t)1 << 52, 2000);
    }
    if (e >= 0) {
        es_big_mul_pow10(&d, (int)e);
        return round_big(&d, 0, sticky);
    }
    return divide(&d, e, sticky, buf + cap, cap);
}

bool es_strtod(const char *s, size_t len, bool underscores, double *out) {
    bool neg = false;
    if (len > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        len--;
    }
    double v;
    num_text_t t;
    if (word_is(s, len, "inf") || word_is(s, len, "infinity")) {
        v = es_dtoa_from_bits((uint64_t)0x7ff << 52);
    } else if (word_is(s, len, "nan")) {
        v = es_dtoa_from_bits((uint64_t)0xfff << 51);
    } else if (scan_number(s, len, underscores, &t)) {
        v = decimal_value(&t);
    } else {
        return false;
    }
    *out = neg ? -v : v;
    return true;
}
