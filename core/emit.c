// SPDX-License-Identifier: MIT
// The bytecode emitter (see emit.h). Buffers grow by doubling in the arena;
// es_emit_finish() copies them into one block so a finished code object is
// a single allocation and the scratch buffers can go.
#include <string.h>

#include "disasm.h"
#include "exc.h"
#include "emit.h"
#include "gc.h"
#include "intern.h"
#include "state.h"
#include "tuple.h"

#define NO_LABEL UINT32_MAX

void es_emit_init(es_emit_t *em, es_emit_t *outer, es_scope_t *sc,
    es_parser_t *p, es_qstr_t name, uint32_t line) {
    memset(em, 0, sizeof(*em));
    em->outer = outer;
    em->sc = sc;
    em->p = p;
    em->name = name;
    em->first_line = em->line = em->line_cur = line;
}

void es_emit_error(es_emit_t *em, const char *msg) {
    es_parse_error_late(em->p, em->line, msg);
}

// Make room for [n] more items of [size] bytes in a growing array.
static void *grow(void *buf, uint32_t *alloc, uint32_t used, uint32_t n,
    size_t size) {
    if (used + n <= *alloc) {
        return buf;
    }
    uint32_t want = *alloc ? *alloc * 2 : 16;
    while (want < used + n) {
        want *= 2;
    }
    buf = es_gc_realloc(buf, want * size);
    *alloc = want;
    return buf;
}

static void put_byte(es_emit_t *em, uint8_t b) {
    em->code = grow(em->code, &em->alloc, em->len, 1, 1);
    em->code[em->len++] = b;
}

