// SPDX-License-Identifier: MIT
// re's Match objects (group, groups, groupdict, span, start, end, expand,
// m[g], string, re, pos, endpos), the finditer iterator, and sub/subn
// with their replacement templates (\1, \g<name>, \g<1>) or a callable.
// A Match keeps the subject and the groups' byte offsets; it converts them
// to code point indexes when Python asks.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "re_obj.h"
#include "runtime.h"
#include "span.h"
#include "str.h"
#include "tuple.h"

typedef struct re_match {
    es_obj_t base;       // es_type_re_match
    es_val_t pattern;
    re_subject_t sj;
    uint32_t pos, endpos; // byte offsets the search was given
    uint32_t n;           // groups, group 0 included
    uint32_t slots[];     // 2 * n byte offsets
} re_match_t;

static re_match_t *M(es_val_t v) {
    return (re_match_t *)es_obj(v);
}

es_val_t es_re_match_new(es_val_t pattern, const re_subject_t *sj,
    const uint32_t *slots, size_t pos, size_t endpos) {
    uint32_t n = P(pattern)->prog.n_groups;
    re_match_t *m = es_gc_alloc(sizeof(re_match_t) + 2 * n * sizeof(uint32_t),
        0);
    m->base.type = &es_type_re_match;
    m->pattern = pattern;
    m->sj = *sj;
    m->pos = (uint32_t)pos;
    m->endpos = (uint32_t)endpos;
    m->n = n;
    memcpy(m->slots, slots, 2 * n * sizeof(uint32_t));
    return es_val(m);
}

// The group number [g] names (an int, or a str for a named group);
// IndexError "no such group" otherwise.
static uint32_t group_index(re_match_t *m, es_val_t g) {
    es_val_t i = es_index_of(g);
    if (i == ES_NULL && es_is_str(g) && P(m->pattern)->prog.names != ES_NULL) {
        i = es_dict_get(P(m->pattern)->prog.names, g);
    }
    if (i != ES_NULL && es_is_small(i) && es_small_get(i) >= 0
        && es_small_get(i) < (es_int_t)m->n) {
        return (uint32_t)es_small_get(i);
    }
    es_raise_msg(&es_type_IndexError, ES_ERR("no such group"));
}

// The text of group [g], or [dflt] when it did not match.
static es_val_t group_text(re_match_t *m, uint32_t g, es_val_t dflt) {
    if (m->slots[2 * g] == RE_UNSET) {
        return dflt;
    }
    es_re_refresh(&m->sj);
    return es_re_slice(&m->sj, m->slots[2 * g], m->slots[2 * g + 1]);
}

// m.group(*groups): one group's text, or a tuple of several.
static es_val_t match_group(size_t n_args, const es_val_t *args) {
    re_match_t *m = M(args[0]);
    if (n_args <= 2) {
        uint32_t g = n_args == 2 ? group_index(m, args[1]) : 0;
        return group_text(m, g, ES_NONE);
    }
    es_val_t t = es_tuple_new(n_args - 1, NULL), *items;
    size_t n;
    es_tuple_get(t, &n, &items);
    for (size_t i = 1; i < n_args; i++) {
        items[i - 1] = group_text(m, group_index(m, args[i]), ES_NONE);
    }
    return t;
}
static ES_FUN_VAR(match_group_obj, 1, ES_FUN_ARGS_MAX, match_group);

// m.groups(default=None)
static es_val_t match_groups(size_t n_args, const es_val_t *args) {
    re_match_t *m = M(args[0]);
    es_val_t dflt = n_args > 1 ? args[1] : ES_NONE;
    es_val_t t = es_tuple_new(m->n - 1, NULL), *items;
    size_t n;
    es_tuple_get(t, &n, &items);
    for (uint32_t g = 1; g < m->n; g++) {
        items[g - 1] = group_text(m, g, dflt);
    }
    return t;
}
static ES_FUN_VAR(match_groups_obj, 1, 2, match_groups);

