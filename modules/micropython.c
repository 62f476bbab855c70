// SPDX-License-Identifier: MIT
// The micropython module: heap_lock/heap_unlock (allocation raises
// MemoryError while locked), mem_info (with the heap map), qstr_info,
// stack_use, mem_total/mem_current/mem_peak, RingIO (ringio.c),
// schedule, const(),
// opt_level(), kbd_intr,
// alloc_emergency_exception_buf, and the native and viper decorators
// (native runs as bytecode; viper is refused, see
// spec/language-decisions.md).
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "frame.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "nlr.h"
#include "print.h"
#include "module.h"
#include "list.h"
#include "ringio.h"
#include "rom.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

// Locking first makes sure calls have frame-stack room that needs no
// allocation (a spare chunk).
static es_val_t mp_heap_lock(void) {
    es_frame_reserve();
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

// opt_level([level]): the level the compiler works at (0 by default; 1
// and up: __debug__ is False and assert statements are dropped, as
// CPython's -O). Line numbers are always kept.
static es_val_t mp_opt_level(size_t n_args, const es_val_t *args) {
    if (n_args == 0) {
        return es_small_new(es_g.opt_level);
    }
    es_int_t v = es_get_int(args[0]);
    es_g.opt_level = v < 0 ? 0 : v > 3 ? 3 : (int)v;
    return ES_NONE;
}
static ES_FUN_VAR(fun_opt_level, 0, 1, mp_opt_level);

// The letter of an allocation in the heap map, as MicroPython's.
static char block_char(const void *obj) {
    const es_type_t *t = ((const es_obj_t *)obj)->type;
    static const struct {
        const es_type_t *type;
        char c; // in flash: read through core/rom.h
    } kinds[] = {
        {&es_type_tuple, 'T'}, {&es_type_list, 'L'}, {&es_type_dict, 'D'},
        {&es_type_str, 'S'}, {&es_type_float, 'F'}, {&es_type_fun, 'B'},
        {&es_type_genfun, 'B'},
        {&es_type_module, 'M'}, {&es_type_bytearray, 'A'},
    };
    for (size_t i = 0; i < ES_ARRAY_SIZE(kinds); i++) {
        if (kinds[i].type == t) {
            return (char)es_rom_u8(&kinds[i].c);
        }
    }
    return 'h';
}

// The heap map: one character per block, 64 blocks per line ('.' free,
// '=' tail, a letter for the head of an allocation).
static void heap_map(size_t n_blocks) {
    es_printf(&es_print_stdout, "GC memory layout; from %p:", es_g.gc.pool);
    for (size_t b = 0; b < n_blocks; b++) {
        if (b % 64 == 0) {
            es_printf(&es_print_stdout, "\n%08x: ",
                (unsigned)(b * ES_GC_BLOCK));
        }
        const void *obj;
        unsigned a = es_gc_block(b, &obj);
        char c = a == 0 ? '.' : a == 2 ? '=' : block_char(obj);
        es_printf(&es_print_stdout, "%c", c);
    }
    es_printf(&es_print_stdout, "\n");
}

// Allocations of 1 and 2 blocks, and the largest one, in blocks.
static void block_counts(size_t n_blocks, size_t *one, size_t *two,
        size_t *max) {
    *one = *two = *max = 0;
    size_t run = 0;
    for (size_t b = 0; b <= n_blocks; b++) {
        const void *obj;
        unsigned a = b < n_blocks ? es_gc_block(b, &obj) : 0;
        if (a == 2) {
            run++;
            continue;
        }
        *one += run == 1;
        *two += run == 2;
        *max = run > *max ? run : *max;
        run = a == 1;
    }
}

// mem_info([verbose]): the stack and arena use, as MicroPython prints it;
// with an argument also the heap map.
static es_val_t mp_mem_info(size_t n_args, const es_val_t *args) {
    es_gc_info_t info;
    es_gc_info(&info);
    char here;
    size_t stack = (size_t)(es_g.stack_top - &here);
    es_printf(&es_print_stdout, "stack: %u out of %u\n", (unsigned)stack,
        (unsigned)es_g.stack_limit);
    es_printf(&es_print_stdout, "GC: total: %u, used: %u, free: %u\n",
        (unsigned)info.total, (unsigned)info.used, (unsigned)info.free);
    size_t n_blocks = info.total / ES_GC_BLOCK, one, two, max;
    block_counts(n_blocks, &one, &two, &max);
    es_printf(&es_print_stdout, " No. of 1-blocks: %u, 2-blocks: %u, "
        "max blk sz: %u, max free sz: %u\n", (unsigned)one, (unsigned)two,
        (unsigned)max, (unsigned)(info.max_free / ES_GC_BLOCK));
    if (n_args > 0 && es_truthy(args[0])) {
        heap_map(n_blocks);
    }
    return ES_NONE;
}
static ES_FUN_VAR(fun_mem_info, 0, 1, mp_mem_info);

// schedule(f, arg): run f(arg) at the VM's next pending-event poll
// (soon, between two bytecodes of the running program).
static es_val_t mp_schedule(es_val_t f, es_val_t arg) {
    if (!es_sched_schedule(f, arg)) {
        es_raise_msg(&es_type_RuntimeError, ES_ERR("schedule queue full"));
    }
    return ES_NONE;
}
static ES_FUN_2(fun_schedule, mp_schedule);

bool es_sched_schedule(es_val_t f, es_val_t arg) {
    if (es_g.sched_len >= ES_CFG_SCHED_DEPTH) {
        return false;
    }
    es_g.sched[es_g.sched_len][0] = f;
    es_g.sched[es_g.sched_len][1] = arg;
    es_g.sched_len++;
    es_g.pending = 1;
    return true;
}

// Only the callbacks queued when the run starts: one that schedules itself
// again runs at the next poll, so the program (an event loop) goes on. No
// callback runs inside another (as MicroPython): those it schedules wait
// until it has returned.
static void sched_run_locked(void) {
    for (size_t n = es_g.sched_len; n != 0 && es_g.sched_len != 0; n--) {
        es_val_t f = es_g.sched[0][0], arg = es_g.sched[0][1];
        es_g.sched_len--;
        memmove(&es_g.sched[0], &es_g.sched[1],
            es_g.sched_len * sizeof(es_g.sched[0]));
        es_g.sched[es_g.sched_len][0] = es_g.sched[es_g.sched_len][1] = ES_NULL;
        es_call(f, 1, 0, &arg);
    }
}

void es_sched_run(void) {
    es_nlr_buf_t buf;
    es_g.sched_locked++; // nests with a hard handler's lock
    if (es_nlr_push(&buf) == 0) {
        sched_run_locked();
        es_nlr_pop();
        buf.value = ES_NULL;
    }
    es_g.sched_locked--;
    if (es_g.sched_len != 0) {
        es_g.pending = 1;
    }
    if (buf.value != ES_NULL) {
        es_nlr_jump(buf.value);
    }
}

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

// mem_total(), mem_current(), mem_peak(): bytes ever allocated, in use
// now, most in use at once (whole 16-byte blocks; core/gc.h).
static es_val_t mem_stat(int which) {
    uint64_t total;
    size_t current, peak;
    es_gc_mem_stats(&total, &current, &peak);
    return which == 0 ? es_int_from_ull(total)
        : es_int_from_ull(which == 1 ? current : peak);
}

static es_val_t mp_mem_total(void) {
    return mem_stat(0);
}
static ES_FUN_0(fun_mem_total, mp_mem_total);

static es_val_t mp_mem_current(void) {
    return mem_stat(1);
}
static ES_FUN_0(fun_mem_current, mp_mem_current);

static es_val_t mp_mem_peak(void) {
    return mem_stat(2);
}
static ES_FUN_0(fun_mem_peak, mp_mem_peak);

static es_val_t mp_stack_use(void) {
    char here;
    return es_small_new((es_int_t)(es_g.stack_top - &here));
}
static ES_FUN_0(fun_stack_use, mp_stack_use);

// kbd_intr(c): the console character that raises KeyboardInterrupt
// (3, Ctrl-C), -1 for none (raw data through stdin), until the running
// code ends: es_g.intr_char, which the console sets for each run
// (hal/uart.h).
static es_val_t mp_kbd_intr(es_val_t c) {
    es_int_t v = es_get_int(c);
    es_g.intr_char = v < 0 || v > 255 ? -1 : (int)v;
    return ES_NONE;
}
static ES_FUN_1(fun_kbd_intr, mp_kbd_intr);

static es_val_t mp_alloc_emg(es_val_t size) {
    es_int_t n = es_get_int(size);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("negative size"));
    }
    es_exc_alloc_emergency((size_t)n);
    return ES_NONE;
}
static ES_FUN_1(fun_alloc_emg, mp_alloc_emg);

