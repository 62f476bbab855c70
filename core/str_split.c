// SPDX-License-Identifier: MIT
// str methods that cut text into pieces or glue pieces together: split,
// rsplit, splitlines, join, expandtabs, translate and maketrans.
#include <string.h>

#include "class.h"
#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "span.h"
#include "str.h"
#include "strmeth.h"

// Keyword arguments of a method: fill out[i] for names[i] (positionals
// after self first, then keywords). Unknown names raise TypeError.
static void method_args(const char *fname, size_t n_args, size_t n_kw,
    const es_val_t *args, const es_qstr_t *names, size_t n_names,
    es_val_t *out) {
    if (n_args - 1 > n_names) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s() takes at most %zu "
            "argument%s (%zu given)"), fname, n_names, n_names == 1 ? "" : "s",
            n_args - 1);
    }
    for (size_t i = 0; i + 1 < n_args; i++) {
        out[i] = args[i + 1];
    }
    for (size_t k = 0; k < n_kw; k++) {
        es_qstr_t key = es_qstr_get(args[n_args + 2 * k]);
        size_t i = 0;
        while (i < n_names && names[i] != key) {
            i++;
        }
        if (i == n_names) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for %s()"), key, fname);
        }
        out[i] = args[n_args + 2 * k + 1];
    }
}

static void append_piece(es_val_t list, const char *s, size_t n) {
    es_list_append(list, es_str_new(s, n));
}

// --- split / rsplit

static es_val_t split_common(size_t n_args, size_t n_kw,
    const es_val_t *args, bool rev) {
    static const es_qstr_t names[] = {ES_Q(sep), ES_Q(maxsplit)};
    es_val_t a[2] = {ES_NONE, es_small_new(-1)};
    method_args(rev ? "rsplit" : "split", n_args, n_kw, args, names, 2, a);
    es_text_t t, sep = {NULL, 0, 0};
    es_text_get(&t, args[0]);
    es_int_t max = es_get_int(a[1]);
    if (a[0] != ES_NONE) {
        if (!es_is_str(es_class_unbox(a[0]))) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("must be str or None, not %T"), a[0]);
        }
        es_text_get(&sep, a[0]);
        if (sep.len == 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("empty separator"));
        }
    }
    return es_span_split(ES_SPAN_STR, (const uint8_t *)t.s, t.len,
        (const uint8_t *)sep.s, sep.len, max, rev);
}

static es_val_t str_split(size_t n_args, size_t n_kw, const es_val_t *args) {
    return split_common(n_args, n_kw, args, false);
}
ES_FUN_KW(es_str_split_obj, 1, ES_FUN_ARGS_MAX, str_split);

static es_val_t str_rsplit(size_t n_args, size_t n_kw, const es_val_t *args) {
    return split_common(n_args, n_kw, args, true);
}
ES_FUN_KW(es_str_rsplit_obj, 1, ES_FUN_ARGS_MAX, str_rsplit);

// Length of the line break at s[i] (0 if none): \n \r \r\n \v \f \x1c-\x1e,
// U+0085, U+2028, U+2029.
static size_t line_break(const char *s, size_t len, size_t i) {
    uint8_t c = (uint8_t)s[i];
    if (c == '\r') {
        return i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
    }
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
        return 1;
    }
    if (c == 0xc2 && i + 1 < len && (uint8_t)s[i + 1] == 0x85) {
        return 2;
    }
    if (c == 0xe2 && i + 2 < len && (uint8_t)s[i + 1] == 0x80
        && ((uint8_t)s[i + 2] == 0xa8 || (uint8_t)s[i + 2] == 0xa9)) {
        return 3;
    }
    return 0;
}

static es_val_t str_splitlines(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(keepends)};
    es_val_t keep = ES_FALSE;
    method_args("splitlines", n_args, n_kw, args, names, 1, &keep);
    bool keepends = es_truthy(keep);
    es_text_t t;
    es_text_get(&t, args[0]);
    es_val_t list = es_list_new(0, NULL);
    size_t start = 0;
    for (size_t i = 0; i < t.len;) {
        size_t n = line_break(t.s, t.len, i);
        if (n == 0) {
            i++;
            continue;
        }
        append_piece(list, t.s + start, i - start + (keepends ? n : 0));
        i += n;
        start = i;
    }
    if (start < t.len) {
        append_piece(list, t.s + start, t.len - start);
    }
    return list;
}
ES_FUN_KW(es_str_splitlines_obj, 1, ES_FUN_ARGS_MAX, str_splitlines);

// --- join

static es_val_t str_join(es_val_t self, es_val_t iterable) {
    es_text_t sep;
    es_text_get(&sep, self);
    size_t n;
    es_val_t *items = es_seq_collect(iterable, &n);
    if (n == 1 && es_is_str(es_class_unbox(items[0]))) {
        return es_class_unbox(items[0]); // an exact str, as CPython's
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        items[i] = es_class_unbox(items[i]); // class S(str) instances
        if (!es_is_str(items[i])) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("sequence item %zu: "
                "expected str instance, %T found"), i, items[i]);
        }
        size_t len;
        es_str_data(items[i], &len);
        total += len + (i > 0 ? sep.len : 0);
    }
    if (total == 0) {
        return es_str_empty();
    }
    es_str_t *r = es_str_alloc(total);
    char *w = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(w, sep.s, sep.len);
            w += sep.len;
        }
        size_t len;
        const char *s = es_str_data(items[i], &len);
        memcpy(w, s, len);
        w += len;
    }
    es_gc_free(items);
    return es_str_done(r);
}
ES_FUN_2(es_str_join_obj, str_join);

