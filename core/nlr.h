// SPDX-License-Identifier: MIT
// Non-local return: how a raised Python exception unwinds C frames. This is
// the only file that knows the jump mechanism (setjmp/longjmp today; an
// lx106 assembly version may replace it behind the same macros).
//
// Use:
//     es_nlr_buf_t buf;
//     if (es_nlr_push(&buf) == 0) {
//         ... code that may raise ...
//         es_nlr_pop();
//     } else {
//         ... buf.value is the exception; the handler is already popped ...
//     }
// A function that pushed must pop before it returns normally. Locals that
// the protected code changes and the handler reads must be volatile.
#ifndef ES_NLR_H
#define ES_NLR_H

#include <setjmp.h>

#include "obj.h"

typedef struct es_nlr_buf {
    struct es_nlr_buf *prev;
    es_val_t value; // the exception being raised
    // The VM frame stack at push time (chunk, top, running frame), restored
    // on a jump to this handler, so frames taken since are given back. The
    // VM loop updates its own handler's copy as it pushes and pops frames.
    void *frame_chunk;
    void *frame_top;
    void *frame_cur;
    // Chain of containers being printed (core/seq.c), restored on a jump so
    // repr guards on unwound C frames need no handler of their own.
    void *repr_active;
    jmp_buf jb;
} es_nlr_buf_t;

// Link [buf] as the innermost handler. Use es_nlr_push, not this.
void es_nlr_link(es_nlr_buf_t *buf);

#define es_nlr_push(buf) (es_nlr_link(buf), setjmp((buf)->jb))

// Unlink the innermost handler (normal exit from the protected code).
void es_nlr_pop(void);

// Jump to the innermost handler with [value], popping it and restoring the
// frame stack it saved. With no handler the port's fatal handler runs (a
// bug: main and the REPL always push one).
ES_NORETURN void es_nlr_jump(es_val_t value);

#endif
