// SPDX-License-Identifier: MIT
// The internal _espy module: hooks for espy's own tests, e.g.
// alloc_count(), the allocator's counter, to prove a loop allocates
// nothing.
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"

static es_val_t espy_alloc_count(void) {
    return es_int_from_ull(es_gc_alloc_count());
}
static ES_FUN_0(fun_alloc_count, espy_alloc_count);

static const es_map_elem_t espy_table[] = {
    {ES_QV(__name__), ES_QV(_espy)},
    {ES_QV(alloc_count), ES_PTR(&fun_alloc_count)},
};
static ES_CONST_DICT(espy_dict, espy_table);

const es_module_t es_module_espy = {{&es_type_module}, ES_PTR(&espy_dict)};
