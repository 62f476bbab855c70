// SPDX-License-Identifier: MIT
// The re module (also `ure`): compile, match, search, fullmatch, sub,
// subn, split, findall, finditer, escape, the flags, re.error, and the
// Pattern type. The engine is modules/re_compile.c and re_exec.c (design
// in modules/re.h); Match objects and finditer are modules/re_match.c.
// Positions inside the engine are byte offsets; what Python sees of a str
// subject counts code points, converted here (docs/re.md).
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "re.h"
#include "re_obj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

const es_type_t es_type_re_error = {
    .base = {&es_type_type}, .name = ES_Q(error),
    .parent = &es_type_Exception, ES_EXC_FIELDS,
};

// --- arguments

// Bind [n_args] positionals and [n_kw] keywords of a call of [fname] to
// the [n] parameters [names] into [out] (ES_NULL when not given); the
// first [req] are required. TypeError as CPython's.
void es_re_args(es_qstr_t fname, size_t n_args, size_t n_kw,
    const es_val_t *args, size_t n, const es_qstr_t *names, size_t req,
    es_val_t *out) {
    es_check_nargs(fname, n_args, 0, n, 0, false);
    es_builtins_get_kw(fname, n_args, n_kw, args, n, names, out);
    for (size_t i = 0; i < n_args; i++) {
        if (out[i] != ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("argument for %q() given "
                "by name ('%q') and position (%u)"), fname, names[i],
                (unsigned)i + 1);
        }
        out[i] = args[i];
    }
    for (size_t i = 0; i < req; i++) {
        if (out[i] == ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%q() missing required "
                "argument '%q' (pos %u)"), fname, names[i], (unsigned)i + 1);
        }
    }
}

// An optional int argument, [dflt] when not given.
static es_int_t int_or(es_val_t v, es_int_t dflt) {
    return v == ES_NULL ? dflt : es_get_int(v);
}

// --- subjects

void es_re_subject(re_subject_t *sj, es_val_t v, const re_pattern_t *p) {
    sj->v = v;
    size_t n;
    if (es_isinstance(v, &es_type_str)) {
        sj->s = (const uint8_t *)es_str_arg(v, "match", "string", &n);
        sj->text = true;
    } else if (es_bytes_get(v, &sj->s, &n)) {
        sj->text = false;
    } else {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("expected string or bytes-like object, got '%T'"), v);
    }
    if (sj->text == p->prog.bytes) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("cannot use a %s pattern on "
            "a %s-like object"), sj->text ? "bytes" : "string",
            sj->text ? "string" : "bytes");
    }
    if (n > 0x7fffffff) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("string too long"));
    }
    sj->len = n;
    sj->ascii = p->prog.bytes || es_utf8_count((const char *)sj->s, n) == n;
}

void es_re_refresh(re_subject_t *sj) {
    if (!sj->text) {
        es_bytes_get(sj->v, &sj->s, &sj->len);
    }
}

size_t es_re_offset(const re_subject_t *sj, es_int_t i) {
    if (i <= 0) {
        return 0;
    }
    if (sj->ascii) {
        return (size_t)i < sj->len ? (size_t)i : sj->len;
    }
    return es_str_offset((const char *)sj->s, sj->len, (size_t)i);
}

es_int_t es_re_index(const re_subject_t *sj, uint32_t off) {
    return sj->ascii ? (es_int_t)off
                     : (es_int_t)es_utf8_count((const char *)sj->s, off);
}

es_val_t es_re_slice(const re_subject_t *sj, size_t a, size_t b) {
    if (b > sj->len) { // a bytearray subject may have shrunk meanwhile
        b = sj->len;
    }
    a = a < b ? a : b;
    return sj->text ? es_str_new((const char *)sj->s + a, b - a)
                    : es_bytes_new(sj->s + a, b - a);
}

// --- patterns


