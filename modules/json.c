// SPDX-License-Identifier: MIT
// The json module (also `ujson`): dumps/dump write CPython's default text
// (ensure_ascii, separators (', ', ': ') unless given), loads/load read a
// str, bytes or bytearray document with CPython's grammar and messages.
//
// Depth: both directions are loops over an explicit stack of open
// containers (a list in the arena), never C recursion, so the chip's 8 KB
// C stack nests as deep as the host's; more than JSON_DEPTH levels raise
// RecursionError as CPython does. dumps finds a container that contains
// itself on that stack (ValueError, as CPython).
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "int.h"
#include "intern.h"
#include "io.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "seq.h"
#include "str.h"
#include "tuple.h"

// Deepest nesting loads and dumps accept: CPython's default recursion
// limit.
#define JSON_DEPTH 1000

// RecursionError past JSON_DEPTH levels, CPython's text: [what] is
// "encoding a JSON object" or "decoding a JSON document".
static ES_NORETURN void too_deep(const char *what) {
    es_raise_fmt(&es_type_RecursionError,
        ES_ERR("maximum recursion depth exceeded while %s"), what);
}

// --- dumps

typedef struct enc {
    const es_print_t *p;
    const char *item_sep, *key_sep;
    size_t item_len, key_len;
} enc_t;

// \uXXXX for code unit [c].
static void enc_u(const es_print_t *p, uint32_t c) {
    char b[6] = {'\\', 'u'};
    for (int i = 0; i < 4; i++) {
        b[2 + i] = es_rom_digit((c >> (12 - 4 * i)) & 0xf, false);
    }
    es_print_strn(p, b, 6);
}

// The escape of a code point outside printable ASCII or needing one.
static void enc_escape(const es_print_t *p, uint32_t c) {
    const char *s = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n"
        : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b"
        : c == '\f' ? "\\f" : NULL;
    if (s != NULL) {
        es_print_strn(p, s, 2);
    } else if (c >= 0x10000) { // a UTF-16 surrogate pair, as CPython
        enc_u(p, 0xd800 + ((c - 0x10000) >> 10));
        enc_u(p, 0xdc00 + ((c - 0x10000) & 0x3ff));
    } else {
        enc_u(p, c);
    }
}

// A JSON string of [n] bytes at [s]: UTF-8 text, or (bytes, as MicroPython
// writes them) one code point per byte. Runs of plain ASCII go out whole.
static void enc_str(const es_print_t *p, const char *s, size_t n, bool utf8) {
    es_print_strn(p, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n;) {
        uint8_t b = (uint8_t)s[i];
        if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
            i++;
            continue;
        }
        es_print_strn(p, s + run, i - run);
        size_t len = 1;
        enc_escape(p, utf8 && b >= 0x80 ? es_str_decode(s + i, &len) : b);
        i += len;
        run = i;
    }
    es_print_strn(p, s + run, n - run);
    es_print_strn(p, "\"", 1);
}

static void enc_float(const es_print_t *p, double d) {
    uint64_t u = es_float_bits(d);
    if (u << 1 >= 0x7ffULL << 53) { // NaN or an infinity
        es_print_cstr(p, u << 12 ? "NaN" : u >> 63 ? "-Infinity"
            : "Infinity");
    } else {
        es_float_print(p, d, true);
    }
}

// Write [v] if it is None, a bool, str, bytes, int or float; false if it
// is none of these.
static bool enc_scalar(const es_print_t *p, es_val_t v) {
    if (v == ES_NONE || v == ES_TRUE || v == ES_FALSE) {
        es_print_cstr(p, v == ES_NONE ? "null" : v == ES_TRUE ? "true"
            : "false");
    } else if (es_is_str(v) || es_is_type(v, &es_type_bytes)) {
        size_t n;
        const char *s = es_is_str(v) ? es_str_data(v, &n)
            : (const char *)es_bytes_need(v, &n);
        enc_str(p, s, n, es_is_str(v));
    } else if (es_is_int(v)) {
        es_int_print(p, v, 10);
    } else if (es_is_float(v)) {
        enc_float(p, es_float_get(v));
    } else {
        return false;
    }
    return true;
}

// A dict key: str as it is; int, float, bool and None as their JSON text
// in quotes, as CPython.
static void enc_key(const es_print_t *p, es_val_t k) {
    k = es_class_unbox(k);
    if (es_is_str(k)) {
        enc_scalar(p, k);
        return;
    }
    if (k != ES_NONE && k != ES_TRUE && k != ES_FALSE && !es_is_int(k)
            && !es_is_float(k)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR(
            "keys must be str, int, float, bool or None, not %q"),
            es_type_name(k));
    }
    es_print_strn(p, "\"", 1);
    enc_scalar(p, k);
    es_print_strn(p, "\"", 1);
}