// m.groupdict(default=None): the named groups, in the order of their
// definition.
static es_val_t match_groupdict(size_t n_args, const es_val_t *args) {
    re_match_t *m = M(args[0]);
    es_val_t dflt = n_args > 1 ? args[1] : ES_NONE;
    es_val_t names = P(m->pattern)->prog.names;
    es_val_t d = es_dict_new(0);
    if (names != ES_NULL) {
        es_map_t *map = es_dict_map(names);
        for (size_t i = 0; i < map->used; i++) {
            es_val_t k = map->table[i].key;
            if (k != ES_NULL) {
                es_dict_store(d, k, group_text(m,
                    (uint32_t)es_small_get(map->table[i].value), dflt));
            }
        }
    }
    return d;
}
static ES_FUN_VAR(match_groupdict_obj, 1, 2, match_groupdict);

// Start (end when [which] is 1) of the group in args[1] (default 0) as a
// code point index, -1 when it did not match.
static es_val_t bound(size_t n_args, const es_val_t *args, int which) {
    re_match_t *m = M(args[0]);
    uint32_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    uint32_t off = m->slots[2 * g + which];
    return es_int_from(off == RE_UNSET ? -1 : es_re_index(&m->sj, off));
}

static es_val_t match_start(size_t n_args, const es_val_t *args) {
    return bound(n_args, args, 0);
}
static ES_FUN_VAR(match_start_obj, 1, 2, match_start);

static es_val_t match_end(size_t n_args, const es_val_t *args) {
    return bound(n_args, args, 1);
}
static ES_FUN_VAR(match_end_obj, 1, 2, match_end);

static es_val_t match_span(size_t n_args, const es_val_t *args) {
    es_val_t se[2] = {bound(n_args, args, 0), bound(n_args, args, 1)};
    return es_tuple_new(2, se);
}
static ES_FUN_VAR(match_span_obj, 1, 2, match_span);

static es_val_t expand(re_match_t *m, es_val_t tmpl);

static es_val_t match_expand(es_val_t self, es_val_t tmpl) {
    return expand(M(self), tmpl);
}
static ES_FUN_2(match_expand_obj, match_expand);

// <re.Match object; span=(0, 1), match='a'>
static void match_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_val_t a[1] = {self};
    es_val_t span = match_span(1, a);
    es_printf(p, "<re.Match object; span=%r, match=", span);
    es_val_t r = es_repr(group_text(M(self), 0, ES_NONE));
    size_t n;
    const char *s = es_str_data(r, &n);
    es_print_strn(p, s, es_str_offset(s, n, 50));
    es_print_cstr(p, ">");
}

static es_val_t match_subscr(es_val_t self, es_val_t index, es_val_t value) {
    if (value != ES_STOP) {
        return ES_NULL;
    }
    re_match_t *m = M(self);
    return group_text(m, group_index(m, index), ES_NONE);
}

static es_val_t match_load_attr(es_val_t self, es_qstr_t name) {
    re_match_t *m = M(self);
    switch (name) {
    case ES_Q(string):
        return m->sj.v;
    case ES_Q(re):
        return m->pattern;
    case ES_Q(pos):
        return es_int_from(es_re_index(&m->sj, m->pos));
    case ES_Q(endpos):
        return es_int_from(es_re_index(&m->sj, m->endpos));
    default:
        return ES_NULL;
    }
}

static const es_map_elem_t match_table[] = {
    {ES_QV(group), ES_PTR(&match_group_obj)},
    {ES_QV(groups), ES_PTR(&match_groups_obj)},
    {ES_QV(groupdict), ES_PTR(&match_groupdict_obj)},
    {ES_QV(start), ES_PTR(&match_start_obj)},
    {ES_QV(end), ES_PTR(&match_end_obj)},
    {ES_QV(span), ES_PTR(&match_span_obj)},
    {ES_QV(expand), ES_PTR(&match_expand_obj)},
};
static ES_CONST_DICT(match_locals, match_table);

const es_type_t es_type_re_match = {
    .base = {&es_type_type},
    .name = ES_Q(Match),
    .parent = &es_type_object,
    .print = match_print,
    .subscr = match_subscr,
    .load_attr = match_load_attr,
    .locals = ES_PTR(&match_locals),
};

// --- finditer

typedef struct re_iter {
    es_obj_t base;
    re_scan_t sc;
} re_iter_t;

static es_val_t iter_next(es_val_t self) {
    re_scan_t *sc = &((re_iter_t *)es_obj(self))->sc;
    if (!es_re_scan_next(sc)) {
        return ES_STOP;
    }
    return es_re_match_new(sc->pattern, &sc->sj, sc->slots, sc->start,
        sc->end);
}

