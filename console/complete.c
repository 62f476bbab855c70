// SPDX-License-Identifier: MIT
// Tab completion (complete.h). The candidates are the keys of __main__'s
// globals and of the builtins, or dir() of the object a dotted path names.
// One pass finds the common prefix of the matches; a listing sorts them by
// name (in a block from the heap, or without one by passes that each find
// the next name above the last), so a name found twice is listed once.
#include <string.h>

#include "complete.h"
#include "builtins.h"
#include "gc.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "term.h"

#define SLOT 16           // columns of one name's slot in the listing
#define LINE (4 * SLOT)   // longest listing line

// Where names come from: up to two runs of values (every [stride]-th one;
// ES_NULL and non-str values are skipped), or the built-in modules.
typedef struct names {
    const es_val_t *items[2];
    size_t n[2], stride[2];
    bool modules;
} names_t;

typedef struct match {
    const char *s;  // NULL: none
    size_t len;
} match_t;

static bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || c == '_' || c == '.'
        || (unsigned char)c >= 0x80;
}

// Compare two names as byte strings.
static int name_cmp(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    return c != 0 ? c : (an > bn) - (an < bn);
}

// Does the name [s, len) match: start with the [pn] bytes of [prefix]
// ('_' names only for a prefix that is not empty)?
static bool matches(match_t m, const char *prefix, size_t pn) {
    return m.len >= pn && memcmp(m.s, prefix, pn) == 0
        && (pn != 0 || m.s[0] != '_');
}

// A walk over the names of a names_t: run [r] at index [i], then the
// built-in modules from [d].
typedef struct walk {
    int r;
    size_t i;
    const es_module_def_t *d;
} walk_t;

// The next name of [src] on the walk [w] (which it advances); false after
// the last.
static bool next_name(const names_t *src, walk_t *w, match_t *out) {
    for (; w->r < 2; w->r++, w->i = 0) {
        while (w->i < src->n[w->r]) {
            es_val_t v = src->items[w->r][w->i];
            w->i += src->stride[w->r];
            if (v != ES_NULL && es_is_str(v)) {
                out->s = es_str_data(v, &out->len);
                return true;
            }
        }
    }
    if (w->d == NULL) {
        w->d = es_builtin_modules;
    }
    if (!src->modules || w->d->module == NULL) {
        return false;
    }
    out->s = es_qstr_str(w->d->name, &out->len);
    w->d++;
    return true;
}

// The smallest match of [src] above [after] (none: from the first).
static match_t next_match(const names_t *src, match_t after,
    const char *prefix, size_t pn) {
    match_t best = {NULL, 0}, m;
    walk_t w = {0, 0, NULL};
    while (next_name(src, &w, &m)) {
        if (matches(m, prefix, pn)
            && (after.s == NULL || name_cmp(m.s, m.len, after.s, after.len) > 0)
            && (best.s == NULL || name_cmp(m.s, m.len, best.s, best.len) < 0)) {
            best = m;
        }
    }
    return best;
}

static void tx(const char *s, size_t n) {
    es_term_tx(s, n);
}

// One name of the listing: names in 16-column slots, at least 2 spaces
// apart, a new line when the next one would pass column 64.
static void list_name(match_t m, size_t *col) {
    size_t gap = (*col + SLOT - 1) / SLOT * SLOT - *col;
    if (gap < 2) {
        gap += SLOT;
    }
    if (*col + gap + m.len <= LINE) {
        for (size_t i = 0; i < gap; i++) {
            tx(" ", 1);
        }
        *col += gap + m.len;
    } else {
        tx("\r\n", 2);
        *col = m.len;
    }
    tx(m.s, m.len);
}

// Shell sort by name: a few hundred names at most, no recursion.
static void sort_names(match_t *a, size_t n) {
    for (size_t gap = n / 2; gap > 0; gap /= 2) {
        for (size_t i = gap; i < n; i++) {
            match_t t = a[i];
            size_t j = i;
            for (; j >= gap && name_cmp(a[j - gap].s, a[j - gap].len, t.s,
                 t.len) > 0; j -= gap) {
                a[j] = a[j - gap];
            }
            a[j] = t;
        }
    }
}

// The listing of the [count] matches, in name order, each name once. They
// are sorted in a block from the heap when one is free; without one, each
// pass over the names finds the next above the last (count passes).
static void print_matches(const names_t *src, const char *prefix, size_t pn,
    size_t count) {
    size_t col = LINE; // forces the line break before the first name
    match_t m = {NULL, 0};
    match_t *all = es_gc_alloc_maybe(count * sizeof(match_t), 0);
    if (all == NULL) {
        while ((m = next_match(src, m, prefix, pn)).s != NULL) {
            list_name(m, &col);
        }
        tx("\r\n", 2);
        return;
    }
    size_t k = 0;
    walk_t w = {0, 0, NULL};
    while (k < count && next_name(src, &w, &m)) {
        if (matches(m, prefix, pn)) {
            all[k++] = m;
        }
    }
    sort_names(all, k);
    for (size_t i = 0; i < k; i++) {
        if (i == 0 || name_cmp(all[i].s, all[i].len, all[i - 1].s,
                          all[i - 1].len) != 0) {
            list_name(all[i], &col);
        }
    }
    es_gc_free(all);
    tx("\r\n", 2);
}