// Write scalar [v], or open container [v]: its opening bracket is written
// and it is pushed on [stack] (pairs of container and small int: next
// position * 2 + whether an item was written). A container already open
// is a circular reference; more than JSON_DEPTH open is refused.
static void enc_value(const enc_t *e, es_val_t v, es_val_t stack) {
    v = es_class_unbox(v);
    if (enc_scalar(e->p, v)) {
        return;
    }
    es_val_t d = es_dict_arg(v);
    if (d == ES_NULL && !es_is_list(v) && !es_is_tuple(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("Object of type %q is not JSON serializable"),
            es_type_name(v));
    }
    v = d != ES_NULL ? d : v;
    size_t n;
    es_val_t *open;
    es_list_get(stack, &n, &open);
    for (size_t i = 0; i < n; i += 2) {
        if (open[i] == v) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Circular reference detected"));
        }
    }
    if (n >= 2 * JSON_DEPTH) {
        too_deep("encoding a JSON object");
    }
    es_print_strn(e->p, d != ES_NULL ? "{" : "[", 1);
    es_list_append(stack, v);
    es_list_append(stack, es_small_new(0));
}

// The next item of the innermost open container, after writing the
// separator (and a dict's key) before it; ES_NULL when the container is
// finished: its closing bracket is written and it is popped. Writing runs
// no Python code, so no container changes meanwhile.
static es_val_t enc_next(const enc_t *e, es_val_t stack) {
    size_t n, len;
    es_val_t *top, *items, item = ES_NULL, key = ES_NULL;
    es_list_get(stack, &n, &top);
    top += n - 2;
    es_int_t state = es_small_get(top[1]);
    size_t pos = (size_t)state >> 1;
    bool dict = !es_is_list(top[0]) && !es_is_tuple(top[0]); // or OrderedDict
    if (dict) {
        es_map_t *m = es_dict_map(top[0]);
        while (pos < m->used && m->table[pos].key == ES_NULL) {
            pos++;
        }
        if (pos < m->used) {
            key = m->table[pos].key;
            item = m->table[pos].value;
        }
    } else {
        if (es_is_list(top[0])) {
            es_list_get(top[0], &len, &items);
        } else {
            es_tuple_get(top[0], &len, &items);
        }
        item = pos < len ? items[pos] : ES_NULL;
    }
    if (item == ES_NULL) {
        es_print_strn(e->p, dict ? "}" : "]", 1);
        ((es_list_t *)stack)->len = n - 2;
        return ES_NULL;
    }
    top[1] = es_small_new((es_int_t)(pos + 1) << 1 | 1);
    if (state & 1) {
        es_print_strn(e->p, e->item_sep, e->item_len);
    }
    if (dict) {
        enc_key(e->p, key);
        es_print_strn(e->p, e->key_sep, e->key_len);
    }
    return item;
}

// Write [v] and everything in it: a loop, no C recursion.
static void enc_document(const enc_t *e, es_val_t v) {
    es_val_t stack = es_list_new(0, NULL);
    for (;;) {
        enc_value(e, v, stack);
        do {
            if (es_len(stack) == 0) {
                return;
            }
        } while ((v = enc_next(e, stack)) == ES_NULL);
    }
}

// One separator of a separators pair: a str.
static const char *sep_text(es_val_t v, size_t *n) {
    return es_str_arg(v, "make_encoder", "separator", n);
}

// A printer that counts the bytes written and, once buf is set, stores
// them there.
typedef struct text {
    char *buf;
    size_t len;
} text_t;

static void text_write(void *data, const char *s, size_t n) {
    text_t *t = data;
    if (t->buf != NULL) {
        memcpy(t->buf + t->len, s, n);
    }
    t->len += n;
}

