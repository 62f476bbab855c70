// SPDX-License-Identifier: MIT
// Non-local return over setjmp/longjmp; see nlr.h for the contract.
#include "nlr.h"
#include "port.h"
#include "state.h"

void es_nlr_link(es_nlr_buf_t *buf) {
    buf->prev = es_g.nlr_top;
    buf->value = ES_NULL;
    buf->frame_chunk = es_g.frame_chunk;
    buf->frame_top = es_g.frame_top;
    buf->frame_cur = es_g.frame_cur;
    buf->repr_active = es_g.repr_active;
    es_g.nlr_top = buf;
}

void es_nlr_pop(void) {
    ES_ASSERT(es_g.nlr_top != NULL);
    es_g.nlr_top = es_g.nlr_top->prev;
}

void es_nlr_jump(es_val_t value) {
    es_nlr_buf_t *top = es_g.nlr_top;
    if (top == NULL) {
        port_fatal("uncaught exception with no handler");
    }
    es_g.nlr_top = top->prev;
    top->value = value;
    es_g.frame_chunk = top->frame_chunk;
    es_g.frame_top = top->frame_top;
    es_g.frame_cur = top->frame_cur;
    es_g.repr_active = top->repr_active;
    longjmp(top->jb, 1);
}
