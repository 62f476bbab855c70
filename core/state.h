// SPDX-License-Identifier: MIT
// All interpreter state, in one structure (es_g). es_init() and es_deinit()
// (core/interp.h) reset every field, so an interpreter can be started and
// stopped any number of times in one process. The collector scans this
// structure conservatively as a root, so any value stored here stays alive.
#ifndef ES_STATE_H
#define ES_STATE_H

#include "exc.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "obj.h"

// @@ ES_CFG_SCHED_DEPTH: pending micropython.schedule() callbacks.
#ifndef ES_CFG_SCHED_DEPTH
#define ES_CFG_SCHED_DEPTH 4
#endif

// Collector state (core/gc.c). The tables live at the start of the arena.
typedef struct es_gc_state {
    uint8_t *atb;        // 2 bits per block: free, head, tail, mark
    uint8_t *ftb;        // 1 bit per block: leaf (head), final (first tail)
    uint8_t *pool;       // first block
    uint8_t *pool_end;
    size_t n_blocks;
    size_t low_free;     // no free block below this index
    size_t top_rover;    // large requests search down from here (next
                         // fit); each collection resets it to just above
                         // the highest free block
    size_t rover;        // multi-block searches start here (next fit);
                         // each collection resets it to low_free
    size_t since_collect; // blocks allocated since the last collection
    size_t n_final;      // allocations whose FINAL bit is set: the
                         // finalizer pass is skipped when there are none
    size_t threshold;    // collect when since_collect reaches this
                         // (ES_GC_NO_THRESHOLD: never)
    uint64_t n_allocs;   // allocations since start
    uint64_t blocks_total; // blocks handed out until the last collection
                           // (mem_total adds since_collect)
    size_t n_used;       // blocks in use at the last sweep, less those
                         // freed since (mem_current adds since_collect)
    size_t peak_used;    // most blocks in use at once (mem_peak), as of
                         // the last free, sweep or question
    uint64_t fail_at;    // injection: fail allocation number fail_at (0 off)
    bool fail_sticky;
    bool mark_overflow;
    bool collecting;
    bool finalizing;     // running finalizers: new blocks are born marked
    bool disabled;       // gc.disable(): collect only when out of memory
    bool top_holes;      // a large request passed over free blocks: some
                         // may lie above top_rover
    uint64_t collect_us; // time spent in es_gc_collect (_espy.gc_stats)
    uint32_t n_collects;
    uint16_t lock_depth;
    uint16_t mark_sp;
    void *mark_stack[ES_CFG_MARK_STACK];
} es_gc_state_t;

// The preallocated MemoryError's traceback buffer: 8 entries, the last
// overwritten when full (so the outermost frames are kept). core/exc.c
// reads it as its traceback type, whose layout it checks against this one.
typedef struct es_fixed_tb {
    uint16_t len, alloc;
    bool fixed;
    struct {
        es_qstr_t file, block;
        uint32_t line;
    } e[8];
} es_fixed_tb_t;

// Run-time interned names (core/intern.c).
typedef struct es_intern_state {
    void **names;        // heap array of name records, index = q - N_STATIC
    size_t count, alloc;
    uint32_t *index;     // heap hash index of run-time names (0 = empty)
    size_t index_size;
    size_t bytes;
} es_intern_state_t;