// The JSON text of [obj] with separators [sep] (a pair, or ES_NULL/None
// for the defaults) in a new str.
static es_val_t dumps_str(es_val_t obj, es_val_t sep) {
    enc_t e = {NULL, ", ", ": ", 2, 2};
    if (sep != ES_NULL && sep != ES_NONE) {
        size_t n;
        es_val_t *two = es_seq_collect(sep, &n);
        if (n != 2) {
            es_raise_fmt(&es_type_ValueError, n < 2
                ? ES_ERR("not enough values to unpack (expected 2, got %u)")
                : ES_ERR("too many values to unpack (expected 2)"),
                (unsigned)n);
        }
        e.item_sep = sep_text(two[0], &e.item_len);
        e.key_sep = sep_text(two[1], &e.key_len);
    }
    // Two passes: the first counts, the second writes into the str, so
    // the text costs its own size and nothing more (the chip's heap).
    text_t t = {NULL, 0};
    es_print_t p = {&t, text_write};
    e.p = &p;
    enc_document(&e, obj);
    es_str_t *s = es_str_alloc(t.len);
    t.buf = s->data;
    t.len = 0;
    enc_document(&e, obj);
    return es_str_done(s);
}

static const es_qstr_t sep_kw[] = {ES_Q(separators)};

// dumps(obj, *, separators=None).
static es_val_t json_dumps(size_t n_args, size_t n_kw, const es_val_t *args) {
    es_val_t sep;
    es_builtins_get_kw(ES_Q(dumps), n_args, n_kw, args, 1, sep_kw, &sep);
    return dumps_str(args[0], sep);
}
static ES_FUN_KW(fun_dumps, 1, 1, json_dumps);

// dump(obj, fp, *, separators=None): fp.write(dumps(obj)).
static es_val_t json_dump(size_t n_args, size_t n_kw, const es_val_t *args) {
    es_val_t sep;
    es_builtins_get_kw(ES_Q(dump), n_args, n_kw, args, 1, sep_kw, &sep);
    es_val_t write = es_load_attr(args[1], ES_Q(write));
    es_call1(write, dumps_str(args[0], sep));
    return ES_NONE;
}
static ES_FUN_KW(fun_dump, 2, 2, json_dump);

// --- loads

typedef struct dec {
    const char *start, *p, *end;
    es_val_t keys; // dict: each object key made so far, to itself
} dec_t;

// ValueError "msg: line L column C (char N)" at byte [at], counted in
// characters as CPython does.
static ES_NORETURN void dec_error(const dec_t *d, const char *at,
    const char *msg) {
    size_t line = 1;
    const char *bol = d->start;
    for (const char *q = d->start; q < at; q++) {
        if (*q == '\n') {
            line++;
            bol = q + 1;
        }
    }
    es_raise_fmt(&es_type_ValueError,
        ES_ERR("%s: line %u column %u (char %u)"), msg, (unsigned)line,
        (unsigned)es_utf8_count(bol, (size_t)(at - bol)) + 1,
        (unsigned)es_utf8_count(d->start, (size_t)(at - d->start)));
}

// Skip JSON whitespace; the next byte, or 0 at the end.
static char dec_ws(dec_t *d) {
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n'
            || *d->p == '\r')) {
        d->p++;
    }
    return d->p < d->end ? *d->p : 0;
}

// Does the text at p start with the [n] bytes of [w]?
static bool dec_word(const dec_t *d, const char *w, size_t n) {
    return (size_t)(d->end - d->p) >= n && memcmp(d->p, w, n) == 0;
}

static size_t dec_digits(const dec_t *d, const char *q) {
    const char *s = q;
    while (q < d->end && *q >= '0' && *q <= '9') {
        q++;
    }
    return (size_t)(q - s);
}

// A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?; an int when it
// has neither fraction nor exponent. ES_NULL when none starts here.
static es_val_t dec_number(dec_t *d) {
    const char *s = d->p, *q = s + (s < d->end && *s == '-');
    size_t n = dec_digits(d, q);
    if (n == 0) {
        return ES_NULL;
    }
    q += *q == '0' ? 1 : n;
    bool is_float = false;
    if (q < d->end && *q == '.' && dec_digits(d, q + 1) > 0) {
        q += 1 + dec_digits(d, q + 1);
        is_float = true;
    }
    if (q < d->end && (*q == 'e' || *q == 'E')) {
        const char *x = q + 1 + (q + 1 < d->end && (q[1] == '+'
            || q[1] == '-'));
        if (dec_digits(d, x) > 0) {
            q = x + dec_digits(d, x);
            is_float = true;
        }
    }
    d->p = q;
    return is_float ? es_float_parse(s, (size_t)(q - s))
        : es_int_parse(s, (size_t)(q - s), 10, false);
}

// The 4 hex digits at q as a code unit, or -1.
static int32_t dec_hex4(const dec_t *d, const char *q) {
    if (d->end - q < 4) {
        return -1;
    }
    int32_t c = 0;
    for (int i = 0; i < 4; i++) {
        int v = es_hex_value((uint8_t)q[i]);
        if (v < 0) {
            return -1;
        }
        c = c * 16 + v;
    }
    return c;
}