// --- expandtabs

static es_val_t str_expandtabs(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(tabsize)};
    es_val_t ts = es_small_new(8);
    method_args("expandtabs", n_args, n_kw, args, names, 1, &ts);
    es_int_t tab = es_get_int(ts);
    es_text_t t;
    es_text_get(&t, args[0]);
    es_vstr_t v;
    es_vstr_init(&v, t.len);
    size_t col = 0;
    for (size_t i = 0; i < t.len; i++) {
        char c = t.s[i];
        if (c == '\t') {
            size_t n = tab > 0 ? (size_t)tab - col % (size_t)tab : 0;
            for (size_t k = 0; k < n; k++) {
                es_vstr_add(&v, " ", 1);
            }
            col += n;
            continue;
        }
        es_vstr_add(&v, &t.s[i], 1);
        bool eol = c == '\n' || c == '\r';
        col = eol ? 0 : col + (((uint8_t)c & 0xc0) != 0x80);
    }
    return es_vstr_to_str(&v);
}
ES_FUN_KW(es_str_expandtabs_obj, 1, ES_FUN_ARGS_MAX, str_expandtabs);

// --- translate / maketrans

// table[c], or ES_NULL when the table has no entry (LookupError).
static es_val_t table_get(es_val_t table, uint32_t c) {
    es_val_t key = es_small_new((es_int_t)c);
    if (es_is_type(table, &es_type_dict)) {
        return es_dict_get(table, key);
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t v = es_subscr_load(table, key);
        es_nlr_pop();
        return v;
    }
    if (!es_exc_match(buf.value, es_val(&es_type_LookupError))) {
        es_nlr_jump(buf.value);
    }
    return ES_NULL;
}

static void translate_one(es_vstr_t *v, es_val_t m, const char *s, size_t n) {
    if (m == ES_NULL) {
        es_vstr_add(v, s, n);
    } else if (es_is_str(es_class_unbox(m))) {
        size_t len;
        const char *d = es_str_data(es_class_unbox(m), &len);
        es_vstr_add(v, d, len);
    } else if (m != ES_NONE) {
        es_int_t c = es_get_int(m);
        if (c < 0 || c > 0x10ffff) {
            es_raise_msg(&es_type_ValueError, ES_ERR("character mapping must "
                "be in range(0x110000)"));
        }
        char buf[4];
        es_vstr_add(v, buf, es_str_encode((uint32_t)c, buf));
    }
}

static es_val_t str_translate(es_val_t self, es_val_t table) {
    es_text_t t;
    es_text_get(&t, self);
    es_vstr_t v;
    es_vstr_init(&v, t.len);
    for (size_t i = 0; i < t.len;) {
        size_t n;
        uint32_t c = es_str_decode(t.s + i, &n);
        translate_one(&v, table_get(table, c), t.s + i, n);
        i += n;
    }
    return es_vstr_to_str(&v);
}
ES_FUN_2(es_str_translate_obj, str_translate);

static es_val_t char_key(es_val_t k) {
    es_text_t t;
    if (!es_is_str(k)) {
        return k;
    }
    es_text_get(&t, k);
    if (t.chars != 1) {
        es_raise_msg(&es_type_ValueError, ES_ERR("string keys in translate "
            "table must be of length 1"));
    }
    size_t n;
    return es_small_new((es_int_t)es_str_decode(t.s, &n));
}

// str.maketrans(x[, y[, z]]), called through the class.
static es_val_t str_maketrans(size_t n_args, const es_val_t *args) {
    es_val_t d = es_dict_new(0);
    if (n_args == 1) {
        if (!es_is_type(args[0], &es_type_dict)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("if you give only one "
                "argument to maketrans it must be a dict"));
        }
        es_map_t *m = es_dict_map(args[0]);
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].key != ES_NULL) {
                es_dict_store(d, char_key(m->table[i].key),
                    m->table[i].value);
            }
        }
        return d;
    }
    es_text_t x, y, z;
    es_text_get(&x, args[0]);
    es_text_get(&y, args[1]);
    if (x.chars != y.chars) {
        es_raise_msg(&es_type_ValueError, ES_ERR("the first two maketrans "
            "arguments must have equal length"));
    }
    for (size_t i = 0, j = 0; i < x.len;) {
        size_t n, k;
        uint32_t a = es_str_decode(x.s + i, &n);
        uint32_t b = es_str_decode(y.s + j, &k);
        es_dict_store(d, es_small_new(a), es_small_new(b));
        i += n;
        j += k;
    }
    if (n_args > 2) {
        es_text_get(&z, args[2]);
        for (size_t i = 0; i < z.len;) {
            size_t n;
            uint32_t a = es_str_decode(z.s + i, &n);
            es_dict_store(d, es_small_new(a), ES_NONE);
            i += n;
        }
    }
    return d;
}
ES_FUN_VAR_CLASS(es_str_maketrans_obj, 1, 3, str_maketrans);
