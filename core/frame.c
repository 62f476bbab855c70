// SPDX-License-Identifier: MIT
// The frame stack. Frames are taken LIFO from chunks carved from the arena:
// es_g.frame_chunk is the chunk in use and es_g.frame_top its first free
// byte. A chunk is ES_CFG_FRAME_CHUNK bytes, or more when one frame needs
// more. Chunks link back (prev) to the chunk below and forward (next) to a
// spare chunk kept for reuse, so a call that fits the current chunk
// allocates nothing, and recursion that bounces on a chunk boundary does
// not allocate every time. When the stack shrinks back out of a chunk, the
// chunks beyond the spare are freed. When no chunk can be had, the frame
// stack is full: that is the recursion limit (RecursionError), so the depth
// is bounded by the heap, not by the C stack.
//
// Chunks are ordinary (non-leaf) allocations reachable from es_g, so the
// collector scans every frame in them conservatively.
#include <string.h>

#include "exc.h"
#include "frame.h"
#include "fun.h"
#include "gc.h"
#include "nlr.h"
#include "state.h"
#include "tuple.h"

typedef struct chunk {
    struct chunk *prev;  // the chunk below, or NULL
    struct chunk *next;  // spare chunk above, or NULL
    void *prev_top;      // es_g.frame_top in prev when this chunk was entered
    uint8_t *end;        // end of this chunk's frame space
    es_val_t data[];     // frames
} chunk_t;

// A chunk's frame space stops one word before its block ends. Otherwise
// `end`, a full chunk's es_g.frame_top or prev_top would hold the address
// of the next block in the arena, and the conservative scan would keep
// that block (say, the string passed to the call that made the chunk)
// alive for as long as the chunk lives.
#define CHUNK_SLACK sizeof(void *)

static uint8_t *chunk_end(chunk_t *c) {
    return (uint8_t *)c + es_gc_size(c) - CHUNK_SLACK;
}

size_t es_frame_size(const es_code_t *code) {
    size_t words = (size_t)es_code_n_locals(code) + es_code_n_stack(code) + 1
        + !(es_code_flags(code) & ES_CODE_NEWLOCALS);
    return sizeof(es_frame_t) + words * sizeof(es_val_t)
        + es_code_n_blocks(code) * sizeof(es_block_t);
}

void es_frame_init(es_frame_t *f, const es_fun_t *fun) {
    const es_code_t *code = fun->code;
    f->prev = NULL;
    f->fun = fun;
    f->ip = code->bytecode;
    f->n_sp = 0;
    f->n_block = 0;
    f->flags = 0;
    for (size_t i = 0; i < es_code_n_locals(code); i++) {
        f->slots[i] = ES_NULL;
    }
    if (!(es_code_flags(code) & ES_CODE_NEWLOCALS)) {
        es_frame_set_locals(f, ES_NULL);
    }
}

static void free_chain(chunk_t *c) {
    while (c != NULL) {
        chunk_t *next = c->next;
        es_gc_free(c);
        c = next;
    }
}

// Drop the bottom chunk (and its spare) when it holds no frame (the
// module frame of an earlier program ended: a board's _boot, then
// boot.py), so that the next frame gets a first chunk sized for it
// instead of a full one above. Not with the heap locked (a hard callback
// at the prompt): the spare is what its frames can use then.
static void drop_empty_bottom(void) {
    chunk_t *cur = es_g.frame_chunk;
    if (cur != NULL && cur->prev == NULL && es_g.gc.lock_depth == 0
        && es_g.frame_top == (uint8_t *)cur->data) {
        // Handlers linked while the stack was empty restore it empty
        // (a jump to one must not bring the freed chunk back).
        for (es_nlr_buf_t *b = es_g.nlr_top; b != NULL; b = b->prev) {
            if (b->frame_chunk == cur) {
                b->frame_chunk = NULL;
                b->frame_top = NULL;
            }
        }
        free_chain(cur);
        es_g.frame_chunk = NULL;
        es_g.frame_top = NULL;
    }
}

