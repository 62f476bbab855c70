// SPDX-License-Identifier: MIT
// str.format, str.format_map and printf-style fmt % args. Replacement
// fields "{name.attr[key]!conv:spec}" are resolved here and each value is
// formatted by es_format (core/format.c); nested fields in a spec are
// expanded first. Output is built in an arena vstr.
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "strmeth.h"
#include "tuple.h"

typedef struct fmt_ctx {
    const es_val_t *pos; // positional arguments
    size_t n_pos;
    const es_val_t *kw;  // (name, value) pairs
    size_t n_kw;
    es_val_t mapping;    // format_map's mapping, or ES_NULL
    size_t next_auto;    // next automatic field number
    int numbering;       // 0 unknown, 1 automatic, 2 manual
} fmt_ctx_t;

static void set_numbering(fmt_ctx_t *c, int mode) {
    if (c->numbering != 0 && c->numbering != mode) {
        es_raise_msg(&es_type_ValueError, mode == 1
            ? ES_ERR("cannot switch from manual field specification to "
                "automatic field numbering")
            : ES_ERR("cannot switch from automatic field numbering to "
                "manual field specification"));
    }
    c->numbering = mode;
}

static es_val_t positional(fmt_ctx_t *c, size_t i) {
    if (c->mapping != ES_NULL) { // format_map has no positional arguments
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Format string contains positional fields"));
    }
    if (i >= c->n_pos) {
        es_raise_fmt(&es_type_IndexError, ES_ERR("Replacement index %zu out "
            "of range for positional args tuple"), i);
    }
    return c->pos[i];
}

static es_val_t named(fmt_ctx_t *c, const char *s, size_t n) {
    es_val_t key = es_str_new(s, n);
    if (c->mapping != ES_NULL) {
        return es_subscr_load(c->mapping, key);
    }
    for (size_t i = 0; i < c->n_kw; i++) {
        if (es_str_equal(c->kw[2 * i], key)) {
            return c->kw[2 * i + 1];
        }
    }
    es_raise(es_exc_new(&es_type_KeyError, 1, &key));
}

static bool all_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return n > 0;
}

static size_t to_index(const char *s, size_t n) {
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v = v * 10 + (size_t)(s[i] - '0');
    }
    return v;
}

// The object a field name [s, n) names: first part, then .attr and [key].
static es_val_t field_value(fmt_ctx_t *c, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') {
        i++;
    }
    es_val_t obj;
    if (i == 0) {
        set_numbering(c, 1);
        obj = positional(c, c->next_auto++);
    } else if (all_digits(s, i)) {
        set_numbering(c, 2);
        obj = positional(c, to_index(s, i));
    } else {
        obj = named(c, s, i);
    }
    while (i < n) {
        size_t j = ++i;
        if (s[j - 1] == '.') {
            while (i < n && s[i] != '.' && s[i] != '[') {
                i++;
            }
            obj = es_load_attr(obj, es_intern(s + j, i - j));
            continue;
        }
        while (i < n && s[i] != ']') {
            i++;
        }
        if (i == n) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Missing ']' in format string"));
        }
        es_val_t key = all_digits(s + j, i - j)
            ? es_small_new((es_int_t)to_index(s + j, i - j))
            : es_str_new(s + j, i - j);
        obj = es_subscr_load(obj, key);
        i++;
    }
    return obj;
}

static void format_into(es_vstr_t *out, fmt_ctx_t *c, const char *s,
    size_t n, int depth);

// End of the field starting after '{' at s[i]: index of its '}'.
static size_t field_end(const char *s, size_t n, size_t i) {
    int nest = 1;
    bool in_name = true; // before the ':' or '!' of the field
    for (; i < n; i++) {
        in_name &= s[i] != ':' && s[i] != '!';
        if (in_name && s[i] == '{') {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("unexpected '{' in field name"));
        }
        nest += s[i] == '{';
        nest -= s[i] == '}';
        if (nest == 0) {
            return i;
        }
    }
    es_raise_msg(&es_type_ValueError,
        ES_ERR("expected '}' before end of string"));
}

