// SPDX-License-Identifier: MIT
// Printing floats: repr (shortest round-trip digits) and the format-spec /
// %-formatting conversions e E f F g G n % with CPython's rules for
// precision, alternate form, signs, negative-zero coercion, grouping and
// padding. Digits come from core/dtoa.c; this file lays them out.
#include <string.h>

#include "dtoa.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "print.h"

static bool is_finite(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

static bool sign_bit(double d) {
    return es_dtoa_bits(d) >> 63;
}

// The digits of |d| (finite) in [out] for mode 'e' ([prec] significant
// digits) or 'f' ([prec] decimals); zero gives zeros with decpt 1.
static size_t get_digits(double d, char mode, int prec, es_vstr_t *out,
    int *decpt) {
    if (d == 0) {
        size_t n = (size_t)prec + (mode == 'f');
        for (size_t i = 0; i < n; i++) {
            es_vstr_add(out, "0", 1);
        }
        *decpt = 1;
        return n;
    }
    return es_dtoa_fixed(d < 0 ? -d : d, mode, prec, out, decpt);
}

// Fixed notation: the integer part, then [nfrac] decimals (a '.' before
// them when nfrac > 0 or [dot]).
static void lay_fixed(es_vstr_t *o, const char *dg, size_t n, int decpt,
    long nfrac, bool dot) {
    if (decpt <= 0) {
        es_vstr_add(o, "0", 1);
    }
    for (long i = 0; i < decpt; i++) {
        es_vstr_add(o, (size_t)i < n ? dg + i : "0", 1);
    }
    if (nfrac > 0 || dot) {
        es_vstr_add(o, ".", 1);
    }
    for (long i = 0; i < nfrac; i++) {
        long idx = decpt + i;
        es_vstr_add(o, idx >= 0 && (size_t)idx < n ? dg + idx : "0", 1);
    }
}

static void lay_exp_suffix(es_vstr_t *o, int x, char e) {
    char buf[8];
    int n = 0;
    buf[n++] = e;
    buf[n++] = x < 0 ? '-' : '+';
    unsigned u = (unsigned)(x < 0 ? -x : x);
    char tmp[6];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (t < 2) {
        tmp[t++] = '0';
    }
    while (t) {
        buf[n++] = tmp[--t];
    }
    es_vstr_add(o, buf, (size_t)n);
}

// Exponent notation: d.ddd e+XX with [nfrac] decimals.
static void lay_exp(es_vstr_t *o, const char *dg, size_t n, int decpt,
    long nfrac, bool dot, char e) {
    es_vstr_add(o, dg, 1);
    if (nfrac > 0 || dot) {
        es_vstr_add(o, ".", 1);
    }
    for (long i = 1; i <= nfrac; i++) {
        es_vstr_add(o, (size_t)i < n ? dg + i : "0", 1);
    }
    lay_exp_suffix(o, decpt - 1, e);
}

// repr layout of the shortest digits.
static void lay_repr(es_vstr_t *o, double d, bool add_dot0, bool *is_exp) {
    char dg[17];
    int decpt;
    size_t n = 1;
    dg[0] = '0';
    decpt = 1;
    if (d != 0) {
        n = (size_t)es_dtoa_shortest(d < 0 ? -d : d, dg, &decpt);
    }
    *is_exp = decpt <= -4 || decpt > 16;
    if (*is_exp) {
        lay_exp(o, dg, n, decpt, (long)n - 1, false, 'e');
        return;
    }
    long nfrac = (long)n - decpt;
    if (nfrac <= 0) {
        nfrac = add_dot0 ? 1 : 0;
    }
    lay_fixed(o, dg, n, decpt, nfrac, false);
}

static void print_special(const es_print_t *p, double d, bool upper) {
    const char *s = d != d ? "nan" : "inf";
    if (d == d && d < 0) {
        es_print_strn(p, "-", 1);
    }
    es_print_cstr(p, upper ? (d != d ? "NAN" : "INF") : s);
}

void es_float_print(const es_print_t *p, double d, bool add_dot0) {
    if (!is_finite(d)) {
        print_special(p, d, false);
        return;
    }
    // at most 24 characters ("-2.2250738585072014e-308"): the buffer
    // never grows, so repr allocates nothing
    char buf[40];
    es_vstr_t o;
    es_vstr_init_on(&o, buf, sizeof(buf));
    if (sign_bit(d)) {
        es_vstr_add(&o, "-", 1);
    }
    bool is_exp;
    lay_repr(&o, d, add_dot0, &is_exp);
    es_print_strn(p, o.buf, o.len);
}

// --- format specs

// 'g' layout: [prec] significant digits, fixed or exponent by the exponent.
static void lay_general(es_vstr_t *o, double d, long prec, bool alt,
    bool dot0, char e) {
    if (prec == 0) {
        prec = 1;
    }
    es_vstr_t dg;
    es_vstr_init(&dg, (size_t)prec + 4);
    int decpt;
    size_t n = get_digits(d, 'e', (int)prec, &dg, &decpt);
    int x = decpt - 1;
    if (!alt) { // strip trailing zeros
        while (n > 1 && dg.buf[n - 1] == '0') {
            n--;
        }
    }
    if (x >= -4 && x < (dot0 ? prec - 1 : prec)) { // CPython's rule
        long nfrac = alt ? prec - 1 - x : (long)n - decpt;
        if (nfrac < 0) {
            nfrac = 0;
        }
        if (dot0 && nfrac == 0) {
            nfrac = 1;
        }
        lay_fixed(o, dg.buf, n, decpt, nfrac, alt);
    } else {
        lay_exp(o, dg.buf, n, decpt, alt ? prec - 1 : (long)n - 1, alt, e);
    }
}

// The body (no sign) of finite |d| formatted with [type] and [prec].
static void lay_body(es_vstr_t *o, double d, char type, long prec, bool alt) {
    es_vstr_t dg;
    int decpt;
    size_t n;
    switch (type) {
    case 'e': case 'E':
        es_vstr_init(&dg, (size_t)prec + 4);
        n = get_digits(d, 'e', (int)prec + 1, &dg, &decpt);
        lay_exp(o, dg.buf, n, decpt, prec, alt, type);
        return;
    case 'f': case 'F': case '%':
        es_vstr_init(&dg, (size_t)prec + 24);
        n = get_digits(type == '%' ? d * 100 : d, 'f', (int)prec, &dg, &decpt);
        lay_fixed(o, dg.buf, n, decpt, prec, alt);
        if (type == '%') {
            es_vstr_add(o, "%", 1);
        }
        return;
    case 'g': case 'G': case 'n':
        lay_general(o, d, prec, alt, false, type == 'G' ? 'E' : 'e');
        return;
    default: // no type, with a precision
        lay_general(o, d, prec, alt, true, 'e');
        return;
    }
}

static bool all_zero_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '1' && s[i] <= '9') {
            return false;
        }
        if (s[i] == 'e' || s[i] == 'E') {
            break;
        }
    }
    return true;
}