// Move the frame stack into a chunk above the current one with room for
// [size] bytes: the spare when it is big enough, else a new one.
static bool grow(size_t size) {
    drop_empty_bottom();
    chunk_t *cur = es_g.frame_chunk;
    chunk_t *next = cur != NULL ? cur->next : NULL;
    if (next == NULL || (size_t)(next->end - (uint8_t *)next->data) < size) {
        // A spare too small goes first: the allocation may collect, and
        // a collection frees spares (es_frame_gc_clear).
        if (next != NULL) {
            cur->next = NULL;
            free_chain(next);
        }
        // The first chunk (usually the module's frame alone) is only as big
        // as that frame: it stays for the whole run and its size counts
        // against gc.mem_free() at start; calls go on in full chunks.
        size_t bytes = sizeof(chunk_t) + size + CHUNK_SLACK;
        if (bytes < ES_CFG_FRAME_CHUNK && cur != NULL) {
            bytes = ES_CFG_FRAME_CHUNK;
        }
        chunk_t *c = es_gc_alloc_maybe(bytes, 0);
        if (c == NULL) {
            return false;
        }
        c->end = chunk_end(c);
        if (cur != NULL) {
            cur->next = c;
        }
        next = c;
    }
    next->prev = cur;
    next->prev_top = es_g.frame_top;
    es_g.frame_chunk = next;
    es_g.frame_top = next->data;
    return true;
}

es_frame_t *es_frame_push(const es_fun_t *fun) {
    size_t size = es_frame_size(fun->code);
    chunk_t *c = es_g.frame_chunk;
    uint8_t *top = es_g.frame_top;
    if (c == NULL || (size_t)(c->end - top) < size) {
        if (!grow(size)) {
            es_raise_msg(&es_type_RecursionError,
                ES_ERR("maximum recursion depth exceeded"));
        }
        top = es_g.frame_top;
    }
    es_g.frame_top = top + size;
    es_frame_t *f = (es_frame_t *)top;
    es_frame_init(f, fun);
    return f;
}

void es_frame_pop(es_frame_t *f) {
    chunk_t *c = es_g.frame_chunk;
    ES_ASSERT(c != NULL && (uint8_t *)f >= (uint8_t *)c->data
        && (uint8_t *)f < c->end);
    if ((void *)f == (void *)c->data && c->prev != NULL) {
        // Leaving this chunk: it becomes the spare of the one below.
        free_chain(c->next);
        c->next = NULL;
        es_g.frame_chunk = c->prev;
        es_g.frame_top = c->prev_top;
        return;
    }
    es_g.frame_top = f;
}

void es_frame_reserve(void) {
    chunk_t *c = es_g.frame_chunk;
    if (c == NULL || c->next != NULL) {
        return;
    }
    chunk_t *spare = es_gc_alloc_maybe(ES_CFG_FRAME_CHUNK, 0);
    if (spare != NULL) {
        spare->end = chunk_end(spare);
        c->next = spare;
    }
}

void es_frame_trim(void) {
    chunk_t *c = es_g.frame_chunk;
    if (c != NULL && c->next != NULL) {
        free_chain(c->next->next);
        c->next->next = NULL;
    }
}

void es_frame_gc_clear(void) {
    chunk_t *c = es_g.frame_chunk;
    if (c == NULL) {
        return;
    }
    uint8_t *top = es_g.frame_top;
    memset(top, 0, (size_t)(c->end - top));
    chunk_t *n = c->next;
    if (n == NULL) {
        return;
    }
    if (es_g.gc.lock_depth != 0) {
        // With the heap locked the spare stays for the calls.
        memset(n->data, 0, (size_t)(n->end - (uint8_t *)n->data));
        return;
    }
    // The spare, now unreachable, goes back to the arena in this
    // collection's sweep (gc.mem_free() after a call counts it free). It
    // is zeroed whole, links included: a stale word on the C stack may
    // keep it alive, and its prev link would then keep the chunks below
    // it, which es_frame_pop no longer frees once they are unlinked.
    memset(n, 0, (size_t)(n->end - (uint8_t *)n));
    c->next = NULL;
}

void es_frame_setup_cells(es_frame_t *f, es_val_t closure) {
    const es_code_t *code = es_frame_code(f);
    for (size_t i = 0; i < es_code_n_cells(code); i++) {
        size_t slot = es_code_cell(code, i);
        f->slots[slot] = es_cell_new(f->slots[slot]);
    }
    if (closure != ES_NULL && es_code_n_free(code) > 0) {
        size_t n;
        es_val_t *cells;
        es_tuple_get(closure, &n, &cells);
        size_t base = es_code_n_locals(code) - es_code_n_free(code);
        for (size_t i = 0; i < n && i < es_code_n_free(code); i++) {
            f->slots[base + i] = cells[i];
        }
    }
}