// Format one replacement field [s, n) (without braces) into [out].
static void format_field(es_vstr_t *out, fmt_ctx_t *c, const char *s,
    size_t n, int depth) {
    size_t name_end = 0;
    while (name_end < n && s[name_end] != '!' && s[name_end] != ':') {
        name_end++;
    }
    es_val_t v = field_value(c, s, name_end);
    size_t i = name_end;
    if (i < n && s[i] == '!') {
        char conv = i + 1 < n ? s[i + 1] : 0;
        if (conv == 'r' || conv == 'a') {
            v = es_repr(v);
            v = conv == 'a' ? es_str_ascii(v) : v;
        } else if (conv == 's') {
            v = es_to_str(v);
        } else if (conv == 0) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("unmatched '{' in format spec"));
        } else {
            es_raise_fmt(&es_type_ValueError, ES_ERR("Unknown conversion "
                "specifier %c"), conv);
        }
        i += 2;
        if (i < n && s[i] != ':') {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("expected ':' after conversion specifier"));
        }
    }
    es_val_t spec = ES_NULL;
    if (i < n) { // ':' spec, with nested fields expanded
        es_vstr_t sv;
        es_vstr_init(&sv, n - i);
        format_into(&sv, c, s + i + 1, n - i - 1, depth + 1);
        spec = es_vstr_to_str(&sv);
    }
    size_t len;
    const char *r = es_str_data(es_format(v, spec), &len);
    es_vstr_add(out, r, len);
}

static void format_into(es_vstr_t *out, fmt_ctx_t *c, const char *s,
    size_t n, int depth) {
    if (depth > 2) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Max string recursion exceeded"));
    }
    for (size_t i = 0; i < n;) {
        char ch = s[i];
        if ((ch == '{' || ch == '}') && i + 1 < n && s[i + 1] == ch) {
            es_vstr_add(out, &ch, 1);
            i += 2;
        } else if (ch == '}') {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Single '}' encountered in format string"));
        } else if (ch == '{') {
            if (i + 1 == n) {
                es_raise_msg(&es_type_ValueError,
                    ES_ERR("Single '{' encountered in format string"));
            }
            size_t end = field_end(s, n, i + 1);
            format_field(out, c, s + i + 1, end - i - 1, depth);
            i = end + 1;
        } else {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') {
                j++;
            }
            es_vstr_add(out, s + i, j - i);
            i = j;
        }
    }
}

static es_val_t format_run(es_val_t self, fmt_ctx_t *c) {
    es_text_t t;
    es_text_get(&t, self);
    es_vstr_t out;
    es_vstr_init(&out, t.len + 16);
    format_into(&out, c, t.s, t.len, 0);
    return es_vstr_to_str(&out);
}

static es_val_t str_format(size_t n_args, size_t n_kw, const es_val_t *args) {
    fmt_ctx_t c = {args + 1, n_args - 1, args + n_args, n_kw, ES_NULL, 0, 0};
    return format_run(args[0], &c);
}
ES_FUN_KW(es_str_format_obj, 1, ES_FUN_ARGS_MAX, str_format);

static es_val_t str_format_map(es_val_t self, es_val_t mapping) {
    fmt_ctx_t c = {NULL, 0, NULL, 0, mapping, 0, 0};
    return format_run(self, &c);
}
ES_FUN_2(es_str_format_map_obj, str_format_map);

// --- printf-style: fmt % args

typedef struct mod_ctx {
    const es_val_t *args;
    size_t n, next;
    es_val_t mapping; // for %(name)s, or ES_NULL
    es_val_t (*text)(es_val_t); // bytes % args: %s/%b's text, else NULL
} mod_ctx_t;

static es_val_t next_arg(mod_ctx_t *m) {
    if (m->next >= m->n) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("not enough arguments for format string"));
    }
    return m->args[m->next++];
}

// A '*' width or precision, or digits; -1 when absent.
// [what] is the ValueError text for a number that does not fit.
static es_int_t mod_number(mod_ctx_t *m, const char *s, size_t n, size_t *i,
    const char *what) {
    if (*i < n && s[*i] == '*') {
        (*i)++;
        es_val_t v = next_arg(m);
        if (!es_is_int(v)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("* wants int"));
        }
        return es_get_int(v);
    }
    if (*i >= n || s[*i] < '0' || s[*i] > '9') {
        return -1;
    }
    es_int_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (ES_SMALL_MAX - 9) / 10) {
            es_raise_msg(&es_type_ValueError, what);
        }
        v = v * 10 + (s[(*i)++] - '0');
    }
    return v;
}

static void add_fill(es_vstr_t *out, char c, size_t n) {
    for (size_t i = 0; i < n; i++) {
        es_vstr_add(out, &c, 1);
    }
}