static const es_type_t re_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(callable_iterator),
    .parent = &es_type_object,
    .iternext = iter_next,
};

es_val_t es_re_iter_new(es_val_t pattern, es_val_t string, es_val_t pos,
    es_val_t endpos) {
    re_iter_t *it = es_gc_alloc(sizeof(re_iter_t), 0);
    it->base.type = &re_iter_type;
    es_re_scan_init(&it->sc, pattern, string, pos, endpos);
    return es_val(it);
}

// --- templates

// The group a template names at t[*i] (after "\\g<" or a digit), its end
// read; re.error or IndexError as CPython's for a bad one.
static uint32_t template_group(const uint8_t *t, size_t n,
    size_t *i, uint32_t n_groups, es_val_t names) {
    size_t at = *i, len;
    es_val_t g = ES_NULL;
    if (t[at - 1] != '<') { // \\N or \\NN
        len = 1 + (at + 1 < n && t[at + 1] >= '0' && t[at + 1] <= '9');
        *i += len;
    } else {
        while (*i < n && t[*i] != '>') {
            (*i)++;
        }
        if (*i == n && *i > at) {
            es_re_fail_at("missing >, unterminated name", at);
        }
        len = (*i)++ - at;
        if (len == 0) {
            es_re_fail_at("missing group name", at);
        }
        if (names != ES_NULL) {
            g = es_dict_get(names, es_str_new((const char *)t + at, len));
        }
    }
    if (g != ES_NULL) {
        return (uint32_t)es_small_get(g);
    }
    bool digits = true;
    uint64_t v = 0;
    for (size_t k = 0; k < len; k++) {
        digits = digits && t[at + k] >= '0' && t[at + k] <= '9';
        v = v * 10 + (t[at + k] - '0');
        v = v > 0xffffffffu ? 0xffffffffu : v;
    }
    if (!digits) {
        if (!(t[at] >= '0' && t[at] <= '9')) {
            es_raise_fmt(&es_type_IndexError,
                ES_ERR("unknown group name '%.*s'"), (int)len, t + at);
        }
        es_raise_fmt(&es_type_re_error, ES_ERR("bad character in group "
            "name '%.*s' at position %u"), (int)len, t + at, (unsigned)at);
    }
    if (v >= n_groups) {
        es_raise_fmt(&es_type_re_error, ES_ERR("invalid group reference "
            "%u at position %u"), (unsigned)v, (unsigned)at);
    }
    return (uint32_t)v;
}

// Append s[a:b] of the subject, clipped to its current length.
static void add_span(es_vstr_t *out, const re_subject_t *sj, size_t a,
    size_t b) {
    b = b < sj->len ? b : sj->len;
    if (a < b) {
        es_vstr_add(out, (const char *)sj->s + a, b - a);
    }
}

// Expand the template t[0..n) for the match [slots] over [sj] into [out];
// with out == NULL, only check it (errors come before any match, as in
// CPython).
static void expand_into(es_vstr_t *out, const re_subject_t *sj,
    const uint32_t *slots, es_val_t pattern, const uint8_t *t, size_t n) {
    uint32_t ng = P(pattern)->prog.n_groups;
    es_val_t names = P(pattern)->prog.names;
    for (size_t i = 0; i < n;) {
        const uint8_t *bs = memchr(t + i, '\\', n - i);
        size_t lit = bs ? (size_t)(bs - t) - i : n - i;
        if (out) {
            es_vstr_add(out, (const char *)t + i, lit);
        }
        i += lit;
        if (i == n) {
            break;
        }
        size_t at = i++;
        if (i == n) {
            es_re_fail_at("bad escape (end of pattern)", at);
        }
        uint8_t e = t[i];
        if (e == 'g' || (e >= '1' && e <= '9' && !(e <= '7' && i + 2 < n
            && t[i + 1] >= '0' && t[i + 1] <= '7' && t[i + 2] >= '0'
            && t[i + 2] <= '7'))) {
            if (e == 'g') {
                if (++i == n || t[i] != '<') {
                    es_re_fail_at("missing <", i);
                }
                i++;
            }
            uint32_t g = template_group(t, n, &i, ng, names);
            if (out && slots[2 * g] != RE_UNSET
                && slots[2 * g + 1] <= sj->len) {
                add_span(out, sj, slots[2 * g], slots[2 * g + 1]);
            }
            continue;
        }
        int32_t ch;
        if (e >= '0' && e <= '7') { // \0, \0oo or \ooo: an octal escape
            ch = (int32_t)es_re_octal(t, n, &i, at);
        } else {
            i++;
            ch = e == 'b' ? '\b' : e == '\\' ? '\\' : es_re_simple_escape(e);
            if (ch < 0 && e < 0x80 && es_span_class(e, ES_SPAN_ALPHA)) {
                es_raise_fmt(&es_type_re_error, ES_ERR("bad escape \\%c at "
                    "position %u"), e, (unsigned)at);
            }
        }
        if (out) { // the character (UTF-8 in a str), or the escape as is
            char b[4] = {(char)ch};
            size_t len = ch < 0 ? 2 : sj->text ? es_str_encode((uint32_t)ch,
                b) : 1;
            es_vstr_add(out, ch < 0 ? (const char *)t + at : b, len);
        }
    }
}

