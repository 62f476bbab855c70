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

typedef struct es_frame {
    struct es_frame *prev;  // the caller (the frame that was running)
    const es_code_t *code;
    const uint8_t *ip;      // next instruction; while a frame runs, the
                            // instruction being executed
    es_val_t *sp;           // top item of the value stack (saved)
    es_val_t globals;       // dict
    es_val_t locals;        // dict of a module or class body, else ES_NULL
    uint16_t n_block;       // blocks in use
    uint16_t flags;         // ES_FRAME_*
    es_val_t slots[];       // locals, value stack, then the block stack
} es_frame_t;

// Bytes a frame for [code] takes.
size_t es_frame_size(const es_code_t *code);

// The value-stack base and the block stack of [f].
static inline es_val_t *es_frame_stack(es_frame_t *f) {
    return f->slots + f->code->n_locals;
}
static inline es_block_t *es_frame_blocks(es_frame_t *f) {
    return (es_block_t *)(f->slots + f->code->n_locals + f->code->n_stack + 1);
}

// Initialise the frame at [f] (es_frame_size(code) bytes) for [code]: all
// locals unbound, empty stacks, ip at the start. Never raises.
void es_frame_init(es_frame_t *f, const es_code_t *code, es_val_t globals);

// Take a frame for [code] from the frame stack and initialise it. Raises
// RecursionError ("maximum recursion depth exceeded") when the frame stack
// cannot grow. Does not link it (prev) nor make it current.
es_frame_t *es_frame_push(const es_code_t *code, es_val_t globals);

// Give [f], the topmost frame on the frame stack, back (and anything above
// it). Never raises.
void es_frame_pop(es_frame_t *f);

// Release the spare chunks kept beyond the next one (after unwinding from
// a deep recursion). Never raises.
void es_frame_trim(void);

// Wrap the cell slots of [f] (code->cells) in new cells, keeping a value
// already there (a captured parameter), and copy [closure]'s cells (tuple
// or ES_NULL) into the free-variable slots. Raises MemoryError.
void es_frame_setup_cells(es_frame_t *f, es_val_t closure);

#endif
