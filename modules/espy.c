// SPDX-License-Identifier: MIT
// The internal _espy module: hooks for espy's own tests, e.g.
// alloc_count(), the allocator's counter, to prove a loop allocates
// nothing, and gc_stats(), the collector's count and time.
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "state.h"
#include "tuple.h"

static es_val_t espy_alloc_count(void) {
    return es_int_from_ull(es_gc_alloc_count());
}
static ES_FUN_0(fun_alloc_count, espy_alloc_count);

// gc_stats(): (collections, microseconds spent in them) since start, to
// measure the collector's share of a program's time (docs/memory.md).
static es_val_t espy_gc_stats(void) {
    es_val_t items[2] = {es_int_from_ull(es_g.gc.n_collects),
        es_int_from_ull(es_g.gc.collect_us)};
    return es_tuple_new(2, items);
}
static ES_FUN_0(fun_gc_stats, espy_gc_stats);

static const es_map_elem_t espy_table[] = {
    {ES_QV(__name__), ES_QV(_espy)},
    {ES_QV(alloc_count), ES_PTR(&fun_alloc_count)},
    {ES_QV(gc_stats), ES_PTR(&fun_gc_stats)},
};
static ES_CONST_DICT(espy_dict, espy_table);

const es_module_t es_module_espy = {{&es_type_module}, ES_PTR(&espy_dict)};