static es_val_t compile(es_val_t src, es_val_t flags_v) {
    uint32_t flags = (uint32_t)int_or(flags_v, 0);
    if (es_is_type(src, &es_type_re_pattern)) {
        if (flags != 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("cannot process flags "
                "argument with a compiled pattern"));
        }
        return src;
    }
    re_pattern_t *p = es_gc_alloc(sizeof(re_pattern_t), 0);
    p->base.type = &es_type_re_pattern;
    p->source = src;
    const uint8_t *s;
    size_t n;
    if (es_is_str(src)) {
        s = (const uint8_t *)es_str_data(src, &n);
    } else if (es_is_type(src, &es_type_bytes)) {
        es_bytes_get(src, &s, &n);
        p->prog.bytes = true;
        if (flags & RE_FLAG_U) {
            es_raise_msg(&es_type_ValueError, ES_ERR("cannot use UNICODE "
                "flag with a bytes pattern"));
        }
    } else {
        es_raise_msg(&es_type_TypeError, ES_ERR("first argument must be "
            "string or compiled pattern"));
    }
    es_re_compile(&p->prog, s, n, &flags);
    if (!p->prog.bytes && !(flags & RE_FLAG_A)) {
        flags |= RE_FLAG_U;
    }
    if ((flags & (RE_FLAG_A | RE_FLAG_U)) == (RE_FLAG_A | RE_FLAG_U)) {
        es_raise_msg(&es_type_ValueError, ES_ERR("ASCII and UNICODE flags "
            "are incompatible"));
    }
    p->flags = flags;
    return es_val(p);
}

// The parameters of the methods (the module functions take the first of
// search_names).
static const es_qstr_t search_names[] = {ES_Q(string), ES_Q(pos),
    ES_Q(endpos)};
static const es_qstr_t split_names[] = {ES_Q(string), ES_Q(maxsplit)};
static const es_qstr_t sub_names[] = {ES_Q(repl), ES_Q(string), ES_Q(count)};

bool es_re_search(es_val_t self, const re_subject_t *sj, size_t start,
    size_t end, re_mode_t mode, bool must_advance, uint32_t *slots) {
    if (start > end || end > sj->len) {
        return false;
    }
    re_run_t r = {sj->s, end, start, mode == RE_SEARCH, must_advance,
        mode == RE_FULL};
    return es_re_exec(&P(self)->prog, &r, slots);
}

// pattern.match/search/fullmatch(string, pos=0, endpos=maxsize).
static es_val_t pattern_run(re_mode_t mode, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t a[3];
    es_re_args(mode == RE_SEARCH ? ES_Q(search) : mode == RE_FULL
        ? ES_Q(fullmatch) : ES_Q(match), n_args - 1, n_kw, args + 1, 3,
        search_names, 1, a);
    re_subject_t sj;
    es_re_subject(&sj, a[0], P(args[0]));
    size_t start = es_re_offset(&sj, int_or(a[1], 0));
    size_t end = a[2] == ES_NULL ? sj.len : es_re_offset(&sj,
        es_get_int(a[2]));
    uint32_t *slots = es_re_slots(args[0]);
    es_val_t m = ES_NONE;
    if (es_re_search(args[0], &sj, start, end, mode, false, slots)) {
        m = es_re_match_new(args[0], &sj, slots, start, end);
    }
    es_gc_free(slots);
    return m;
}

uint32_t *es_re_slots(es_val_t pattern) {
    const re_prog_t *prog = &P(pattern)->prog;
    return es_gc_alloc((2 * prog->n_groups + prog->n_regs) * sizeof(uint32_t),
        ES_GC_LEAF);
}

static es_val_t pattern_match(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return pattern_run(RE_MATCH, n_args, n_kw, args);
}
static ES_FUN_KW(pattern_match_obj, 2, 4, pattern_match);

static es_val_t pattern_search(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return pattern_run(RE_SEARCH, n_args, n_kw, args);
}
static ES_FUN_KW(pattern_search_obj, 2, 4, pattern_search);

static es_val_t pattern_fullmatch(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return pattern_run(RE_FULL, n_args, n_kw, args);
}
static ES_FUN_KW(pattern_fullmatch_obj, 2, 4, pattern_fullmatch);

// --- split, findall

// --- scanning: the successive matches of split, findall, finditer, sub

void es_re_scan_init(re_scan_t *sc, es_val_t pattern, es_val_t string,
    es_val_t pos, es_val_t endpos) {
    sc->pattern = pattern;
    es_re_subject(&sc->sj, string, P(pattern));
    sc->start = sc->pos = es_re_offset(&sc->sj, int_or(pos, 0));
    sc->end = endpos == ES_NULL ? sc->sj.len
        : es_re_offset(&sc->sj, es_get_int(endpos));
    sc->advance = sc->done = false;
    sc->slots = es_re_slots(pattern);
}