// The escape after the backslash at d->p into [out]; returns its UTF-8
// length and moves past it. A surrogate pair becomes one code point; a lone
// surrogate is kept as its 3-byte form, as MicroPython does.
static size_t dec_escape(dec_t *d, char *out) {
    const char *bs = d->p;
    char c = bs + 1 < d->end ? bs[1] : 0;
    const char *simple = strchr("\"\\/bfnrt", c);
    if (c != 0 && simple != NULL) {
        d->p += 2;
        *out = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
        return 1;
    }
    if (c != 'u') {
        dec_error(d, bs, "Invalid \\escape");
    }
    int32_t u = dec_hex4(d, bs + 2);
    if (u < 0) {
        dec_error(d, bs + 1, "Invalid \\uXXXX escape");
    }
    d->p += 6;
    if (u >= 0xd800 && u < 0xdc00 && dec_word(d, "\\u", 2)) {
        int32_t lo = dec_hex4(d, d->p + 2);
        if (lo >= 0xdc00 && lo < 0xe000) {
            d->p += 6;
            u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        }
    }
    return es_str_encode((uint32_t)u, out);
}

// The body of the string opened at [open], from d->p to its closing quote
// (d->p ends after it), checked in CPython's order (so its first error is
// CPython's); the decoded text goes to [w] unless NULL. Its length.
static size_t dec_body(dec_t *d, const char *open, char *w) {
    char tmp[4];
    size_t n = 0;
    for (;;) {
        if (d->p >= d->end || (*d->p == '\\' && d->p + 1 == d->end)) {
            dec_error(d, open, "Unterminated string starting at");
        }
        char c = *d->p;
        if (c == '"') {
            d->p++;
            return n;
        }
        if ((uint8_t)c < 0x20) {
            dec_error(d, d->p, "Invalid control character at");
        }
        if (c == '\\') {
            n += dec_escape(d, w != NULL ? w + n : tmp);
        } else {
            if (w != NULL) {
                w[n] = c;
            }
            n++;
            d->p++;
        }
    }
}

// A string whose opening quote is at d->p: checked and measured, then
// copied (decoded when it has escapes).
static es_val_t dec_string(dec_t *d) {
    const char *open = d->p++;
    size_t n = dec_body(d, open, NULL);
    if (n == (size_t)(d->p - open - 2)) { // no escapes
        return es_str_new(open + 1, n);
    }
    es_str_t *s = es_str_alloc(n);
    d->p = open + 1;
    dec_body(d, open, (char *)es_str_data(es_val(s), NULL));
    return es_str_done(s);
}

// A literal name at d->p: its value (moving past it), or ES_NULL.
static es_val_t dec_name(dec_t *d) {
    static const char *const words[] = {"null", "true", "false", "NaN",
        "Infinity", "-Infinity"};
    for (size_t i = 0; i < ES_ARRAY_SIZE(words); i++) {
        size_t n = strlen(words[i]);
        if (!dec_word(d, words[i], n)) {
            continue;
        }
        d->p += n;
        if (i < 3) {
            return i == 0 ? ES_NONE : i == 1 ? ES_TRUE : ES_FALSE;
        }
        // NaN (CPython's, positive and quiet), Infinity, -Infinity
        return es_float_new(es_float_from_bits(i == 3 ? 0x7ff8ULL << 48
            : (i == 4 ? 0x7ffULL : 0xfffULL) << 52));
    }
    return ES_NULL;
}

// A value that is not a container: string, number, literal; ES_NULL when
// the text is none of these.
static es_val_t dec_scalar(dec_t *d) {
    if (*d->p == '"') {
        return dec_string(d);
    }
    es_val_t v = dec_name(d);
    return v != ES_NULL ? v : dec_number(d);
}

// An object key: the interned name when the text is one (no memory), else
// one str per distinct key of the document (as CPython's memo), so the
// 36 copies of "scale" in a list of records cost one string.
static es_val_t dec_key_str(dec_t *d) {
    es_val_t k = dec_string(d);
    size_t n;
    const char *t = es_str_data(k, &n);
    es_qstr_t q = es_intern_find(t, n);
    if (q != ES_Q_NULL) {
        return es_qstr_val(q);
    }
    if (d->keys == ES_NULL) {
        d->keys = es_dict_new(0);
    }
    es_val_t seen = es_dict_get(d->keys, k);
    if (seen != ES_NULL) {
        return seen;
    }
    es_dict_store(d->keys, k, k);
    return k;
}

