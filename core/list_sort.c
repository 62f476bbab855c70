// SPDX-License-Identifier: MIT
// list.sort: a stable bottom-up merge sort (insertion-sorted runs, then
// merges through one temporary arena buffer). Elements are [key, value]
// records of width 2 when a key function is given, else single values.
// While sorting, the list is empty (as in CPython), so comparisons that call
// into Python and raise, or code that changes the list, leave it valid: it
// gets its items back, and a change made meanwhile raises ValueError.
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "list.h"
#include "nlr.h"
#include "runtime.h"
#include "str.h"

#define RUN 8 // length of the insertion-sorted runs

typedef struct sorter {
    size_t w;     // words per record: 1, or 2 for [key, value]
    bool reverse; // sort descending (still stable)
} sorter_t;

// a < b for the sort: fast paths for small ints and strs.
static bool less(es_val_t a, es_val_t b) {
    if (es_is_small(a) && es_is_small(b)) {
        return es_small_get(a) < es_small_get(b);
    }
    if (es_is_str(a) && es_is_str(b)) {
        size_t na, nb;
        const char *sa = es_str_data(a, &na), *sb = es_str_data(b, &nb);
        int c = memcmp(sa, sb, na < nb ? na : nb);
        return c < 0 || (c == 0 && na < nb);
    }
    return es_truthy(es_binary_op(ES_BOP_LT, a, b));
}

// Does record [b] sort strictly before record [a]?
static bool before(const sorter_t *s, const es_val_t *b, const es_val_t *a) {
    return s->reverse ? less(*a, *b) : less(*b, *a);
}

static void insertion_sort(const sorter_t *s, es_val_t *a, size_t n) {
    size_t w = s->w;
    for (size_t i = 1; i < n; i++) {
        es_val_t rec[2];
        memcpy(rec, a + i * w, w * sizeof(es_val_t));
        size_t j = i;
        while (j > 0 && before(s, rec, a + (j - 1) * w)) {
            memcpy(a + j * w, a + (j - 1) * w, w * sizeof(es_val_t));
            j--;
        }
        memcpy(a + j * w, rec, w * sizeof(es_val_t));
    }
}

// Merge src[lo, mid) and src[mid, hi) into dst[lo, hi).
static void merge(const sorter_t *s, const es_val_t *src, es_val_t *dst,
    size_t lo, size_t mid, size_t hi) {
    ES_ASSERT(lo <= mid && mid <= hi);
    size_t w = s->w, i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        bool right = before(s, src + j * w, src + i * w);
        size_t from = right ? j++ : i++;
        memcpy(dst + k++ * w, src + from * w, w * sizeof(es_val_t));
    }
    memcpy(dst + k * w, src + i * w, (mid - i) * w * sizeof(es_val_t));
    k += mid - i;
    memcpy(dst + k * w, src + j * w, (hi - j) * w * sizeof(es_val_t));
}

// Already in order, or strictly the reverse of it (then reversed here:
// with no equal neighbours, reversing keeps the sort stable)? Costs a
// comparison or two on unordered input.
static bool presorted(const sorter_t *s, es_val_t *a, size_t n) {
    size_t w = s->w, i = 1;
    while (i < n && !before(s, a + i * w, a + (i - 1) * w)) {
        i++;
    }
    if (i >= n) {
        return true;
    }
    if (i > 1) {
        return false;
    }
    i = 2; // a[1] is known to come before a[0]
    while (i < n && before(s, a + i * w, a + (i - 1) * w)) {
        i++;
    }
    if (i < n) {
        return false;
    }
    for (size_t lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
        es_val_t t[2];
        memcpy(t, a + lo * w, w * sizeof(es_val_t));
        memcpy(a + lo * w, a + hi * w, w * sizeof(es_val_t));
        memcpy(a + hi * w, t, w * sizeof(es_val_t));
    }
    return true;
}

// Sort [n] records in [a] using [tmp] (same size); result ends in [a].
static void merge_sort(const sorter_t *s, es_val_t *a, es_val_t *tmp,
    size_t n) {
    if (presorted(s, a, n)) {
        return;
    }
    // Each run and each merge polls: comparisons of long strs (memcmp)
    // call no Python, which would poll, and take seconds on the chip for
    // many refs to two long strs.
    for (size_t lo = 0; lo < n; lo += RUN) {
        es_poll();
        insertion_sort(s, a + lo * s->w, n - lo < RUN ? n - lo : RUN);
    }
    es_val_t *src = a, *dst = tmp;
    for (size_t width = RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            es_poll();
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(s, src, dst, lo, mid, hi);
        }
        es_val_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != a) {
        memcpy(a, src, n * s->w * sizeof(es_val_t));
    }
}

// Sort the [n] items in [items] (not the list's array) into [out].
static void sort_items(es_val_t *items, size_t n, es_val_t key, bool reverse,
    es_val_t *out) {
    sorter_t s = {key == ES_NONE ? 1 : 2, reverse};
    es_val_t *recs = items;
    if (s.w == 2) {
        recs = es_gc_alloc(2 * n * sizeof(es_val_t), 0);
        for (size_t i = 0; i < n; i++) {
            recs[2 * i] = es_call1(key, items[i]);
            recs[2 * i + 1] = items[i];
        }
    }
    es_val_t *tmp = es_gc_alloc(s.w * n * sizeof(es_val_t), 0);
    merge_sort(&s, recs, tmp, n);
    for (size_t i = 0; i < n; i++) {
        out[i] = recs[i * s.w + s.w - 1];
    }
    es_gc_free(tmp);
    if (recs != items) {
        es_gc_free(recs);
    }
}

void es_list_sort(es_val_t lv, es_val_t key, bool reverse) {
    es_list_t *l = (es_list_t *)lv;
    es_list_t saved = *l;
    if (saved.len < 2 && key == ES_NONE) {
        return;
    }
    // work on a copy while the list looks empty
    es_val_t *work = es_gc_alloc(saved.len * sizeof(es_val_t) + 1, 0);
    if (saved.len > 0) { // an empty list may have no items array
        memcpy(work, saved.items, saved.len * sizeof(es_val_t));
    }
    l->len = l->alloc = 0;
    l->items = NULL;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        sort_items(work, saved.len, key, reverse, saved.items);
        es_nlr_pop();
    } else {
        *l = saved;
        es_nlr_jump(buf.value);
    }
    bool modified = l->items != NULL || l->len != 0;
    *l = saved;
    es_gc_free(work);
    if (modified) {
        es_raise_msg(&es_type_ValueError, ES_ERR("list modified during sort"));
    }
}