bool es_re_scan_next(re_scan_t *sc) {
    if (sc->done) {
        return false;
    }
    es_re_refresh(&sc->sj); // a callback may have resized a bytearray
    sc->end = sc->end < sc->sj.len ? sc->end : sc->sj.len;
    if (!es_re_search(sc->pattern, &sc->sj, sc->pos, sc->end, RE_SEARCH,
        sc->advance, sc->slots)) {
        sc->done = true;
        return false;
    }
    sc->advance = sc->slots[0] == sc->slots[1];
    sc->pos = sc->slots[1];
    return true;
}

// The text of group [g] of the scan's match, or [dflt] when unmatched.
static es_val_t scan_group(const re_scan_t *sc, uint32_t g, es_val_t dflt) {
    const uint32_t *sl = sc->slots;
    return sl[2 * g] == RE_UNSET ? dflt
        : es_re_slice(&sc->sj, sl[2 * g], sl[2 * g + 1]);
}

// pattern.split(string, maxsplit=0): the pieces between matches, with the
// groups' text (None when unmatched) between them.
static es_val_t split(es_val_t self, es_val_t string, es_int_t maxsplit) {
    re_scan_t sc;
    es_re_scan_init(&sc, self, string, ES_NULL, ES_NULL);
    es_val_t list = es_list_new(0, NULL);
    size_t last = 0;
    for (es_int_t n = 0; (maxsplit <= 0 || n < maxsplit)
        && es_re_scan_next(&sc); n++) {
        es_list_append(list, es_re_slice(&sc.sj, last, sc.slots[0]));
        for (uint32_t g = 1; g < P(self)->prog.n_groups; g++) {
            es_list_append(list, scan_group(&sc, g, ES_NONE));
        }
        last = sc.slots[1];
    }
    es_list_append(list, es_re_slice(&sc.sj, last, sc.sj.len));
    es_gc_free(sc.slots);
    return list;
}

static es_val_t pattern_split(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t a[2];
    es_re_args(ES_Q(split), n_args - 1, n_kw, args + 1, 2, split_names, 1,
        a);
    return split(args[0], a[0], int_or(a[1], 0));
}
static ES_FUN_KW(pattern_split_obj, 2, 3, pattern_split);

// pattern.findall(string, pos, endpos): per match, the whole match, the
// one group, or a tuple of all groups ('' for an unmatched one).
static es_val_t findall(es_val_t self, es_val_t string, es_val_t pos,
    es_val_t endpos) {
    re_scan_t sc;
    es_re_scan_init(&sc, self, string, pos, endpos);
    uint32_t ng = P(self)->prog.n_groups;
    es_val_t list = es_list_new(0, NULL), empty = es_re_slice(&sc.sj, 0, 0);
    while (es_re_scan_next(&sc)) {
        es_val_t v;
        if (ng <= 2) {
            v = scan_group(&sc, ng - 1, empty);
        } else {
            v = es_tuple_new(ng - 1, NULL);
            es_val_t *items;
            size_t n;
            es_tuple_get(v, &n, &items);
            for (uint32_t g = 1; g < ng; g++) {
                items[g - 1] = scan_group(&sc, g, empty);
            }
        }
        es_list_append(list, v);
    }
    es_gc_free(sc.slots);
    return list;
}

static es_val_t pattern_findall(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t a[3];
    es_re_args(ES_Q(findall), n_args - 1, n_kw, args + 1, 3, search_names, 1,
        a);
    return findall(args[0], a[0], a[1], a[2]);
}
static ES_FUN_KW(pattern_findall_obj, 2, 4, pattern_findall);

static es_val_t pattern_finditer(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t a[3];
    es_re_args(ES_Q(finditer), n_args - 1, n_kw, args + 1, 3, search_names, 1,
        a);
    return es_re_iter_new(args[0], a[0], a[1], a[2]);
}
static ES_FUN_KW(pattern_finditer_obj, 2, 4, pattern_finditer);

// --- sub

// pattern.sub(repl, string, count=0), or subn when [subn].
static es_val_t sub_call(bool subn, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t a[3];
    es_re_args(subn ? ES_Q(subn) : ES_Q(sub), n_args - 1, n_kw, args + 1, 3,
        sub_names, 2, a);
    return es_re_sub(args[0], a[0], a[1], int_or(a[2], 0), subn);
}

static es_val_t pattern_sub(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return sub_call(false, n_args, n_kw, args);
}
static ES_FUN_KW(pattern_sub_obj, 3, 4, pattern_sub);

static es_val_t pattern_subn(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return sub_call(true, n_args, n_kw, args);
}
static ES_FUN_KW(pattern_subn_obj, 3, 4, pattern_subn);

