// SPDX-License-Identifier: MIT
// The complex type: two doubles in one leaf block. Arithmetic as CPython's
// complexobject.c (Smith's division, integer powers by repeated squaring,
// other powers in polar form), repr '(1+2j)' with shortest digits,
// complex() from numbers and strings, .real/.imag/.conjugate().
#include <math.h>
#include <string.h>

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

typedef struct {
    double re, im;
} cval_t;

es_val_t es_complex_new(double re, double im) {
    es_complex_t *c = es_gc_alloc(sizeof(es_complex_t), ES_GC_LEAF);
    c->base.type = &es_type_complex;
    c->re = re;
    c->im = im;
    return es_val(c);
}

static es_val_t cnew(cval_t c) {
    return es_complex_new(c.re, c.im);
}

es_val_t es_complex_parse_imag(const char *s, size_t len) {
    double d;
    if (!es_strtod(s, len, false, &d)) {
        es_raise_msg(&es_type_SyntaxError, ES_ERR("invalid imaginary literal"));
    }
    return es_complex_new(0.0, d);
}

// The value of a complex, float, int or bool; false for anything else.
static bool get_c(es_val_t v, cval_t *c) {
    if (es_is_complex(v)) {
        const es_complex_t *o = (const es_complex_t *)es_obj(v);
        c->re = o->re;
        c->im = o->im;
        return true;
    }
    c->im = 0.0;
    return es_float_value(v, &c->re);
}

// --- printing

static bool is_fin(double d) {
    return ((es_dtoa_bits(d) >> 52) & 0x7ff) != 0x7ff;
}

static void complex_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    const es_complex_t *c = (const es_complex_t *)es_obj(self);
    if (c->re == 0 && !(es_dtoa_bits(c->re) >> 63)) {
        es_float_print(p, c->im, false);
        es_print_strn(p, "j", 1);
        return;
    }
    es_print_strn(p, "(", 1);
    es_float_print(p, c->re, false);
    if (c->im != c->im || !(es_dtoa_bits(c->im) >> 63)) {
        es_print_strn(p, "+", 1);
    }
    es_float_print(p, c->im, false);
    es_print_strn(p, "j)", 2);
}

// --- arithmetic

static cval_t c_mul(cval_t a, cval_t b) {
    // each product rounded to a double (x87 would keep 1e400 finite)
    volatile double ac = a.re * b.re, bd = a.im * b.im;
    volatile double ad = a.re * b.im, bc = a.im * b.re;
    return (cval_t){ac - bd, ad + bc};
}

// a / b; [msg] is the ZeroDivisionError text for b == 0.
static cval_t c_quot(cval_t a, cval_t b, const char *msg) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    cval_t r;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            es_raise_msg(&es_type_ZeroDivisionError, msg);
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;
    }
    return r;
}

static cval_t c_powu(cval_t x, long n) {
    cval_t r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = c_mul(r, p);
        }
        p = c_mul(p, p);
    }
    return r;
}

static cval_t c_pow(cval_t a, cval_t b) {
    if (b.re == 0 && b.im == 0) {
        return (cval_t){1.0, 0.0};
    }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) {
            es_raise_msg(&es_type_ZeroDivisionError,
                ES_ERR("0.0 to a negative or complex power"));
        }
        return (cval_t){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cval_t){len * cos(phase), len * sin(phase)};
}

static es_val_t pow_val(cval_t a, cval_t b) {
    cval_t r;
    if (b.im == 0 && b.re == es_float_floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        r = n > 0 ? c_powu(a, n) : c_quot((cval_t){1.0, 0.0}, c_powu(a, -n),
            ES_ERR("0.0 to a negative or complex power"));
    } else {
        r = c_pow(a, b);
    }
    // CPython: an infinite part (not a NaN) is an overflow, whatever the
    // operands were
    if ((!is_fin(r.re) && r.re == r.re) || (!is_fin(r.im) && r.im == r.im)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("complex exponentiation"));
    }
    return cnew(r);
}

es_val_t es_complex_pow(double ar, double ai, double br, double bi) {
    return pow_val((cval_t){ar, ai}, (cval_t){br, bi});
}

static es_val_t complex_binary_op(es_binary_op_t op, es_val_t a,
    es_val_t b) {
    cval_t x, y;
    if (op >= ES_BOP_INPLACE_OR || !get_c(a, &x) || !get_c(b, &y)) {
        return ES_NULL;
    }
    switch (op) {
    case ES_BOP_EQ: return es_bool(x.re == y.re && x.im == y.im);
    case ES_BOP_NE: return es_bool(x.re != y.re || x.im != y.im);
    case ES_BOP_ADD: return es_complex_new(x.re + y.re, x.im + y.im);
    case ES_BOP_SUB: return es_complex_new(x.re - y.re, x.im - y.im);
    case ES_BOP_MUL: return cnew(c_mul(x, y));
    case ES_BOP_TRUEDIV: return cnew(c_quot(x, y, ES_ERR("complex division by zero")));
    case ES_BOP_POW: return pow_val(x, y);
    default: return ES_NULL;
    }
}