// After '{' or ',' in an object: the key and its ':'.
static es_val_t dec_key(dec_t *d) {
    if (dec_ws(d) != '"') {
        dec_error(d, d->p,
            "Expecting property name enclosed in double quotes");
    }
    es_val_t k = dec_key_str(d);
    if (dec_ws(d) != ':') {
        dec_error(d, d->p, "Expecting ':' delimiter");
    }
    d->p++;
    return k;
}

// Open a container at d->p ('[' or '{'), pushing it (and an object's first
// key) on [stack]; returns the empty container when it closes at once.
static es_val_t dec_open(dec_t *d, es_val_t stack) {
    bool obj = *d->p++ == '{';
    if (es_len(stack) >= 2 * JSON_DEPTH) {
        too_deep("decoding a JSON document");
    }
    es_val_t c = obj ? es_dict_new(0) : es_list_new(0, NULL);
    if (dec_ws(d) == (obj ? '}' : ']')) {
        d->p++;
        return c;
    }
    es_list_append(stack, c);
    es_list_append(stack, obj ? dec_key(d) : ES_NONE);
    return ES_NULL;
}

// Add [v] to the innermost open container; true when that one continues
// (its next key is on the stack), false when it closed (it is popped and
// left in *v).
static bool dec_add(dec_t *d, es_val_t stack, es_val_t *v) {
    size_t n;
    es_val_t *top;
    es_list_get(stack, &n, &top);
    top += n - 2;
    bool obj = top[1] != ES_NONE;
    if (obj) {
        es_dict_store(top[0], top[1], *v);
    } else {
        es_list_append(top[0], *v);
    }
    char c = dec_ws(d);
    d->p += c != 0;
    if (c == ',') {
        top[1] = obj ? dec_key(d) : ES_NONE;
        return true;
    }
    if (c != (obj ? '}' : ']')) {
        dec_error(d, d->p - (c != 0), "Expecting ',' delimiter");
    }
    *v = top[0];
    ((es_list_t *)stack)->len = n - 2;
    return false;
}

static es_val_t dec_document(dec_t *d) {
    es_val_t stack = es_list_new(0, NULL); // (container, key or None)...
    for (;;) {
        char c = dec_ws(d);
        es_val_t v = c == '[' || c == '{' ? dec_open(d, stack)
            : c != 0 ? dec_scalar(d) : ES_NULL;
        if (v == ES_NULL && (c != '[' && c != '{')) {
            dec_error(d, d->p, "Expecting value");
        }
        while (v != ES_NULL) {
            if (es_len(stack) == 0) {
                if (dec_ws(d) != 0) {
                    dec_error(d, d->p, "Extra data");
                }
                return v;
            }
            if (dec_add(d, stack, &v)) {
                break;
            }
        }
    }
}

// loads(s): s is a str, bytes or bytearray (UTF-8).
static es_val_t json_loads(es_val_t s) {
    size_t n;
    const char *t;
    if (es_is_str(es_class_unbox(s))) {
        t = es_str_data(es_class_unbox(s), &n);
    } else if (es_is_bytes_like(s)) {
        t = (const char *)es_bytes_need(s, &n);
        es_utf8_validate(t, n); // parsing runs no Python code: t stays
    } else {
        es_raise_fmt(&es_type_TypeError, ES_ERR(
            "the JSON object must be str, bytes or bytearray, not %q"),
            es_type_name(s));
    }
    dec_t d = {t, t, t + n, ES_NULL};
    return dec_document(&d);
}
static ES_FUN_1(fun_loads, json_loads);

// load(fp): loads(fp.read()), or of what fp.readinto gives (an
// io.IOBase stream, as MicroPython reads it).
static es_val_t json_load(es_val_t fp) {
    return json_loads(es_io_read_all(fp));
}
static ES_FUN_1(fun_load, json_load);

static const es_map_elem_t json_table[] = {
    {ES_QV(__name__), ES_QV(json)},
    {ES_QV(dumps), ES_PTR(&fun_dumps)},
    {ES_QV(dump), ES_PTR(&fun_dump)},
    {ES_QV(loads), ES_PTR(&fun_loads)},
    {ES_QV(load), ES_PTR(&fun_load)},
};
static ES_CONST_DICT(json_dict, json_table);

const es_module_t es_module_json = {{&es_type_module}, ES_PTR(&json_dict)};