// --- the Pattern type

static void pattern_print(const es_print_t *pr, es_val_t self,
    es_print_kind_t kind);

static es_val_t pattern_load_attr(es_val_t self, es_qstr_t name) {
    re_pattern_t *p = P(self);
    switch (name) {
    case ES_Q(pattern):
        return p->source;
    case ES_Q(flags):
        return es_int_from(p->flags);
    case ES_Q(groups):
        return es_int_from(p->prog.n_groups - 1);
    case ES_Q(groupindex):
        return p->prog.names == ES_NULL ? es_dict_new(0) : p->prog.names;
    default:
        return ES_NULL;
    }
}

static const es_map_elem_t pattern_table[] = {
    {ES_QV(match), ES_PTR(&pattern_match_obj)},
    {ES_QV(search), ES_PTR(&pattern_search_obj)},
    {ES_QV(fullmatch), ES_PTR(&pattern_fullmatch_obj)},
    {ES_QV(sub), ES_PTR(&pattern_sub_obj)},
    {ES_QV(subn), ES_PTR(&pattern_subn_obj)},
    {ES_QV(split), ES_PTR(&pattern_split_obj)},
    {ES_QV(findall), ES_PTR(&pattern_findall_obj)},
    {ES_QV(finditer), ES_PTR(&pattern_finditer_obj)},
};
static ES_CONST_DICT(pattern_locals, pattern_table);

const es_type_t es_type_re_pattern = {
    .base = {&es_type_type},
    .name = ES_Q(Pattern),
    .parent = &es_type_object,
    .print = pattern_print,
    .load_attr = pattern_load_attr,
    .locals = ES_PTR(&pattern_locals),
};

// --- module functions: compile the pattern, then call the method

// re.f(pattern, <the method's arguments>, flags=0): [n] is the count of
// the method's parameters [names] (pattern and flags excluded).
static es_val_t module_call(es_qstr_t fname, const es_fun_builtin_t *method,
    size_t n_args, size_t n_kw, const es_val_t *args, size_t n,
    const es_qstr_t *names) {
    es_val_t a[6]; // pattern, up to 4 parameters, flags
    es_qstr_t all[6] = {ES_Q(pattern)};
    memcpy(all + 1, names, n * sizeof(es_qstr_t));
    all[n + 1] = ES_Q(flags);
    es_re_args(fname, n_args, n_kw, args, n + 2, all, n, a);
    a[0] = compile(a[0], a[n + 1]);
    size_t given = 1;
    while (given <= n && a[given] != ES_NULL) {
        given++;
    }
    return es_call(es_val(method), given, 0, a);
}

static es_val_t re_match(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(match), &pattern_match_obj, n_args, n_kw, args,
        1, search_names);
}
static ES_FUN_KW(re_match_obj, 0, 3, re_match);

static es_val_t re_search(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(search), &pattern_search_obj, n_args, n_kw, args,
        1, search_names);
}
static ES_FUN_KW(re_search_obj, 0, 3, re_search);

static es_val_t re_fullmatch(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return module_call(ES_Q(fullmatch), &pattern_fullmatch_obj, n_args, n_kw,
        args, 1, search_names);
}
static ES_FUN_KW(re_fullmatch_obj, 0, 3, re_fullmatch);

static es_val_t re_sub(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(sub), &pattern_sub_obj, n_args, n_kw, args, 3,
        sub_names);
}
static ES_FUN_KW(re_sub_obj, 0, 5, re_sub);

static es_val_t re_subn(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(subn), &pattern_subn_obj, n_args, n_kw, args, 3,
        sub_names);
}
static ES_FUN_KW(re_subn_obj, 0, 5, re_subn);

static es_val_t re_split(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(split), &pattern_split_obj, n_args, n_kw, args, 2,
        split_names);
}
static ES_FUN_KW(re_split_obj, 0, 4, re_split);

static es_val_t re_findall(size_t n_args, size_t n_kw, const es_val_t *args) {
    return module_call(ES_Q(findall), &pattern_findall_obj, n_args, n_kw,
        args, 1, search_names);
}
static ES_FUN_KW(re_findall_obj, 0, 3, re_findall);

static es_val_t re_finditer(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    return module_call(ES_Q(finditer), &pattern_finditer_obj, n_args, n_kw,
        args, 1, search_names);
}
static ES_FUN_KW(re_finditer_obj, 0, 3, re_finditer);

