// SPDX-License-Identifier: MIT
// Code objects: the immutable, position-independent result of compiling one
// function, class body or module. All parts are read-only after creation,
// refer to names by intern index, and hold other code objects, big ints,
// floats and strs in a constant pool, so a code object can be written out
// as a const C table (frozen modules) or a file (precompiled modules).
#ifndef ES_CODE_H
#define ES_CODE_H

#include "obj.h"

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

// The high byte of flags counts the positional-only parameters (those
// before a '/': the first ones), which keyword arguments do not bind.
#define ES_CODE_POSONLY_SHIFT 8
static inline unsigned es_code_n_posonly(const es_code_t *code) {
    return (unsigned)code->flags >> ES_CODE_POSONLY_SHIFT;
}

extern const es_type_t es_type_code;

// The source line of bytecode offset [offset].
size_t es_code_line(const es_code_t *code, size_t offset);

#endif