static void set_map(names_t *src, int r, es_val_t dict) {
    es_map_t *m = es_dict_map(dict);
    src->items[r] = &m->table[0].key;
    src->n[r] = m->used * 2;
    src->stride[r] = 2;
}

// The object that the dotted path [s, s + n) names, or ES_NULL. May raise.
static es_val_t resolve(const char *s, size_t n) {
    es_val_t obj = ES_NULL;
    while (n > 0) {
        const char *dot = memchr(s, '.', n);
        size_t len = dot ? (size_t)(dot - s) : n;
        es_qstr_t q = es_intern_find(s, len);
        if (q == ES_Q_NULL) {
            return ES_NULL;
        }
        if (obj == ES_NULL) {
            obj = es_dict_get(es_g.main_globals, es_qstr_val(q));
            if (obj == ES_NULL) {
                obj = es_dict_get(es_g.builtins, es_qstr_val(q));
            }
        } else {
            obj = es_load_attr_maybe(obj, q);
        }
        if (obj == ES_NULL) {
            return ES_NULL;
        }
        s += len + (dot != NULL);
        n -= len + (dot != NULL);
    }
    return obj;
}

// Fill [src] with the candidates for [word] (up to its last dot) and
// return the prefix after that dot in [*prefix]. False when the path
// names nothing. May raise.
static bool candidates(names_t *src, const char *word, size_t n,
    bool src_is_import, const char **prefix, size_t *pn) {
    const char *dot = NULL;
    for (size_t i = n; i > 0 && dot == NULL; i--) {
        dot = word[i - 1] == '.' ? word + i - 1 : NULL;
    }
    memset(src, 0, sizeof(*src));
    if (dot == NULL && src_is_import) {
        *prefix = word;
        *pn = n;
        src->modules = true;
        return true;
    }
    if (dot == NULL) {
        *prefix = word;
        *pn = n;
        set_map(src, 0, es_g.main_globals);
        set_map(src, 1, es_g.builtins);
        return true;
    }
    *prefix = dot + 1;
    *pn = (size_t)(word + n - (dot + 1));
    es_val_t obj = resolve(word, (size_t)(dot - word));
    if (obj == ES_NULL) {
        return false;
    }
    es_val_t dir = es_dict_get(es_g.builtins, ES_QV(dir));
    es_val_t list = es_call1(dir, obj);
    es_val_t *items;
    es_list_get(list, &src->n[0], &items);
    src->items[0] = items;
    src->stride[0] = 1;
    return true;
}

static const char import_word[] = "import ";

// What to insert for the matches of [word] (see complete.h): after
// "import " a built-in module's name; the line's first word may complete
// to "import " when no name matches. May raise. Not inlined: it runs
// under es_complete's handler, and its locals must not live in
// es_complete's frame across the longjmp (gcc -m32 warns).
__attribute__((noinline)) static size_t complete_word(const char *line,
    const char *word, size_t n, char *out) {
    names_t src;
    const char *prefix;
    size_t pn;
    bool after_import = word - line >= 7 && memcmp(line, import_word, 7) == 0;
    if (!candidates(&src, word, n, after_import, &prefix, &pn)) {
        return 0;
    }
    // One pass: a match, the prefix all matches share, and whether any is
    // longer than what is typed.
    match_t first = {NULL, 0}, m;
    size_t common = 0, count = 0;
    bool longer = false;
    walk_t w = {0, 0, NULL};
    while (next_name(&src, &w, &m)) {
        if (!matches(m, prefix, pn)) {
            continue;
        }
        if (first.s == NULL) {
            first = m;
            common = m.len;
        }
        size_t i = pn;
        while (i < common && i < m.len && m.s[i] == first.s[i]) {
            i++;
        }
        common = i;
        longer = longer || m.len > pn;
        count++;
    }
    if (first.s == NULL) {
        if (word == line && n > 0 && n < 7 && memcmp(word, import_word, n) == 0) {
            memcpy(out, import_word + n, 7 - n);
            return 7 - n;
        }
        return 0;
    }
    if (common == pn) {
        if (!longer) {
            return 0; // the only match is typed out already
        }
        print_matches(&src, prefix, pn, count);
        return ES_COMPLETE_LISTED;
    }
    size_t add = common - pn > ES_COMPLETE_MAX ? ES_COMPLETE_MAX : common - pn;
    memcpy(out, first.s + pn, add);
    return add;
}

size_t es_complete(const char *line, size_t n, char *out) {
    size_t start = n;
    while (start > 0 && is_word_byte(line[start - 1])) {
        start--;
    }
    if (start < n && line[start] >= '0' && line[start] <= '9') {
        return 0; // a number, not a name
    }
    es_nlr_buf_t buf;
    volatile size_t r = 0;
    if (es_nlr_push(&buf) == 0) {
        r = complete_word(line, line + start, n - start, out);
        es_nlr_pop();
    }


    return r;
}