static es_int_t hash_double(double d) {
    es_val_t f = es_float_new(d);
    return es_small_get(es_type_float.unary_op(ES_UOP_HASH, f));
}

static es_val_t complex_unary_op(es_unary_op_t op, es_val_t self) {
    const es_complex_t *c = (const es_complex_t *)es_obj(self);
    switch (op) {
    case ES_UOP_POS: return self;
    case ES_UOP_NEG: return es_complex_new(-c->re, -c->im);
    case ES_UOP_BOOL: return es_bool(c->re != 0 || c->im != 0);
    case ES_UOP_ABS: {
        double r = hypot(c->re, c->im);
        if (!is_fin(r) && is_fin(c->re) && is_fin(c->im)) {
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("absolute value too large"));
        }
        return es_float_new(r);
    }
    case ES_UOP_HASH: {
        uintptr_t h = (uintptr_t)hash_double(c->re)
            + (uintptr_t)1000003 * (uintptr_t)hash_double(c->im);
        es_int_t v = (es_int_t)h;
        if (!es_small_fits(v)) {
            v %= ES_SMALL_MAX;
        }
        return es_small_new(v == -1 ? -2 : v);
    }
    default: return ES_NULL;
    }
}

// --- construction

static ES_NORETURN void malformed(void) {
    es_raise_msg(&es_type_ValueError,
        ES_ERR("complex() arg is a malformed string"));
}

// A float or a lone sign ("+" / "-" / "" mean +-1 in the imaginary part).
static double part(const char *s, size_t len, bool imag) {
    double d;
    if (imag && (len == 0 || (len == 1 && (s[0] == '+' || s[0] == '-')))) {
        return len == 1 && s[0] == '-' ? -1.0 : 1.0;
    }
    if (!es_strtod(s, len, true, &d)) {
        malformed();
    }
    return d;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static void trim(const char **s, size_t *len) {
    while (*len > 0 && is_space(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && is_space((*s)[*len - 1])) {
        (*len)--;
    }
}

static cval_t parse_complex(const char *s, size_t len) {
    trim(&s, &len);
    if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
        s++;
        len -= 2;
        trim(&s, &len);
    }
    if (len == 0) {
        malformed();
    }
    if ((s[len - 1] | 0x20) != 'j') {
        return (cval_t){part(s, len, false), 0.0};
    }
    len--;
    size_t k = 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] == '+' || s[i] == '-') && (s[i - 1] | 0x20) != 'e') {
            k = i;
        }
    }
    if (k == 0) {
        return (cval_t){0.0, part(s, len, true)};
    }
    return (cval_t){part(s, k, false), part(s + k, len - k, true)};
}

static cval_t number_arg(es_val_t v, bool first) {
    cval_t c;
    if (get_c(v, &c)) {
        return c;
    }
    es_val_t m[2] = {ES_NULL, ES_NULL};
    if (first) { // CPython: only the first argument may be __complex__
        es_load_method_maybe(v, ES_Q(__complex__), m);
    }
    if (m[0] != ES_NULL) {
        es_val_t r = es_call_method(0, 0, m);
        if (get_c(r, &c) && es_is_complex(r)) {
            return c;
        }
    }
    es_load_method_maybe(v, ES_Q(__float__), m);
    es_val_t m2[2];
    es_load_method_maybe(v, ES_Q(__index__), m2);
    if (m[0] != ES_NULL || m2[0] != ES_NULL) {
        return (cval_t){es_float_of(v), 0.0};
    }
    if (first) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("complex() first argument "
            "must be a string or a number, not '%T'"), v);
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("complex() second argument "
        "must be a number, not '%T'"), v);
}

static es_val_t complex_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_val_t a[2] = {ES_NULL, ES_NULL};
    if (n_args > 2) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("complex() takes at most 2 "
            "arguments (%u given)"), (unsigned)(n_args + n_kw));
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        es_qstr_t k = es_qstr_get(args[n_args + 2 * i]);
        if (k != ES_Q(real) && k != ES_Q(imag)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for complex()"), k);
        }
        a[k == ES_Q(imag)] = args[n_args + 2 * i + 1];
    }
    if (a[0] != ES_NULL && es_is_str(es_class_unbox(a[0]))) {
        a[0] = es_class_unbox(a[0]); // a str subclass parses as its text
        if (a[1] != ES_NULL) {
            es_raise_msg(&es_type_TypeError, ES_ERR("complex() can't take "
                "second arg if first is a string"));
        }
        size_t len;
        const char *s = es_str_data(a[0], &len);
        return cnew(parse_complex(s, len));
    }
    if (a[1] != ES_NULL && es_is_str(es_class_unbox(a[1]))) {
        es_raise_msg(&es_type_TypeError, ES_ERR("complex() second arg "
            "can't be a string"));
    }
    cval_t r = a[0] != ES_NULL ? number_arg(a[0], true) : (cval_t){0.0, 0.0};
    if (a[0] != ES_NULL && a[1] == ES_NULL && es_is_complex(a[0])) {
        return a[0];
    }
    if (a[1] != ES_NULL) { // CPython: imag part is i.re (+ r.im if complex)
        cval_t i = number_arg(a[1], false);
        r.re -= i.im;
        r.im = es_is_complex(a[0]) ? r.im + i.re : i.re;
    }
    return cnew(r);
}

