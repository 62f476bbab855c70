// SPDX-License-Identifier: MIT
// The gc module: run the collector and read the arena's use, as in
// MicroPython (collect, mem_free, mem_alloc, enable, disable, isenabled).
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"
#include "state.h"

static es_val_t gc_collect(void) {
    es_gc_collect();
    return ES_NONE;
}
static ES_FUN_0(fun_gc_collect, gc_collect);

// mem_free() / mem_alloc(): bytes free / in use in the arena.
static es_val_t gc_mem(bool free) {
    es_gc_info_t info;
    es_gc_info(&info);
    return es_int_from((es_int_t)(free ? info.free : info.used));
}

static es_val_t gc_mem_free(void) {
    return gc_mem(true);
}
static ES_FUN_0(fun_gc_mem_free, gc_mem_free);

static es_val_t gc_mem_alloc(void) {
    return gc_mem(false);
}
static ES_FUN_0(fun_gc_mem_alloc, gc_mem_alloc);

static es_val_t gc_enable(void) {
    es_g.gc.disabled = false;
    return ES_NONE;
}
static ES_FUN_0(fun_gc_enable, gc_enable);

static es_val_t gc_disable(void) {
    es_g.gc.disabled = true;
    return ES_NONE;
}
static ES_FUN_0(fun_gc_disable, gc_disable);

static es_val_t gc_isenabled(void) {
    return es_bool(!es_g.gc.disabled);
}
static ES_FUN_0(fun_gc_isenabled, gc_isenabled);

// threshold(): the bytes allocated between automatic collections (-1 when
// none); threshold(n) sets it (n < 0: none), in whole blocks rounded down
// as MicroPython (threshold(1) reads back 0: collect at every allocation).
static es_val_t gc_threshold(size_t n_args, const es_val_t *args) {
    if (n_args == 0) {
        size_t t = es_g.gc.threshold;
        return t == ES_GC_NO_THRESHOLD ? es_small_new(-1)
            : es_int_from((es_int_t)(t * ES_GC_BLOCK));
    }
    es_int_t n = es_get_int(args[0]);
    es_g.gc.threshold = n < 0 ? ES_GC_NO_THRESHOLD : (size_t)n / ES_GC_BLOCK;
    return ES_NONE;
}
static ES_FUN_VAR(fun_gc_threshold, 0, 1, gc_threshold);

static const es_map_elem_t gc_table[] = {
    {ES_QV(__name__), ES_QV(gc)},
    {ES_QV(collect), ES_PTR(&fun_gc_collect)},
    {ES_QV(mem_free), ES_PTR(&fun_gc_mem_free)},
    {ES_QV(mem_alloc), ES_PTR(&fun_gc_mem_alloc)},
    {ES_QV(enable), ES_PTR(&fun_gc_enable)},
    {ES_QV(disable), ES_PTR(&fun_gc_disable)},
    {ES_QV(isenabled), ES_PTR(&fun_gc_isenabled)},
    {ES_QV(threshold), ES_PTR(&fun_gc_threshold)},
};
static ES_CONST_DICT(gc_dict, gc_table);

const es_module_t es_module_gc = {{&es_type_module}, ES_PTR(&gc_dict)};
