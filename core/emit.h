// SPDX-License-Identifier: MIT
// The bytecode emitter: one growing buffer per code object being compiled,
// with its constant pool, line table, labels (forward jumps are patched
// when their label is placed) and exact stack/block depth tracking. Used
// by core/compile.c; es_emit_finish() packs everything into one immutable
// code object (core/code.h).
#ifndef ES_EMIT_H
#define ES_EMIT_H

#include "bytecode.h"
#include "code.h"
#include "parse.h"
#include "scope.h"

// A compile-time block: what a break, continue or return must undo on
// its way out (see compile.c).
typedef struct es_fblock {
    struct es_fblock *prev;
    uint8_t kind;
    es_qstr_t name;         // HANDLER_NAME: the `as` name
    es_node_t *body;        // FINALLY_TRY: the finally body to inline
    uint32_t brk, cont;     // loops: labels
} es_fblock_t;

typedef struct es_fixup {
    uint32_t pos;   // offset of the 16-bit field
    uint32_t label;
} es_fixup_t;

typedef struct es_emit {
    struct es_emit *outer;   // code being compiled around this one
    es_scope_t *sc;
    es_parser_t *p;          // for errors (file, line)
    es_qstr_t name;
    uint32_t first_line;
    uint32_t line;           // line of what is being compiled now
    uint8_t *code;
    uint32_t len, alloc;
    es_val_t *consts;
    uint32_t n_consts, alloc_consts;
    uint8_t *lines;
    uint32_t n_lines, alloc_lines;
    uint32_t line_off, line_cur; // last line-table entry
    uint32_t *labels;        // label -> offset (UINT32_MAX: not placed)
    uint32_t n_labels, alloc_labels;
    es_fixup_t *fixups;
    uint32_t n_fixups, alloc_fixups;
    int depth, max_depth;    // value stack
    int blocks, max_blocks;  // block stack
    es_fblock_t *fb;         // innermost compile-time block
    uint8_t mode;            // es_compile_mode_t (module code only)
} es_emit_t;

// Start [em] for scope [sc] named [name] starting at [line].
void es_emit_init(es_emit_t *em, es_emit_t *outer, es_scope_t *sc,
    es_parser_t *p, es_qstr_t name, uint32_t line);
// Raise SyntaxError [msg] at the current line.
ES_NORETURN void es_emit_error(es_emit_t *em, const char *msg);

// Instructions: opcode, operands, and the stack effect [delta].
void es_emit_op(es_emit_t *em, es_opcode_t op, int delta);
void es_emit_op_u(es_emit_t *em, es_opcode_t op, uint32_t u, int delta);
void es_emit_op_uu(es_emit_t *em, es_opcode_t op, uint32_t u1, uint32_t u2,
    int delta);
void es_emit_small_int(es_emit_t *em, es_int_t v);
// A jump to [label]; the offset is patched when the label is placed.
void es_emit_jump(es_emit_t *em, es_opcode_t op, uint32_t label, int delta);
// Adjust the tracked depths.
void es_emit_adjust(es_emit_t *em, int delta);
void es_emit_blocks(es_emit_t *em, int delta);

uint32_t es_emit_label(es_emit_t *em);
void es_emit_place(es_emit_t *em, uint32_t label);
// Patch all jumps to placed labels and forget the labels (module code
// does this after each top-level statement). Raises "function too big".
void es_emit_resolve(es_emit_t *em);

// Index of [v] in the constant pool (added if new).
uint32_t es_emit_const(es_emit_t *em, es_val_t v);

// The finished, immutable code object (es_code_t value).
es_val_t es_emit_finish(es_emit_t *em);

#endif
