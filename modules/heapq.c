// SPDX-License-Identifier: MIT
// The heapq module (also `uheapq`): heappush, heappop, heapify,
// heappushpop and heapreplace on a list, with CPython's sift algorithms so
// the list holds the same order as CPython's after each call. Items are
// compared with <, which may run Python code: the list is re-read after
// each comparison and a change of its length raises RuntimeError.
#include "class.h"
#include "exc.h"
#include "fun.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "runtime.h"

// The list argument [v] of heapq function [fn] ("heappop() argument" for
// one argument, "heappush() argument 1" when [first] of two); TypeError
// otherwise.
static es_list_t *heap_arg(es_val_t v, es_qstr_t fn, bool first) {
    v = es_class_unbox(v); // a list subclass instance's list
    if (!es_is_list(v)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q() argument%s must be "
            "list, not %q"), fn, first ? " 1" : "",
            v == ES_NONE ? ES_Q(None) : es_type_name(v));
    }
    return (es_list_t *)v;
}

// heap[a] < heap[b], checking afterwards that the heap kept its length.
static bool less(es_list_t *h, size_t a, size_t b) {
    size_t n = h->len;
    bool r = es_truthy(es_binary_op(ES_BOP_LT, h->items[a], h->items[b]));
    if (h->len != n) {
        es_raise_msg(&es_type_RuntimeError,
            ES_ERR("list changed size during iteration"));
    }
    return r;
}

// Move the item at [pos] up towards [start] while it is less than its
// parent (CPython's _siftdown).
static void sift_down(es_list_t *h, size_t start, size_t pos) {
    while (pos > start) {
        size_t parent = (pos - 1) / 2;
        if (!less(h, pos, parent)) {
            break;
        }
        es_val_t t = h->items[pos];
        h->items[pos] = h->items[parent];
        h->items[parent] = t;
        pos = parent;
    }
}

// Move the smaller child up until a leaf is reached, put the item there
// and sift it back (CPython's _siftup).
static void sift_up(es_list_t *h, size_t pos) {
    size_t start = pos, child = 2 * pos + 1;
    while (child < h->len) {
        if (child + 1 < h->len && !less(h, child, child + 1)) {
            child++;
        }
        es_val_t t = h->items[pos];
        h->items[pos] = h->items[child];
        h->items[child] = t;
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(h, start, pos);
}

static es_val_t heapq_heappush(es_val_t heap, es_val_t item) {
    es_list_t *h = heap_arg(heap, ES_Q(heappush), true);
    es_list_append(es_val(h), item);
    sift_down(h, 0, h->len - 1);
    return ES_NONE;
}
static ES_FUN_2(fun_heappush, heapq_heappush);

// Replace the smallest item with [item] and restore the heap; the item
// that was smallest. IndexError for an empty heap.
static es_val_t replace_top(es_list_t *h, es_val_t item) {
    if (h->len == 0) {
        es_raise_msg(&es_type_IndexError, ES_ERR("index out of range"));
    }
    es_val_t top = h->items[0];
    h->items[0] = item;
    sift_up(h, 0);
    return top;
}

static es_val_t heapq_heappop(es_val_t heap) {
    es_list_t *h = heap_arg(heap, ES_Q(heappop), false);
    if (h->len == 0) {
        es_raise_msg(&es_type_IndexError, ES_ERR("index out of range"));
    }
    es_val_t last = h->items[--h->len];
    return h->len == 0 ? last : replace_top(h, last);
}
static ES_FUN_1(fun_heappop, heapq_heappop);

static es_val_t heapq_heapreplace(es_val_t heap, es_val_t item) {
    return replace_top(heap_arg(heap, ES_Q(heapreplace), true), item);
}
static ES_FUN_2(fun_heapreplace, heapq_heapreplace);

// heappushpop: push then pop, faster: [item] comes back at once when it is
// not greater than the smallest.
static es_val_t heapq_heappushpop(es_val_t heap, es_val_t item) {
    es_list_t *h = heap_arg(heap, ES_Q(heappushpop), true);
    if (h->len == 0 || !es_truthy(es_binary_op(ES_BOP_LT, h->items[0],
            item))) {
        return item;
    }
    return replace_top(h, item); // IndexError when __lt__ emptied it
}
static ES_FUN_2(fun_heappushpop, heapq_heappushpop);

static es_val_t heapq_heapify(es_val_t heap) {
    es_list_t *h = heap_arg(heap, ES_Q(heapify), false);
    for (size_t i = h->len / 2; i-- > 0;) {
        sift_up(h, i);
    }
    return ES_NONE;
}
static ES_FUN_1(fun_heapify, heapq_heapify);

static const es_map_elem_t heapq_table[] = {
    {ES_QV(__name__), ES_QV(heapq)},
    {ES_QV(heappush), ES_PTR(&fun_heappush)},
    {ES_QV(heappop), ES_PTR(&fun_heappop)},
    {ES_QV(heapify), ES_PTR(&fun_heapify)},
    {ES_QV(heapreplace), ES_PTR(&fun_heapreplace)},
    {ES_QV(heappushpop), ES_PTR(&fun_heappushpop)},
};
static ES_CONST_DICT(heapq_dict, heapq_table);

const es_module_t es_module_heapq = {{&es_type_module}, ES_PTR(&heapq_dict)};