// %d %i %u %x %X %o: sign and 0x prefix, precision = minimum digits, then
// width by spaces (left or right) or zeros after the prefix ('0' flag).
static void mod_int(es_vstr_t *out, es_val_t v, char type,
    const es_fmt_spec_t *spec) {
    v = es_class_unbox(v); // class I(int) instances
    if (es_is_float(v) && !strchr("xXo", type)) {
        v = es_float_to_int(es_float_get(v)); // %d of 2.5 is 2
    }
    const es_type_t *t = es_type_of(v);
    if (es_is_class(t) && es_type_lookup(t, ES_Q(__index__)) != ES_NULL) {
        v = es_index_of(v); // as CPython: __index__ for every int format
    } else if (es_is_class(t) && !strchr("xXo", type)
        && es_type_lookup(t, ES_Q(__int__)) != ES_NULL) {
        v = es_call(es_val(&es_type_int), 1, 0, &v); // and __int__ for %d
    }
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError, strchr("xXo", type)
            ? ES_ERR("%%%c format: an integer is required, not %T")
            : ES_ERR("%%%c format: a real number is required, not %T"),
            type, v);
    }
    es_vstr_t d;
    es_print_t dp;
    es_vstr_init(&d, 24);
    es_vstr_printer(&d, &dp);
    int base = type == 'o' ? 8 : strchr("xX", type) ? 16 : 10;
    es_int_print_ex(&dp, v, base, ES_INT_ABS | (type == 'X' ? ES_INT_UPPER
        : 0));
    char prefix[3];
    size_t np = 0;
    if (es_int_sign(v) < 0 || spec->sign) {
        prefix[np++] = es_int_sign(v) < 0 ? '-' : spec->sign;
    }
    if (spec->alt && base != 10) {
        prefix[np++] = '0';
        prefix[np++] = type;
    }
    size_t zeros = spec->precision > (es_int_t)d.len
        ? (size_t)spec->precision - d.len : 0;
    size_t total = np + zeros + d.len;
    size_t pad = spec->width > total ? spec->width - total : 0;
    if (spec->align != '<' && !spec->zero) {
        add_fill(out, ' ', pad);
    }
    es_vstr_add(out, prefix, np);
    add_fill(out, '0', zeros + (spec->align != '<' && spec->zero ? pad : 0));
    es_vstr_add(out, d.buf, d.len);
    if (spec->align == '<') {
        add_fill(out, ' ', pad);
    }
}

static void mod_char(es_vstr_t *out, es_val_t v, es_fmt_spec_t *spec) {
    char buf[4];
    const char *s = buf;
    size_t n;
    if (es_is_str(v)) {
        es_text_t t;
        es_text_get(&t, v);
        if (t.chars != 1) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("%c requires int or char"));
        }
        s = t.s;
        n = t.len;
    } else if (es_is_int(v)) {
        es_int_t c;
        if (!es_int_get_checked(v, &c) || c < 0 || c > 0x10ffff) {
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("%c arg not in range(0x110000)"));
        }
        n = es_str_encode((uint32_t)c, buf);
    } else {
        es_raise_msg(&es_type_TypeError, ES_ERR("%c requires int or char"));
    }
    es_print_t p;
    es_vstr_printer(out, &p);
    spec->fill[0] = ' ';
    es_format_pad(&p, spec, "", 0, s, n, 1, '>');
}

static void mod_text(es_vstr_t *out, es_val_t v, es_fmt_spec_t *spec) {
    es_text_t t;
    es_text_get(&t, v);
    size_t len = t.len, chars = t.chars;
    if (spec->precision >= 0 && (size_t)spec->precision < chars) {
        chars = (size_t)spec->precision;
        len = es_str_offset(t.s, t.len, chars);
    }
    es_print_t p;
    es_vstr_printer(out, &p);
    es_format_pad(&p, spec, "", 0, t.s, len, chars, '>');
}

// One conversion spec after '%' at s[*i]: flags, width, precision, type.
// A %(key) mapping key at s[*i] (after the '('): the value it names.
static es_val_t mod_key(mod_ctx_t *m, const char *s, size_t n, size_t *i) {
    size_t j = ++*i;
    for (int nest = 1; *i < n; (*i)++) {
        nest += (s[*i] == '(') - (s[*i] == ')');
        if (nest == 0) {
            break;
        }
    }
    if (*i >= n) {
        es_raise_msg(&es_type_ValueError, ES_ERR("incomplete format key"));
    }
    if (m->mapping == ES_NULL) {
        es_raise_msg(&es_type_TypeError, ES_ERR("format requires a mapping"));
    }
    es_val_t key = es_str_new(s + j, *i - j);
    (*i)++;
    m->next = m->n; // as CPython: no positional use of the args after this
    return es_subscr_load(m->mapping, key);
}

