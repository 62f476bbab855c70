// SPDX-License-Identifier: MIT
// The format-spec mini-language: parsing a spec, padding and aligning, and
// formatting ints (digits from es_int_print_ex, then sign, prefix, grouping
// and zero padding here) and strs. es_format() is format(value, spec).
#include "format.h"

#include <string.h>

#include "class.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "intern.h"
#include "print.h"
#include "runtime.h"
#include "str.h"

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

ES_NORETURN static void invalid_spec(const char *s, size_t len,
    es_val_t value) {
    es_raise_fmt(&es_type_ValueError, ES_ERR("Invalid format specifier "
        "'%.*s' for object of type '%T'"), (int)len, s, value);
}

// Parse a decimal number at s[*i]; -1 when there is none.
static es_int_t parse_num(const char *s, size_t len, size_t *i) {
    if (*i >= len || s[*i] < '0' || s[*i] > '9') {
        return -1;
    }
    es_int_t n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        if (n > ES_SMALL_MAX / 10) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Too many decimal digits in format string"));
        }
        n = n * 10 + (s[(*i)++] - '0');
    }
    return n;
}

// [[fill]align]: fill is any one code point followed by an align char.
static bool parse_align(const char *s, size_t len, size_t *i,
    es_fmt_spec_t *spec) {
    size_t n = 0;
    if (len > 0) {
        es_str_decode(s, &n);
    }
    if (n < len && is_align(s[n])) {
        memcpy(spec->fill, s, n);
        spec->fill_len = (uint8_t)n;
        spec->fill[n] = 0;
        spec->align = s[n];
        *i = n + 1;
        return true;
    }
    if (len > 0 && is_align(s[0])) {
        spec->align = s[0];
        *i = 1;
    }
    return false;
}

// ',' goes with decimal and float types, '_' also with b o x X.
static void check_grouping(const es_fmt_spec_t *spec) {
    const char *ok = spec->grouping == ',' ? "deEfFgG%" : "deEfFgG%boxX";
    if (spec->grouping && spec->type && !strchr(ok, spec->type)) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("Cannot specify '%c' with "
            "'%c'."), spec->grouping, spec->type);
    }
}

void es_format_parse(const char *s, size_t len, es_val_t value,
    es_fmt_spec_t *spec) {
    memset(spec, 0, sizeof(*spec));
    spec->fill[0] = ' ';
    spec->fill_len = 1;
    spec->precision = -1;
    size_t i = 0;
    bool explicit_fill = parse_align(s, len, &i, spec);
    if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
        spec->sign = s[i++];
    }
    if (i < len && s[i] == 'z') {
        spec->no_neg_zero = true;
        i++;
    }
    if (i < len && s[i] == '#') {
        spec->alt = true;
        i++;
    }
    if (i < len && s[i] == '0') {
        spec->zero = true;
        i++;
    }
    es_int_t w = parse_num(s, len, &i);
    spec->width = w < 0 ? 0 : (size_t)w;
    if (i < len && (s[i] == ',' || s[i] == '_')) {
        spec->grouping = s[i++];
    }
    if (i < len && s[i] == '.') {
        i++;
        spec->precision = parse_num(s, len, &i);
        if (spec->precision < 0) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Format specifier missing precision"));
        }
    }
    if (i + 1 == len) {
        spec->type = s[i++];
    }
    if (i != len) {
        invalid_spec(s, len, value);
    }
    check_grouping(spec);
    if (spec->zero && !explicit_fill) {
        spec->fill[0] = '0'; // numbers then default to '=' alignment
    }
}

static void print_fill(const es_print_t *p, const es_fmt_spec_t *spec,
    size_t n) {
    for (size_t i = 0; i < n; i++) {
        es_print_strn(p, spec->fill, spec->fill_len);
    }
}