// --- attributes and methods

static es_val_t complex_load_attr(es_val_t self, es_qstr_t name) {
    const es_complex_t *c = (const es_complex_t *)es_obj(self);
    if (name == ES_Q(real)) {
        return es_float_new(c->re);
    }
    if (name == ES_Q(imag)) {
        return es_float_new(c->im);
    }
    return ES_NULL;
}

static es_val_t complex_conjugate(es_val_t self) {
    cval_t c;
    if (!es_is_complex(self) || !get_c(self, &c)) {
        es_raise_self_type("conjugate", ES_Q(complex), self);
    }
    return es_complex_new(c.re, -c.im);
}
static ES_FUN_1(fun_conjugate, complex_conjugate);

static es_val_t complex_complex(es_val_t self) {
    return self;
}
static ES_FUN_1(fun_complex, complex_complex);

// --- format(z, spec): each part formatted as a float, then padded whole.

// One part: [type] 0 means repr digits (no ".0"); [sign] forced or not.
static void format_part(const es_print_t *p, double d,
    const es_fmt_spec_t *fs, char sign) {
    es_fmt_spec_t ps = *fs;
    ps.width = 0;
    ps.align = 0;
    ps.zero = false;
    ps.sign = sign;
    if (ps.type == 0 && ps.precision < 0) {
        if (sign && !(es_dtoa_bits(d) >> 63 && d == d)) {
            es_print_strn(p, &sign, 1);
        }
        es_float_print(p, d, false);
        return;
    }
    if (ps.type == 0) {
        ps.type = 'g';
    }
    es_float_format(p, d, &ps);
}

static void check_complex_spec(const es_fmt_spec_t *fs, es_val_t self) {
    if (fs->align == '=') {
        es_raise_msg(&es_type_ValueError, ES_ERR("'=' alignment flag is not "
            "allowed in complex format specifier"));
    }
    if (fs->zero) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Zero padding is not "
            "allowed in complex format specifier"));
    }
    if (fs->type && !strchr("eEfFgGn", fs->type)) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("Unknown format code '%c' "
            "for object of type '%T'"), fs->type, self);
    }
}

static es_val_t complex_format(es_val_t self, es_val_t spec) {
    cval_t c;
    if (!es_is_complex(self) || !get_c(self, &c) || !es_is_str(spec)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("bad argument to __format__"));
    }
    size_t len;
    const char *s = es_str_data(spec, &len);
    es_fmt_spec_t fs;
    es_format_parse(s, len, self, &fs);
    check_complex_spec(&fs, self);
    bool skip_re = fs.type == 0 && c.re == 0 && !(es_dtoa_bits(c.re) >> 63);
    bool parens = fs.type == 0 && !skip_re;
    es_vstr_t body;
    es_print_t bp;
    es_vstr_init(&body, 32);
    es_vstr_printer(&body, &bp);
    es_print_strn(&bp, "(", parens ? 1 : 0);
    if (!skip_re) {
        format_part(&bp, c.re, &fs, fs.sign == '+' || fs.sign == ' '
            ? fs.sign : 0);
    }
    format_part(&bp, c.im, &fs, skip_re ? fs.sign : '+');
    es_print_strn(&bp, parens ? "j)" : "j", parens ? 2 : 1);
    es_vstr_t out;
    es_print_t op;
    es_vstr_init(&out, body.len + fs.width + 4);
    es_vstr_printer(&out, &op);
    es_format_pad(&op, &fs, "", 0, body.buf, body.len, body.len, '>');
    return es_vstr_to_str(&out);
}
static ES_FUN_2(fun_format, complex_format);

static const es_map_elem_t complex_locals_table[] = {
    {ES_QV(conjugate), ES_PTR(&fun_conjugate)},
    {ES_QV(__complex__), ES_PTR(&fun_complex)},
    {ES_QV(__format__), ES_PTR(&fun_format)},
};
static ES_CONST_DICT(complex_locals, complex_locals_table);

const es_type_t es_type_complex = {
    .base = {&es_type_type},
    .name = ES_Q(complex),
    .flags = ES_TYPE_BASETYPE,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .load_attr = complex_load_attr,
    .locals = ES_PTR(&complex_locals),
};
