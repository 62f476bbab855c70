// SPDX-License-Identifier: MIT
// Frames: the activation record of one running code object, and the frame
// stack they are taken from. A frame holds a few header words, then its
// local slots, its value stack and its block stack, nothing more, so deep
// recursion costs little heap. Frames are taken LIFO from chunks carved
// from the arena (es_g.frame_chunk/frame_top); a generator's frame lives
// inside the generator object instead. Design notes: core/frame.c.
#ifndef ES_FRAME_H
#define ES_FRAME_H

#include "code.h"
#include "fun.h"

// Block kinds (see core/bytecode.h on the block stack).
enum {
    ES_BLOCK_EXCEPT,   // SETUP_EXCEPT: handler catches exceptions
    ES_BLOCK_FINALLY,  // SETUP_FINALLY / SETUP_WITH
    ES_BLOCK_HANDLER,  // an except handler running: saved = the exception
                       // that was being handled before it
};

typedef struct es_block {
    uint32_t handler;  // bytecode offset of the handler
    uint16_t depth;    // value-stack items below the block
    uint8_t kind;      // ES_BLOCK_*
    es_val_t saved;    // ES_BLOCK_HANDLER: previous es_g.exc_cur
} es_block_t;

// Frame flags.
#define ES_FRAME_ENTRY 0x01 // the first frame of a VM-loop activation
#define ES_FRAME_HEAP 0x02  // owned by a generator, not on the frame stack

// A frame is four header words (three and two half-words on 32-bit
// targets), then its slots: n_locals locals, n_stack + 1 value-stack slots
// (one spare: CALL_FUNCTION opens a bound method in place), n_blocks
// blocks, and for a module or class body (code without
// ES_CODE_NEWLOCALS) one word for its locals dict.
typedef struct es_frame {
    struct es_frame *prev;  // the caller (the frame that was running)
    const es_fun_t *fun;    // code and globals (a module body runs a
                            // function made for it)
    const uint8_t *ip;      // next instruction; while a frame runs, the
                            // instruction being executed
    uint16_t n_sp;          // items on the value stack (saved)
    uint16_t n_block;       // blocks in use
    uint16_t flags;         // ES_FRAME_*
    es_val_t slots[];       // locals, value stack, blocks, [locals dict]
} es_frame_t;

// Bytes a frame for [code] takes.
size_t es_frame_size(const es_code_t *code);

static inline const es_code_t *es_frame_code(const es_frame_t *f) {
    return f->fun->code;
}
static inline es_val_t es_frame_globals(const es_frame_t *f) {
    return f->fun->globals;
}
// The value-stack base and the block stack of [f].
static inline es_val_t *es_frame_stack(es_frame_t *f) {
    return f->slots + es_code_n_locals(f->fun->code);
}
static inline es_block_t *es_frame_blocks(es_frame_t *f) {
    const es_code_t *c = f->fun->code;
    return (es_block_t *)(f->slots + es_code_n_locals(c) + es_code_n_stack(c)
        + 1);
}
// The saved top of the value stack (one below the base when empty).
static inline es_val_t *es_frame_sp(es_frame_t *f) {
    return es_frame_stack(f) + f->n_sp - 1;
}
static inline void es_frame_set_sp(es_frame_t *f, es_val_t *sp) {
    f->n_sp = (uint16_t)(sp + 1 - es_frame_stack(f));
}
// The locals dict of a module or class body, else ES_NULL.
static inline es_val_t es_frame_locals(es_frame_t *f) {
    const es_code_t *c = f->fun->code;
    return es_code_flags(c) & ES_CODE_NEWLOCALS ? ES_NULL
        : *(es_val_t *)(es_frame_blocks(f) + es_code_n_blocks(c));
}
// Set the locals dict of a module or class body frame [f].
static inline void es_frame_set_locals(es_frame_t *f, es_val_t locals) {
    ES_ASSERT(!(es_code_flags(f->fun->code) & ES_CODE_NEWLOCALS));
    *(es_val_t *)(es_frame_blocks(f) + es_code_n_blocks(f->fun->code))
        = locals;
}

// Initialise the frame at [f] (es_frame_size bytes) to run [fun]'s code:
// all locals unbound, empty stacks, ip at the start, no locals dict.
// Never raises.
void es_frame_init(es_frame_t *f, const es_fun_t *fun);

// Take a frame for [fun] from the frame stack and initialise it. Raises
// RecursionError ("maximum recursion depth exceeded") when the frame stack
// cannot grow. Does not link it (prev) nor make it current.
es_frame_t *es_frame_push(const es_fun_t *fun);

// Give [f], the topmost frame on the frame stack, back (and anything above
// it). Never raises.
void es_frame_pop(es_frame_t *f);

// Make sure a spare chunk waits above the current one, so calls can go
// on without allocating (micropython.heap_lock). Never raises (without
// memory, no spare).
void es_frame_reserve(void);

// Release the spare chunks kept beyond the next one (after unwinding from
// a deep recursion). Never raises.
void es_frame_trim(void);
// Zero the frame stack above its top (the rest of the current chunk) and
// free the spare chunk (zero it instead while the heap is locked): popped
// frames' stale slots would otherwise keep their values alive, as the
// collector scans whole chunks. Called by es_gc_collect before marking.
// Never allocates.
void es_frame_gc_clear(void);

// Wrap the cell slots of [f] (code->cells) in new cells, keeping a value
// already there (a captured parameter), and copy [closure]'s cells (tuple
// or ES_NULL) into the free-variable slots. Raises MemoryError.
void es_frame_setup_cells(es_frame_t *f, es_val_t closure);

#endif