// Flags, width and precision of a conversion spec into [spec].
static void mod_spec(mod_ctx_t *m, const char *s, size_t n, size_t *i,
    es_fmt_spec_t *spec) {
    memset(spec, 0, sizeof(*spec));
    spec->fill[0] = ' ';
    spec->fill_len = 1;
    for (; *i < n && strchr("-+ #0", s[*i]); (*i)++) {
        switch (s[*i]) {
        case '-': spec->align = '<'; break;
        case '+': spec->sign = '+'; break;
        case ' ': spec->sign = spec->sign ? spec->sign : ' '; break;
        case '#': spec->alt = true; break;
        default: spec->zero = true; break;
        }
    }
    es_int_t w = mod_number(m, s, n, i, ES_ERR("width too big"));
    if (w < 0 && *i > 0 && s[*i - 1] == '*') {
        spec->align = '<'; // a negative * width left-justifies
        w = -w;
    }
    spec->width = w < 0 ? 0 : (size_t)w;
    spec->precision = -1;
    if (*i < n && s[*i] == '.') {
        (*i)++;
        es_int_t p = mod_number(m, s, n, i, ES_ERR("precision too big"));
        spec->precision = p < 0 ? 0 : p;
    }
    while (*i < n && strchr("hlL", s[*i])) {
        (*i)++;
    }
}

// %e %E %f %F %g %G: float formatting of a float or int.
static void mod_float(es_vstr_t *out, es_val_t v, char type,
    es_fmt_spec_t *spec) {
    double d = es_float_of(v); // floats, ints, __float__, __index__
    spec->type = type;
    es_print_t p;
    es_vstr_printer(out, &p);
    es_float_format(&p, d, spec);
}

// One conversion after '%' at s[*i]: [(key)] flags width .precision type.
static void mod_one(es_vstr_t *out, mod_ctx_t *m, const char *s, size_t n,
    size_t *i) {
    es_val_t arg = *i < n && s[*i] == '(' ? mod_key(m, s, n, i) : ES_NULL;
    es_fmt_spec_t spec;
    mod_spec(m, s, n, i, &spec);
    if (*i >= n) {
        es_raise_msg(&es_type_ValueError, ES_ERR("incomplete format"));
    }
    char type = s[(*i)++];
    if (arg == ES_NULL && strchr(m->text ? "sbracdiuxXoeEfFgG"
        : "sracdiuxXoeEfFgG", type)) {
        arg = next_arg(m);
    }
    switch (type) {
    case 'b': case 's':
        if (type == 'b' && m->text == NULL) {
            break;
        }
        mod_text(out, es_to_str(m->text ? m->text(arg) : arg), &spec);
        return;
    case 'r':
        // bytes' %r is %a
        mod_text(out, m->text ? es_str_ascii(es_repr(arg)) : es_repr(arg),
            &spec);
        return;
    case 'a': mod_text(out, es_str_ascii(es_repr(arg)), &spec); return;
    case 'c': mod_char(out, m->text ? m->text(arg) : arg, &spec); return;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        mod_int(out, arg, type, &spec);
        return;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        mod_float(out, arg, type, &spec);
        return;
    default:
        break;
    }
    es_raise_fmt(&es_type_ValueError, ES_ERR("unsupported format "
        "character '%c' (0x%x) at index %zu"), type, (unsigned)type, *i - 1);
}

// Does %-formatting take [v] as the mapping for %(name)s? As CPython:
// anything subscriptable but str; a class instance when its class has
// __getitem__.
static bool is_mapping(es_val_t v) {
    const es_type_t *t = es_type_of(v);
    if (!es_is_obj(v) || es_is_str(v) || t->subscr == NULL) {
        return false;
    }
    return !es_is_class(t) || es_type_lookup(t, ES_Q(__getitem__)) != ES_NULL;
}

es_val_t es_str_mod(es_val_t fmt, es_val_t args) {
    return es_str_mod_text(fmt, args, NULL);
}

es_val_t es_str_mod_text(es_val_t fmt, es_val_t args,
    es_val_t (*text)(es_val_t)) {
    es_text_t t;
    es_text_get(&t, fmt);
    mod_ctx_t m = {&args, 1, 0, ES_NULL, text};
    if (es_is_tuple(args)) {
        es_val_t *items;
        es_tuple_get(args, &m.n, &items);
        m.args = items;
    } else if (is_mapping(args) && !(text != NULL && (es_is_type(args,
        &es_type_bytes) || es_is_type(args, &es_type_bytearray)))) {
        m.mapping = args;
    }
    es_vstr_t out;
    es_vstr_init(&out, t.len + 16);
    for (size_t i = 0; i < t.len;) {
        size_t j = i;
        while (j < t.len && t.s[j] != '%') {
            j++;
        }
        es_vstr_add(&out, t.s + i, j - i);
        if (j == t.len) {
            break;
        }
        i = j + 1;
        if (i < t.len && t.s[i] == '%') { // only a bare %% is literal
            es_vstr_add(&out, "%", 1);
            i++;
            continue;
        }
        mod_one(&out, &m, t.s, t.len, &i);
    }
    if (m.next < m.n && m.mapping == ES_NULL) {
        es_raise_msg(&es_type_TypeError, ES_ERR("not all arguments converted "
            "during string formatting"));
    }
    return es_vstr_to_str(&out);
}
