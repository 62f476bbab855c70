// SPDX-License-Identifier: MIT
// The micropython module, minimal: heap_lock/heap_unlock (allocation
// raises MemoryError while locked), const(), opt_level(), the native and
// viper decorators (native runs as bytecode; viper is refused, see
// spec/language-decisions.md), and no-op helpers that MicroPython programs
// call at start-up.
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "module.h"
#include "state.h"

static es_val_t mp_heap_lock(void) {
    es_gc_lock();
    return ES_NONE;
}
static ES_FUN_0(fun_heap_lock, mp_heap_lock);

static es_val_t mp_heap_unlock(void) {
    es_gc_unlock();
    return es_small_new(es_g.gc.lock_depth);
}
static ES_FUN_0(fun_heap_unlock, mp_heap_unlock);

static es_val_t mp_identity(es_val_t v) {
    return v;
}
static ES_FUN_1(fun_const, mp_identity);
static ES_FUN_1(fun_native, mp_identity);

static es_val_t mp_viper(es_val_t v) {
    ES_UNUSED(v);
    es_raise_msg(&es_type_NotImplementedError,
        ES_ERR("@micropython.viper is not supported by espy"));
}
static ES_FUN_1(fun_viper, mp_viper);

static es_val_t mp_opt_level(size_t n_args, const es_val_t *args) {
    ES_UNUSED(args);
    return n_args == 0 ? es_small_new(0) : ES_NONE;
}
static ES_FUN_VAR(fun_opt_level, 0, 1, mp_opt_level);

static es_val_t mp_nothing(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    ES_UNUSED(args);
    return ES_NONE;
}
static ES_FUN_VAR(fun_nothing, 0, 1, mp_nothing);

// mem_info(): the arena's use, as MicroPython prints it.
static es_val_t mp_mem_info(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    ES_UNUSED(args);
    es_gc_info_t info;
    es_gc_info(&info);
    char here;
    size_t stack = (size_t)(es_g.stack_top - &here);
    es_printf(&es_print_stdout, "stack: %u out of %u\n", (unsigned)stack,
        (unsigned)es_g.stack_limit);
    es_printf(&es_print_stdout, "GC: total: %u, used: %u, free: %u\n",
        (unsigned)info.total, (unsigned)info.used, (unsigned)info.free);
    es_printf(&es_print_stdout, " max free sz: %u\n",
        (unsigned)(info.max_free / ES_GC_BLOCK));
    return ES_NONE;
}
static ES_FUN_VAR(fun_mem_info, 0, 1, mp_mem_info);

// qstr_info(): the run-time interned names.
static es_val_t mp_qstr_info(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    ES_UNUSED(args);
    size_t n, bytes;
    es_intern_stats(&n, &bytes);
    es_printf(&es_print_stdout, "qstr pool: n_pool=1, n_qstr=%u, "
        "n_str_data_bytes=%u, n_total_bytes=%u\n", (unsigned)n,
        (unsigned)bytes, (unsigned)bytes);
    return ES_NONE;
}
static ES_FUN_VAR(fun_qstr_info, 0, 1, mp_qstr_info);

static es_val_t mp_stack_use(void) {
    char here;
    return es_small_new((es_int_t)(es_g.stack_top - &here));
}
static ES_FUN_0(fun_stack_use, mp_stack_use);

static const es_map_elem_t micropython_table[] = {
    {ES_QV(__name__), ES_QV(micropython)},
    {ES_QV(heap_lock), ES_PTR(&fun_heap_lock)},
    {ES_QV(heap_unlock), ES_PTR(&fun_heap_unlock)},
    {ES_QV(const), ES_PTR(&fun_const)},
    {ES_QV(native), ES_PTR(&fun_native)},
    {ES_QV(viper), ES_PTR(&fun_viper)},
    {ES_QV(opt_level), ES_PTR(&fun_opt_level)},
    {ES_QV(alloc_emergency_exception_buf), ES_PTR(&fun_nothing)},
    {ES_QV(kbd_intr), ES_PTR(&fun_nothing)},
    {ES_QV(mem_info), ES_PTR(&fun_mem_info)},
    {ES_QV(qstr_info), ES_PTR(&fun_qstr_info)},
    {ES_QV(stack_use), ES_PTR(&fun_stack_use)},
};
static ES_CONST_DICT(micropython_dict, micropython_table);

const es_module_t es_module_micropython = {{&es_type_module},
    ES_PTR(&micropython_dict)};