typedef struct es_state {
    es_gc_state_t gc;
    es_intern_state_t intern;

    // Exceptions and the C stack (core/nlr.c, core/stack.c).
    es_nlr_buf_t *nlr_top;
    char *stack_top;      // C stack top, as seen at es_init()
    size_t stack_limit;   // bytes of C stack es_stack_check allows
    volatile int pending; // pending-event flag, polled by the VM
    es_val_t pending_exc; // exception to raise at the next poll (e.g. SIGINT)
    es_val_t mem_error;   // the preallocated MemoryError instance
    es_val_t recursion_error; // preallocated RecursionError (core/exc.c)
    int intr_char;        // the console character that raises
                          // KeyboardInterrupt (3), -1 none: set by the
                          // console and by micropython.kbd_intr
    int opt_level;        // micropython.opt_level: 1 and up compile
                          // __debug__ as False and drop assert statements
    void *emg_buf;        // micropython.alloc_emergency_exception_buf's
    size_t emg_size;      // buffer (core/exc.c), or NULL

    // VM (core/vm.c, core/frame.c).
    void *frame_chunk;    // current frame-stack chunk
    void *frame_top;      // first free byte in it
    void *frame_cur;      // innermost running frame
    es_val_t exc_cur;     // exception being handled (bare raise, __context__)
    es_val_t stop_exc;    // the StopIteration a class's __next__ ended with,
                          // for next() to raise as it is (core/class.c)
    es_val_t builtins;    // dict of the builtins module
    es_val_t builtins_override; // dict of names stored into builtins, or NULL
    es_val_t modules;     // dict: sys.modules
    es_val_t main_globals;

    // Containers (core/seq.c, core/map.c).
    void *repr_active;    // chain of containers being printed (guard)
    es_val_t map_removed[2]; // key/value copy returned by ES_MAP_REMOVE
                             // (cleared by each collection)

    // sys (modules/sys.c). sys.path may be rebound (to any sequence), and
    // sys.stdin/stdout/stderr (sys_stdio, the console's streams at first).
    es_val_t sys_stdio[3];
    es_val_t sys_atexit;  // sys.atexit's function, or ES_NULL/None
    es_val_t sys_path;
    es_val_t sys_argv;

    // random (modules/random.c): xoshiro128++ state; all zero = not seeded.
    uint32_t random_state[4];

    // micropython.schedule (modules/micropython.c): callbacks and their
    // arguments, run in order at the VM's next pending-event poll.
    es_val_t sched[ES_CFG_SCHED_DEPTH][2];
    uint8_t sched_len;
    uint8_t sched_locked; // a hard interrupt handler or a callback runs:
                          // the queue waits (a count: they nest)

    // machine.Pin's interrupts (modules/machine_pin.c): each GPIO's handler
    // (ES_NULL: none), its edges, and which are hard (bit per GPIO).
    es_val_t pin_irq[17];
    uint8_t pin_irq_trigger[17];
    uint32_t pin_irq_hard;
    // machine.Timer (modules/machine_timer.c): the armed timers, a chain
    // through their objects (so that an armed timer stays alive).
    void *timers;

    // os.dupterm (modules/os_dupterm.c): the two slots' objects (ES_NULL:
    // empty), board mode (slot 1 starts with UART0), a stream's write()
    // running, and the input os.dupterm_notify() queued (a bytes, read
    // from dupterm_in_pos).
    es_val_t dupterm[2];
    bool dupterm_board;
    bool dupterm_busy;
    es_val_t dupterm_in;
    size_t dupterm_in_pos;

    // flashbdev.bdev (modules/flashbdev.c), made at first use; ES_NULL
    // before.
    es_val_t flash_bdev;

    // Mounted filesystems (modules/vfs.c): the chain of mounts, and the
    // current one (NULL: the virtual root).
    struct es_vfs_mount *vfs_mounts;
    struct es_vfs_mount *vfs_cur;

    // Compiler (core/emit.c): name operands in ES_NAME_WIDTH bytes each,
    // for espy-cross (frozen modules, .epy files).
    bool wide_names;

    // Interpreter (core/interp.c).
    bool exit_requested;  // a SystemExit ended a run (the prompt stops)

    // The objects every interpreter has, kept here rather than in the
    // arena so that start-up leaves the heap to the program
    // (docs/memory.md). The fields above point to them. es_g is a root, so
    // what they point to in the arena (a list's items, a dict's table, an
    // exception's attributes) stays alive; the collector ignores pointers
    // to them, as to any object outside the arena.
    es_exc_t mem_error_obj;      // core/exc.c
    es_fixed_tb_t mem_error_tb;
    es_exc_t recursion_error_obj;
    es_exc_t kbd_intr_obj;       // core/exc.c: es_kbd_interrupt's
    es_dict_t modules_obj;       // core/module.c: sys.modules, __main__
    es_module_t main_obj;
    es_dict_t main_dict;
    es_list_t sys_argv_obj;      // modules/sys.c
    es_list_t sys_path_obj;

    // The float the last BINARY_OP made on the fast path, and the address
    // of the instruction after it: when that instruction is a BINARY_OP
    // whose right operand is this float, nothing else can hold it and the
    // result may be written into it (core/vm.c operator_op). Cleared by each
    // collection; only compared, never read through.
    es_val_t float_temp;
    const uint8_t *float_temp_ip;
} es_state_t;

extern es_state_t es_g;

#endif