static es_val_t re_compile(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(pattern), ES_Q(flags)};
    es_val_t a[2];
    es_re_args(ES_Q(compile), n_args, n_kw, args, 2, names, 1, a);
    return compile(a[0], a[1]);
}
static ES_FUN_KW(re_compile_obj, 0, 2, re_compile);

// re.escape: a backslash before each character with a meaning in a
// pattern (CPython's set).
static es_val_t re_escape(es_val_t pattern) {
    const uint8_t *s;
    size_t n;
    bool bytes = !es_is_str(pattern);
    if (bytes) {
        s = es_bytes_need(pattern, &n);
    } else {
        s = (const uint8_t *)es_str_data(pattern, &n);
    }
    es_vstr_t v;
    es_vstr_init(&v, n + 8);
    for (size_t i = 0; i < n; i++) {
        if (strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", s[i]) && s[i]) {
            es_vstr_add(&v, "\\", 1);
        }
        es_vstr_add(&v, (const char *)s + i, 1);
    }
    es_val_t r = bytes ? es_bytes_new(v.buf, v.len) : es_vstr_to_str(&v);
    return r;
}
static ES_FUN_1(re_escape_obj, re_escape);

static const es_map_elem_t re_table[] = {
    {ES_QV(__name__), ES_QV(re)},
    {ES_QV(compile), ES_PTR(&re_compile_obj)},
    {ES_QV(match), ES_PTR(&re_match_obj)},
    {ES_QV(search), ES_PTR(&re_search_obj)},
    {ES_QV(fullmatch), ES_PTR(&re_fullmatch_obj)},
    {ES_QV(sub), ES_PTR(&re_sub_obj)},
    {ES_QV(subn), ES_PTR(&re_subn_obj)},
    {ES_QV(split), ES_PTR(&re_split_obj)},
    {ES_QV(findall), ES_PTR(&re_findall_obj)},
    {ES_QV(finditer), ES_PTR(&re_finditer_obj)},
    {ES_QV(escape), ES_PTR(&re_escape_obj)},
    {ES_QV(error), ES_PTR(&es_type_re_error)},
    {ES_QV(Pattern), ES_PTR(&es_type_re_pattern)},
    {ES_QV(Match), ES_PTR(&es_type_re_match)},
#define RE_TABLE_FLAGS 14 // the flags' entries, by value, short name first
    {ES_QV(I), ES_SMALL(RE_FLAG_I)},
    {ES_QV(IGNORECASE), ES_SMALL(RE_FLAG_I)},
    {ES_QV(M), ES_SMALL(RE_FLAG_M)},
    {ES_QV(MULTILINE), ES_SMALL(RE_FLAG_M)},
    {ES_QV(S), ES_SMALL(RE_FLAG_S)},
    {ES_QV(DOTALL), ES_SMALL(RE_FLAG_S)},
    {ES_QV(U), ES_SMALL(RE_FLAG_U)},
    {ES_QV(UNICODE), ES_SMALL(RE_FLAG_U)},
    {ES_QV(X), ES_SMALL(RE_FLAG_X)},
    {ES_QV(VERBOSE), ES_SMALL(RE_FLAG_X)},
    {ES_QV(A), ES_SMALL(RE_FLAG_A)},
    {ES_QV(ASCII), ES_SMALL(RE_FLAG_A)},
};
static ES_CONST_DICT(re_dict, re_table);

// re.compile('a\\d', re.IGNORECASE|re.MULTILINE), as CPython prints it:
// the flags' long names, which re_table holds after their short ones from
// RE_TABLE_FLAGS on, in CPython's order (a str pattern's UNICODE is
// implied, not shown).
static void pattern_print(const es_print_t *pr, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    re_pattern_t *p = P(self);
    uint32_t flags = p->flags & (p->prog.bytes ? ~0u : ~(uint32_t)RE_FLAG_U);
    es_printf(pr, "re.compile(%r", p->source);
    const char *sep = ", re.";
    for (size_t i = RE_TABLE_FLAGS + 1; i < ES_ARRAY_SIZE(re_table); i += 2) {
        if (flags & (uint32_t)es_small_get(re_table[i].value)) {
            es_printf(pr, "%s%q", sep, es_qstr_get(re_table[i].key));
            sep = "|re.";
        }
    }
    es_print_cstr(pr, ")");
}

const es_module_t es_module_re = {{&es_type_module}, ES_PTR(&re_dict)};