// Insert grouping separators into the integer part of body; zero padding
// (width [zpad] for the grouped body, 0 = none) adds grouped zeros.
static void group(es_vstr_t *dst, const char *b, size_t n, char sep,
    size_t zpad) {
    size_t ni = 0;
    while (ni < n && b[ni] >= '0' && b[ni] <= '9') {
        ni++;
    }
    size_t total = ni;
    while (zpad && total + (total - 1) / 3 + (n - ni) < zpad) {
        total++;
    }
    for (size_t i = 0; i < total; i++) {
        if (i > 0 && (total - i) % 3 == 0) {
            es_vstr_add(dst, &sep, 1);
        }
        es_vstr_add(dst, i < total - ni ? "0" : b + i - (total - ni), 1);
    }
    es_vstr_add(dst, b + ni, n - ni);
}

static void check_type(double d, char type) {
    if (type && !strchr("eEfFgGn%", type)) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("Unknown format code '%c' "
            "for object of type 'float'"), type);
    }
    ES_UNUSED(d);
}

void es_float_format(const es_print_t *p, double d, const es_fmt_spec_t *spec) {
    char type = spec->type;
    check_type(d, type);
    long prec = spec->precision;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    es_vstr_t body;
    es_vstr_init(&body, 32);
    bool neg = sign_bit(d) && d == d;
    if (!is_finite(d)) {
        es_vstr_add(&body, d != d ? (upper ? "NAN" : "nan")
            : (upper ? "INF" : "inf"), 3);
        if (type == '%') {
            es_vstr_add(&body, "%", 1);
        }
    } else if (type == 0 && prec < 0) {
        bool is_exp;
        lay_repr(&body, neg ? -d : d, true, &is_exp);
    } else {
        lay_body(&body, neg ? -d : d, type, prec < 0 ? 6 : prec, spec->alt);
    }
    if (neg && spec->no_neg_zero && is_finite(d)
        && all_zero_digits(body.buf, body.len)) {
        neg = false;
    }
    char prefix[2];
    size_t np = 0;
    if (neg) {
        prefix[np++] = '-';
    } else if (spec->sign == '+' || spec->sign == ' ') {
        prefix[np++] = spec->sign;
    }
    es_fmt_spec_t s = *spec;
    bool zero_pad = s.zero && s.align == 0;
    if (zero_pad) {
        s.align = '=';
        s.fill[0] = '0';
        s.fill_len = 1;
    }
    if (s.grouping && is_finite(d)) {
        es_vstr_t g;
        es_vstr_init(&g, body.len + body.len / 3 + 4);
        bool zfill = s.align == '=' && s.fill_len == 1 && s.fill[0] == '0';
        group(&g, body.buf, body.len, s.grouping,
            zfill && s.width > np ? s.width - np : 0);
        body = g;
    }
    es_format_pad(p, &s, prefix, np, body.buf, body.len, body.len, '>');
}
