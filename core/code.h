// SPDX-License-Identifier: MIT
// Code objects: the immutable, position-independent result of compiling one
// function, class body or module. All parts are read-only after creation,
// refer to names by intern index, and hold other code objects, big ints,
// floats and strs in a constant pool, so a code object can be written out
// as a const C table (frozen modules) or a file (precompiled modules).
#ifndef ES_CODE_H
#define ES_CODE_H

#include <stddef.h>

#include "obj.h"
#include "rom.h"

// Flags.
#define ES_CODE_VARARGS 0x01    // has *args (slot after the kw-only params)
#define ES_CODE_VARKW 0x02      // has **kwargs (slot after *args)
#define ES_CODE_GENERATOR 0x04  // a generator function
#define ES_CODE_NEWLOCALS 0x08  // function scope (not module/class body)
#define ES_CODE_CLASS_CELL 0x10 // class body that creates __class__: its
                                // slot 0 is a cell and the body returns
                                // that cell (else None); __build_class__
                                // stores the new class into it
#define ES_CODE_COROUTINE 0x20  // an async def (also ES_CODE_GENERATOR):
                                // calls make coroutine objects

// Locals are numbered: positional params, keyword-only params, *args,
// **kwargs, other locals, then free variables (copied from the function's
// closure at call time). Slots listed in cells start as cells (a parameter
// captured by an inner function is wrapped at frame entry).
typedef struct es_code {
    es_obj_t base;           // es_type_code
    uint16_t flags;
    uint8_t n_pos;           // positional parameters
    uint8_t n_kwonly;        // keyword-only parameters
    uint16_t n_locals;       // all slots, free variables included
    uint16_t n_free;         // the last n_free slots are free variables
    uint16_t n_stack;        // deepest value stack
    uint16_t n_blocks;       // deepest block stack
    uint16_t n_cells;        // entries in cells
    uint16_t n_consts;
    es_qstr_t name;
    es_qstr_t file;
    uint32_t first_line;
    uint32_t n_bytecode;
    uint32_t n_lines;        // bytes in lines
    const uint8_t *bytecode;
    const es_val_t *consts;
    // Line table: pairs (bytecode delta, line delta) as U and S varints.
    const uint8_t *lines;
    // Names of the parameters (n_pos + n_kwonly + varargs + varkw) then the
    // other locals, for keyword matching and error messages.
    const es_qstr_t *names;
    const uint16_t *cells;   // slot numbers that hold cells
    // Dotted name for error messages ("A.f", "f.<locals>.g"), as CPython's
    // __qualname__; ES_Q_NULL (0) means the same as name.
    es_qstr_t qualname;
} es_code_t;

// A code object may lie in flash (a frozen module's, core/frozen.h), which
// the chip reads in 32-bit words only: its narrow fields and its cell list
// are read through these, never directly. A field is taken from its
// aligned word (code objects are word-aligned) with a shift known at
// compile time: one load and one extract on the lx106.
#define ES_CODE_FIELD(c, field) (unsigned)((es_rom_word_at( \
        (const char *)(c) + (offsetof(es_code_t, field) & ~(size_t)3)) \
    >> ((offsetof(es_code_t, field) & 3) * 8)) \
    & ((1u << (sizeof(((es_code_t *)0)->field) * 8 - 1) << 1) - 1))
#if ES_ROM_WORD_ONLY
#define ES_CODE_GETTER(field) \
    static inline unsigned es_code_##field(const es_code_t *c) { \
        return ES_CODE_FIELD(c, field); \
    }
#else
#define ES_CODE_GETTER(field) \
    static inline unsigned es_code_##field(const es_code_t *c) { \
        return c->field; \
    }
#endif
ES_CODE_GETTER(flags)
ES_CODE_GETTER(n_pos)
ES_CODE_GETTER(n_kwonly)
ES_CODE_GETTER(n_locals)
ES_CODE_GETTER(n_free)
ES_CODE_GETTER(n_stack)
ES_CODE_GETTER(n_blocks)
ES_CODE_GETTER(n_cells)
ES_CODE_GETTER(n_consts)
#undef ES_CODE_GETTER
// The slot number of cell [i].
static inline unsigned es_code_cell(const es_code_t *c, size_t i) {
    return es_rom_u16(&c->cells[i]);
}

// The high byte of flags counts the positional-only parameters (those
// before a '/': the first ones), which keyword arguments do not bind.
#define ES_CODE_POSONLY_SHIFT 8
static inline unsigned es_code_n_posonly(const es_code_t *code) {
    return es_code_flags(code) >> ES_CODE_POSONLY_SHIFT;
}

extern const es_type_t es_type_code;

// The source line of bytecode offset [offset].
size_t es_code_line(const es_code_t *code, size_t offset);

#endif