void es_format_pad(const es_print_t *p, const es_fmt_spec_t *spec,
    const char *prefix, size_t nprefix, const char *body, size_t nbody,
    size_t chars, char dflt) {
    ES_ASSERT(chars <= nbody && spec->fill_len > 0);
    size_t have = nprefix + chars;
    size_t pad = spec->width > have ? spec->width - have : 0;
    char align = spec->align ? spec->align : dflt;
    size_t left = align == '>' || align == '=' ? pad
        : align == '^' ? pad / 2 : 0;
    if (align != '=') {
        print_fill(p, spec, left);
    }
    es_print_strn(p, prefix, nprefix);
    if (align == '=') {
        print_fill(p, spec, left);
    }
    es_print_strn(p, body, nbody);
    print_fill(p, spec, pad - left);
}

// --- ints

static int int_base(char type) {
    switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

// [zeros] zeros then [n] digits at [d], with a [sep] (if any) every
// [every] digits from the right.
static void print_grouped(es_vstr_t *out, size_t zeros, const char *d,
    size_t n, char sep, int every) {
    size_t total = zeros + n;
    for (size_t i = 0; i < total; i++) {
        if (sep && i > 0 && (total - i) % (size_t)every == 0) {
            es_vstr_add(out, &sep, 1);
        }
        es_vstr_add(out, i < zeros ? "0" : d + i - zeros, 1);
    }
}

static size_t grouped_len(size_t n, int every) {
    return n + (n > 0 ? (n - 1) / (size_t)every : 0);
}

static void check_int_spec(const es_fmt_spec_t *spec) {
    if (spec->precision >= 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Precision not allowed in integer format specifier"));
    }
    if (spec->no_neg_zero) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Negative zero coercion (z) "
            "not allowed in integer format specifier"));
    }
}

// The sign and 0x-style prefix of an int format into [buf]; its length.
static size_t int_prefix(char *buf, bool neg, const es_fmt_spec_t *spec) {
    size_t n = 0;
    if (neg) {
        buf[n++] = '-';
    } else if (spec->sign == '+' || spec->sign == ' ') {
        buf[n++] = spec->sign;
    }
    if (spec->alt && int_base(spec->type) != 10) {
        buf[n++] = '0';
        buf[n++] = spec->type == 'X' ? 'X' : spec->type;
    }
    return n;
}

static void format_char(const es_print_t *p, es_val_t v,
    const es_fmt_spec_t *spec) {
    if (spec->sign) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Sign not allowed with integer format specifier 'c'"));
    }
    if (spec->alt) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Alternate form (#) not "
            "allowed with integer format specifier 'c'"));
    }
    es_int_t c;
    if (!es_int_get_checked(v, &c)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("Python int too large to convert to C long"));
    }
    if (c < 0 || c > 0x10ffff) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("%c arg not in range(0x110000)"));
    }
    char buf[4];
    size_t n = es_str_encode((uint32_t)c, buf);
    es_format_pad(p, spec, "", 0, buf, n, 1, spec->zero ? '=' : '>');
}

void es_format_int(const es_print_t *p, es_val_t v,
    const es_fmt_spec_t *spec) {
    check_int_spec(spec);
    if (spec->type == 'c') {
        format_char(p, v, spec);
        return;
    }
    int base = int_base(spec->type);
    int every = base == 10 ? 3 : 4;
    es_vstr_t digits, out;
    es_print_t dp;
    es_vstr_init(&digits, 24);
    es_vstr_printer(&digits, &dp);
    es_int_print_ex(&dp, v, base, ES_INT_ABS
        | (spec->type == 'X' ? ES_INT_UPPER : 0));
    char prefix[4];
    size_t np = int_prefix(prefix, es_int_sign(v) < 0, spec);
    size_t zeros = 0;
    char align = spec->align ? spec->align : spec->zero ? '=' : '>';
    if (spec->grouping && align == '=' && spec->fill_len == 1
        && spec->fill[0] == '0') {
        // zero padding is grouped too: format(1234, '08,') is 0,001,234
        while (np + grouped_len(zeros + digits.len, every) < spec->width) {
            zeros++;
        }
    }
    es_vstr_init(&out, digits.len + zeros + digits.len / 3 + 4);
    print_grouped(&out, zeros, digits.buf, digits.len, spec->grouping, every);
    es_format_pad(p, spec, prefix, np, out.buf, out.len, out.len, align);
}