// The data of a template [tmpl] for [pattern]: of the subject's kind.
static const uint8_t *template_data(es_val_t pattern, es_val_t tmpl,
    size_t *n) {
    if (P(pattern)->prog.bytes) {
        const uint8_t *d;
        if (!es_bytes_get(tmpl, &d, n)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("expected a bytes-like "
                "object, %T found"), tmpl);
        }
        return d;
    }
    if (!es_is_str(tmpl)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("expected str instance, %T "
            "found"), tmpl);
    }
    return (const uint8_t *)es_str_data(tmpl, n);
}

static es_val_t vstr_value(es_vstr_t *v, bool text) {
    if (text) {
        return es_vstr_to_str(v);
    }
    es_val_t b = es_bytes_new(v->buf, v->len);
    es_gc_free(v->buf);
    return b;
}

static es_val_t expand(re_match_t *m, es_val_t tmpl) {
    size_t n;
    const uint8_t *t = template_data(m->pattern, tmpl, &n);
    es_vstr_t out;
    es_vstr_init(&out, n + 16);
    es_re_refresh(&m->sj);
    expand_into(&out, &m->sj, m->slots, m->pattern, t, n);
    return vstr_value(&out, m->sj.text);
}

// --- sub

es_val_t es_re_sub(es_val_t pattern, es_val_t repl, es_val_t string,
    es_int_t count, bool subn) {
    re_scan_t sc;
    es_re_scan_init(&sc, pattern, string, ES_NULL, ES_NULL);
    bool call = !es_is_str(repl) && !es_is_bytes_like(repl);
    size_t tn = 0;
    const uint8_t *t = NULL;
    if (!call) {
        t = template_data(pattern, repl, &tn);
        expand_into(NULL, NULL, NULL, pattern, t, tn);
    }
    es_vstr_t out;
    es_vstr_init(&out, sc.sj.len + 16);
    size_t last = 0;
    es_int_t n = 0;
    for (; (count <= 0 || n < count) && es_re_scan_next(&sc); n++) {
        add_span(&out, &sc.sj, last, sc.slots[0]);
        if (call) {
            size_t rn;
            es_val_t r = es_call1(repl, es_re_match_new(pattern, &sc.sj,
                sc.slots, 0, sc.sj.len));
            if (r != ES_NONE) { // None adds nothing, as in CPython
                const uint8_t *rd = template_data(pattern, r, &rn);
                es_vstr_add(&out, (const char *)rd, rn);
            }
        } else {
            if (!es_is_str(repl)) { // a bytearray template may change too
                t = template_data(pattern, repl, &tn);
            }
            expand_into(&out, &sc.sj, sc.slots, pattern, t, tn);
        }
        last = sc.slots[1];
    }
    es_re_refresh(&sc.sj);
    add_span(&out, &sc.sj, last, sc.sj.len);
    es_gc_free(sc.slots);
    es_val_t r = vstr_value(&out, sc.sj.text);
    if (!subn) {
        return r;
    }
    es_val_t pair[2] = {r, es_int_from(n)};
    return es_tuple_new(2, pair);
}
