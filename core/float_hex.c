// SPDX-License-Identifier: MIT
// float.hex() and float.fromhex(): exact hexadecimal text of a double and
// back, rounded half to even when the text has more than 53 bits, with
// CPython's forms ('0x1.8000000000000p+1', subnormals as 0x0.xxxp-1022)
// and errors.
#include <math.h>

#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "print.h"
#include "rom.h"
#include "str.h"
#include "strtod.h"

static bool is_fin(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static double self_value(es_val_t self) {
    if (!es_is_float(self)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("descriptor 'hex' requires a "
            "'float' object but received a '%T'"), self);
    }
    return es_float_get(self);
}

// float.hex(): CPython's '0x1.8000000000000p+1' form.
static es_val_t float_hex(es_val_t self) {
    double d = self_value(self);
    es_vstr_t out;
    es_print_t p;
    es_vstr_init(&out, 32);
    es_vstr_printer(&out, &p);
    if (!is_fin(d) || d == 0) {
        if (d == 0) {
            es_print_cstr(&p, es_dtoa_bits(d) >> 63 ? "-0x0.0p+0" : "0x0.0p+0");
        } else {
            es_float_print(&p, d, true);
        }
        return es_vstr_to_str(&out);
    }
    uint64_t mant;
    int e;
    es_dtoa_split(fabs(d), &mant, &e);
    int lead = mant >> 52 ? 1 : 0; // subnormals: 0x0.xxxp-1022
    e = lead ? e + 52 : -1022;
    char frac[14];
    for (int i = 0; i < 13; i++) {
        frac[i] = es_rom_digit((mant >> (48 - 4 * i)) & 15, false);
    }
    frac[13] = 0;
    es_printf(&p, "%s0x%d.%sp%s%d", d < 0 ? "-" : "", lead, frac,
        e < 0 ? "-" : "+", e < 0 ? -e : e);
    return es_vstr_to_str(&out);
}
ES_FUN_1(es_float_hex_obj, float_hex);

static int hex_val(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static ES_NORETURN void bad_hex(void) {
    es_raise_msg(&es_type_ValueError,
        ES_ERR("invalid hexadecimal floating-point string"));
}

// Round m * 2^x (+ sticky) to a double; m has at most 64 bits.
static double hex_assemble(uint64_t m, long x, bool sticky) {
    int bits = 0;
    for (uint64_t t = m; t; t >>= 1) {
        bits++;
    }
    if (bits == 0) {
        return 0.0;
    }
    long lead = bits - 1 + x;
    if (lead > 1023) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("hexadecimal value too large to represent as a float"));
    }
    long keep = lead >= -1022 ? 53 : lead + 1075;
    if (keep < 0) {
        return 0.0;
    }
    long drop = bits - keep;
    uint64_t r;
    if (drop <= 0) {
        r = m << -drop;
    } else {
        r = drop >= 64 ? 0 : m >> drop;
        bool half = drop <= 64 && ((m >> (drop - 1)) & 1);
        bool low = sticky || (drop - 1 > 0 && drop - 1 < 64
            && (m & (((uint64_t)1 << (drop - 1)) - 1)) != 0);
        if (half && (low || (r & 1))) {
            r++;
        }
    }
    x += drop;
    if (r >> 53) {
        r >>= 1;
        x++;
    }
    if (r >> 52) {
        if (x + 1075 >= 2047) {
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("hexadecimal value too large to represent as a float"));
        }
        return es_dtoa_from_bits(((uint64_t)(x + 1075) << 52)
            | (r & (((uint64_t)1 << 52) - 1)));
    }
    return es_dtoa_from_bits(r);
}

// Hex digits of the mantissa: up to 15 significant ones kept exactly, the
// rest only set the sticky bit. *x gets the binary exponent adjustment.
static size_t hex_mantissa(const char *s, size_t len, size_t i, uint64_t *m,
    long *x, bool *sticky, size_t *ndig) {
    bool point = false;
    *ndig = 0;
    for (; i < len; i++) {
        if (s[i] == '.' && !point) {
            point = true;
            continue;
        }
        int v = hex_val(s[i]);
        if (v < 0) {
            break;
        }
        (*ndig)++;
        if (*m >> 56) {
            *sticky |= v != 0;
            *x += point ? 0 : 4;
        } else {
            *m = *m << 4 | (uint64_t)v;
            *x -= point ? 4 : 0;
        }
    }
    return i;
}

static double parse_hex(const char *s, size_t len) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i++] == '-';
    }
    double inf;
    if (es_strtod(s + i, len - i, false, &inf) && !is_fin(inf)) {
        return neg ? -inf : inf;
    }
    if (i + 1 < len && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    uint64_t m = 0;
    long x = 0;
    bool sticky = false;
    size_t ndig;
    i = hex_mantissa(s, len, i, &m, &x, &sticky, &ndig);
    if (ndig == 0) {
        bad_hex();
    }
    if (i < len && (s[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i++] == '-';
        }
        if (i >= len || s[i] < '0' || s[i] > '9') {
            bad_hex();
        }
        long e = 0;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            e = e < 100000 ? e * 10 + (s[i] - '0') : e;
        }
        x += eneg ? -e : e;
    }
    if (i != len) {
        bad_hex();
    }
    double d = hex_assemble(m, x, sticky);
    return neg ? -d : d;
}

static es_val_t float_fromhex(size_t n_args, const es_val_t *args) {
    es_val_t s = args[n_args - 1];
    if (!es_is_str(s)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("bad argument type for "
            "built-in operation"));
    }
    size_t len;
    const char *t = es_str_data(s, &len);
    size_t a = 0, b = len;
    while (a < b && is_space(t[a])) {
        a++;
    }
    while (b > a && is_space(t[b - 1])) {
        b--;
    }
    return es_float_new(parse_hex(t + a, b - a));
}
ES_FUN_VAR_CLASS(es_float_fromhex_obj, 1, 2, float_fromhex);