// --- strs

static void format_str(const es_print_t *p, es_val_t v,
    const es_fmt_spec_t *spec) {
    if (spec->type != 0 && spec->type != 's') {
        es_raise_fmt(&es_type_ValueError, ES_ERR("Unknown format code '%c' "
            "for object of type '%T'"), spec->type, v);
    }
    if (spec->grouping) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("Cannot specify '%c' with "
            "'s'."), spec->grouping);
    }
    if (spec->sign) {
        es_raise_msg(&es_type_ValueError, spec->sign == ' '
            ? ES_ERR("Space not allowed in string format specifier")
            : ES_ERR("Sign not allowed in string format specifier"));
    }
    if (spec->alt) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Alternate form (#) not "
            "allowed in string format specifier"));
    }
    if (spec->align == '=') {
        es_raise_msg(&es_type_ValueError, ES_ERR("'=' alignment not allowed "
            "in string format specifier"));
    }
    if (spec->no_neg_zero) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Negative zero coercion (z) "
            "not allowed in string format specifier"));
    }
    size_t len;
    const char *s = es_str_data(v, &len);
    size_t chars = es_utf8_count(s, len);
    if (spec->precision >= 0 && (size_t)spec->precision < chars) {
        chars = (size_t)spec->precision;
        len = es_str_offset(s, len, chars);
    }
    es_format_pad(p, spec, "", 0, s, len, chars, '<');
}

static bool int_type(char t) {
    return t == 0 || strchr("bcdoxXn", t) != NULL;
}

es_val_t es_format(es_val_t value, es_val_t spec) {
    size_t len = 0;
    const char *s = "";
    if (spec != ES_NULL && spec != ES_NONE) {
        s = es_str_arg(spec, "format", "format_spec", &len);
    }
    bool is_bool = value == ES_TRUE || value == ES_FALSE;
    if (len == 0 && (es_is_str(value) || is_bool || !es_is_int(value))) {
        es_val_t f[2];
        es_load_method_maybe(value, ES_Q(__format__), f);
        if (f[0] == ES_NULL || es_is_str(value) || is_bool) {
            return es_to_str(value);
        }
    }
    es_fmt_spec_t fs;
    es_vstr_t out;
    es_print_t p;
    if (es_is_str(value) || es_is_int(value) || es_is_float(value)) {
        es_format_parse(s, len, value, &fs);
        es_vstr_init(&out, len + 16);
        es_vstr_printer(&out, &p);
        if (es_is_str(value)) {
            format_str(&p, value, &fs);
        } else if (es_is_int(value) && int_type(fs.type)) {
            es_format_int(&p, value, &fs);
        } else if (es_is_int(value) && !strchr("eEfFgG%", fs.type)) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Unknown format code "
                "'%c' for object of type '%T'"), fs.type, value);
        } else {
            es_float_format(&p, es_float_of(value), &fs);
        }
        return es_vstr_to_str(&out);
    }
    es_val_t f[3];
    es_load_method_maybe(value, ES_Q(__format__), f);
    if (f[0] == ES_NULL) {
        if (len != 0) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("unsupported format "
                "string passed to %T.__format__"), value);
        }
        return es_to_str(value);
    }
    f[2] = spec == ES_NULL || spec == ES_NONE ? es_str_empty() : spec;
    es_val_t r = es_call_method(1, 0, f);
    if (!es_is_str(es_class_unbox(r))) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("__format__ must return a "
            "str, not %T"), r);
    }
    return es_class_unbox(r);
}
