// SPDX-License-Identifier: MIT
// The internal _espy module: hooks for espy's own tests, e.g.
// alloc_count(), the allocator's counter, to prove a loop allocates
// nothing, gc_stats(), the collector's count and time, and heap_dump(),
// every allocation of the arena (tools/bootmem.py's breakdown).
#include "bytes.h"
#include "code.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "state.h"
#include "tuple.h"
#include "vfs.h"

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

// What the allocation at [obj] is, from its first word: a built-in type
// of this list, an instance of a class in the arena, else NULL (a table,
// text, a C structure). Reads no word that is not the arena's or a known
// type's.
static const es_type_t *alloc_type(const void *obj) {
    static const es_type_t *const known[] = {&es_type_tuple, &es_type_list,
        &es_type_dict, &es_type_str, &es_type_bytes, &es_type_bytearray,
        &es_type_float, &es_type_int, &es_type_fun, &es_type_genfun, &es_type_code,
        &es_type_module, &es_type_type, &es_type_cell, &es_type_bound_meth,
        &es_type_vfs_lfs2};
    const es_type_t *t = ((const es_obj_t *)obj)->type;
    for (size_t i = 0; i < ES_ARRAY_SIZE(known); i++) {
        if (known[i] == t) {
            return t;
        }
    }
    if (es_gc_is_heap_ptr(t) && t->base.type == &es_type_type) {
        return t; // a class made at run time: its instance
    }
    return NULL;
}

// heap_dump(): one line per allocation of the arena, "offset bytes kind"
// (offset in the arena's blocks; kind: the type's name, or "-" for
// tables, text and C structures).
static es_val_t espy_heap_dump(void) {
    size_t n = es_g.gc.n_blocks;
    for (size_t b = 0; b < n; b++) {
        const void *obj, *tail;
        if (es_gc_block(b, &obj) != 1) {
            continue;
        }
        size_t e = b + 1;
        while (e < n && es_gc_block(e, &tail) == 2) {
            e++;
        }
        const es_type_t *t = alloc_type(obj);
        es_printf(&es_print_stdout, "%u %u %q\n", (unsigned)(b * ES_GC_BLOCK),
            (unsigned)((e - b) * ES_GC_BLOCK), t != NULL ? t->name : ES_Q(_));
    }
    return ES_NONE;
}
static ES_FUN_0(fun_heap_dump, espy_heap_dump);

static const es_map_elem_t espy_table[] = {
    {ES_QV(__name__), ES_QV(_espy)},
    {ES_QV(alloc_count), ES_PTR(&fun_alloc_count)},
    {ES_QV(gc_stats), ES_PTR(&fun_gc_stats)},
    {ES_QV(heap_dump), ES_PTR(&fun_heap_dump)},
};
static ES_CONST_DICT(espy_dict, espy_table);

const es_module_t es_module_espy = {{&es_type_module}, ES_PTR(&espy_dict)};