static void put_uint(es_emit_t *em, uint32_t v) {
    while (v >= 0x80) {
        put_byte(em, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_byte(em, (uint8_t)v);
}

static void put_line_byte(es_emit_t *em, uint8_t b) {
    em->lines = grow(em->lines, &em->alloc_lines, em->n_lines, 1, 1);
    em->lines[em->n_lines++] = b;
}

static void put_line_uint(es_emit_t *em, uint32_t v) {
    while (v >= 0x80) {
        put_line_byte(em, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_line_byte(em, (uint8_t)v);
}

// Record a line change before the instruction about to be emitted.
static void mark_line(es_emit_t *em) {
    if (em->line == em->line_cur) {
        return;
    }
    int32_t dl = (int32_t)(em->line - em->line_cur);
    put_line_uint(em, em->len - em->line_off);
    put_line_uint(em, ((uint32_t)dl << 1) ^ (uint32_t)(dl >> 31));
    em->line_off = em->len;
    em->line_cur = em->line;
}

void es_emit_adjust(es_emit_t *em, int delta) {
    em->depth += delta;
    ES_ASSERT(em->depth >= 0);
    if (em->depth > em->max_depth) {
        em->max_depth = em->depth;
    }
}

void es_emit_blocks(es_emit_t *em, int delta) {
    em->blocks += delta;
    if (em->blocks > em->max_blocks) {
        em->max_blocks = em->blocks;
    }
}

void es_emit_op(es_emit_t *em, es_opcode_t op, int delta) {
    mark_line(em);
    put_byte(em, (uint8_t)op);
    es_emit_adjust(em, delta);
}

// A name operand in ES_NAME_WIDTH bytes (a varint with continuation bits
// to spare), so that a loader can replace it in place (espy-cross).
static void put_wide_name(es_emit_t *em, uint32_t v) {
    if (v >> (7 * ES_NAME_WIDTH)) {
        es_emit_error(em, ES_ERR("too many names"));
    }
    for (int i = 0; i < ES_NAME_WIDTH - 1; i++, v >>= 7) {
        put_byte(em, (uint8_t)(0x80 | (v & 0x7f)));
    }
    put_byte(em, (uint8_t)v);
}

void es_emit_op_u(es_emit_t *em, es_opcode_t op, uint32_t u, int delta) {
    es_emit_op(em, op, delta);
    if (es_g.wide_names && es_disasm_operands(op)[0] == 'Q') {
        put_wide_name(em, u);
    } else {
        put_uint(em, u);
    }
}

void es_emit_op_uu(es_emit_t *em, es_opcode_t op, uint32_t u1, uint32_t u2,
    int delta) {
    es_emit_op_u(em, op, u1, delta);
    put_uint(em, u2);
}

void es_emit_small_int(es_emit_t *em, es_int_t v) {
    es_emit_op(em, ES_OP_LOAD_CONST_SMALL_INT, 1);
    // zigzag, then LEB128
    uint64_t z = ((uint64_t)(int64_t)v << 1) ^ (uint64_t)((int64_t)v >> 63);
    while (z >= 0x80) {
        put_byte(em, (uint8_t)(z | 0x80));
        z >>= 7;
    }
    put_byte(em, (uint8_t)z);
}

uint32_t es_emit_label(es_emit_t *em) {
    em->labels = grow(em->labels, &em->alloc_labels, em->n_labels, 1,
        sizeof(uint32_t));
    em->labels[em->n_labels] = NO_LABEL;
    return em->n_labels++;
}

void es_emit_place(es_emit_t *em, uint32_t label) {
    em->labels[label] = em->len;
}

void es_emit_jump(es_emit_t *em, es_opcode_t op, uint32_t label, int delta) {
    es_emit_op(em, op, delta);
    em->fixups = grow(em->fixups, &em->alloc_fixups, em->n_fixups, 1,
        sizeof(es_fixup_t));
    em->fixups[em->n_fixups++] = (es_fixup_t){em->len, label};
    put_byte(em, 0);
    put_byte(em, 0);
}

void es_emit_resolve(es_emit_t *em) {
    for (uint32_t i = 0; i < em->n_fixups; i++) {
        es_fixup_t *f = &em->fixups[i];
        uint32_t target = em->labels[f->label];
        ES_ASSERT(target != NO_LABEL);
        int64_t rel = (int64_t)target - (int64_t)(f->pos + 2);
        if (rel < -32768 || rel > 32767) {
            es_emit_error(em, ES_ERR("function too big"));
        }
        em->code[f->pos] = (uint8_t)(rel & 0xff);
        em->code[f->pos + 1] = (uint8_t)((rel >> 8) & 0xff);
    }
    em->n_fixups = 0;
    em->n_labels = 0;
}

// Are constants [a] and [b] one: the same object, or tuples of the same
// objects (as MicroPython, `x = T; x is (A, B)` holds for a const T = (A, B)).
static bool same_const(es_val_t a, es_val_t b) {
    if (a == b) {
        return true;
    }
    if (!es_is_type(a, &es_type_tuple) || !es_is_type(b, &es_type_tuple)) {
        return false;
    }
    size_t na, nb;
    es_val_t *ia, *ib;
    es_tuple_get(a, &na, &ia);
    es_tuple_get(b, &nb, &ib);
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        if (!same_const(ia[i], ib[i])) {
            return false;
        }
    }
    return true;
}

uint32_t es_emit_const(es_emit_t *em, es_val_t v) {
    for (uint32_t i = 0; i < em->n_consts; i++) {
        if (same_const(em->consts[i], v)) {
            return i;
        }
    }
    em->consts = grow(em->consts, &em->alloc_consts, em->n_consts, 1,
        sizeof(es_val_t));
    em->consts[em->n_consts] = v;
    return em->n_consts++;
}

// --- the code object

// Names of the slots, from the scope's symbols.
static void fill_names(const es_scope_t *sc, es_qstr_t *names,
    uint16_t *cells) {
    size_t nc = 0;
    for (size_t i = 0; i < sc->n_syms; i++) {
        const es_sym_t *s = &sc->syms[i];
        bool slot = (s->flags & (ES_SYM_FREE | ES_SYM_PASS))
            || ((s->flags & ES_SYM_LOCAL) && sc->kind != ES_SCOPE_CLASS)
            || (sc->kind == ES_SCOPE_CLASS && s->name == ES_Q(__class__)
                && (sc->code_flags & ES_CODE_CLASS_CELL));
        if (!slot) {
            continue;
        }
        names[s->slot] = s->name;
        bool cell = (s->flags & ES_SYM_CELL)
            && !(s->flags & (ES_SYM_FREE | ES_SYM_PASS));
        if (cell) {
            cells[nc++] = s->slot;
        }
    }
    ES_ASSERT(nc == sc->n_cells);
}

// memcpy that accepts an empty NULL source.
static void copy(void *dst, const void *src, size_t n) {
    if (n > 0) {
        memcpy(dst, src, n);
    }
}

static size_t align(size_t n) {
    return (n + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

es_val_t es_emit_finish(es_emit_t *em) {
    es_emit_resolve(em);
    const es_scope_t *sc = em->sc;
    size_t n_loc = sc->n_locals;
    size_t size = align(sizeof(es_code_t)) + align(em->n_consts * sizeof(es_val_t))
        + align(n_loc * sizeof(es_qstr_t)) + align(sc->n_cells * sizeof(uint16_t))
        + em->n_lines + em->len;
    if (em->n_consts > 0xffff || em->max_depth > 0xffff || n_loc > 0xffff
) {
        es_emit_error(em, ES_ERR("function too big"));
    }
    char *mem = es_gc_alloc(size, 0);
    es_code_t *c = (es_code_t *)mem;
    char *q = mem + align(sizeof(es_code_t));
    c->base.type = &es_type_code;
    c->flags = sc->code_flags;
    c->n_pos = sc->n_pos;
    c->n_kwonly = sc->n_kwonly;
    c->n_locals = (uint16_t)n_loc;
    c->n_free = sc->n_free;
    c->n_stack = (uint16_t)em->max_depth;
    c->n_blocks = (uint16_t)em->max_blocks;
    c->n_cells = sc->n_cells;
    c->n_consts = (uint16_t)em->n_consts;
    c->name = em->name;
    c->file = em->p->lx->file;
    c->first_line = em->first_line;
    c->n_bytecode = em->len;
    c->n_lines = em->n_lines;
    es_val_t *consts = (es_val_t *)q;
    copy(consts, em->consts, em->n_consts * sizeof(es_val_t));
    c->consts = consts;
    q += align(em->n_consts * sizeof(es_val_t));
    es_qstr_t *names = (es_qstr_t *)q;
    q += align(n_loc * sizeof(es_qstr_t));
    uint16_t *cells = (uint16_t *)q;
    q += align(sc->n_cells * sizeof(uint16_t));
    fill_names(sc, names, cells);
    c->names = names;
    c->cells = cells;
    copy(q, em->lines, em->n_lines);
    c->lines = (uint8_t *)q;
    q += em->n_lines;
    copy(q, em->code, em->len);
    c->bytecode = (uint8_t *)q;
    // the scratch buffers are garbage now
    es_gc_free(em->code);
    es_gc_free(em->lines);
    es_gc_free(em->consts);
    es_gc_free(em->labels);
    es_gc_free(em->fixups);
    em->code = em->lines = NULL;
    em->consts = NULL;
    em->labels = NULL;
    em->fixups = NULL;
    return es_val(c);
}