static const es_map_elem_t micropython_table[] = {
    {ES_QV(__name__), ES_QV(micropython)},
    {ES_QV(heap_lock), ES_PTR(&fun_heap_lock)},
    {ES_QV(heap_unlock), ES_PTR(&fun_heap_unlock)},
    {ES_QV(const), ES_PTR(&fun_const)},
    {ES_QV(native), ES_PTR(&fun_native)},
    {ES_QV(viper), ES_PTR(&fun_viper)},
    {ES_QV(opt_level), ES_PTR(&fun_opt_level)},
    {ES_QV(alloc_emergency_exception_buf), ES_PTR(&fun_alloc_emg)},
    {ES_QV(kbd_intr), ES_PTR(&fun_kbd_intr)},
    {ES_QV(mem_info), ES_PTR(&fun_mem_info)},
    {ES_QV(qstr_info), ES_PTR(&fun_qstr_info)},
    {ES_QV(mem_total), ES_PTR(&fun_mem_total)},
    {ES_QV(mem_current), ES_PTR(&fun_mem_current)},
    {ES_QV(mem_peak), ES_PTR(&fun_mem_peak)},
    {ES_QV(stack_use), ES_PTR(&fun_stack_use)},
    {ES_QV(schedule), ES_PTR(&fun_schedule)},
    {ES_QV(RingIO), ES_PTR(&es_type_ringio)},
};
static ES_CONST_DICT(micropython_dict, micropython_table);

const es_module_t es_module_micropython = {{&es_type_module},
    ES_PTR(&micropython_dict)};
