// SPDX-License-Identifier: MIT
// The code object type: printing and the line table lookup. Code objects
// are made by the compiler (core/emit.c) as one immutable block.
#include "code.h"
#include "intern.h"
#include "print.h"

static void code_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<code object %q>", ((const es_code_t *)self)->name);
}

const es_type_t es_type_code = {
    .base = {&es_type_type},
    .name = ES_Q(code),
    .parent = &es_type_object,
    .print = code_print,
};

// Read an unsigned LEB128 varint at *p (in flash for frozen code).
static uint32_t read_uint(const uint8_t **p, const uint8_t *end) {
    uint32_t v = 0;
    unsigned shift = 0;
    while (*p < end) {
        uint8_t b = es_rom_u8((*p)++);
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80)) {
            break;
        }
    }
    return v;
}

// Entries are (bytecode delta, zigzag line delta): from that offset on,
// the line is the previous one plus the delta.
size_t es_code_line(const es_code_t *code, size_t offset) {
    const uint8_t *p = code->lines, *end = code->lines + code->n_lines;
    size_t off = 0, line = code->first_line;
    while (p < end) {
        uint32_t d_off = read_uint(&p, end);
        uint32_t z = read_uint(&p, end);
        if (off + d_off > offset) {
            break;
        }
        off += d_off;
        line += (size_t)(int32_t)((z >> 1) ^ (0u - (z & 1)));
    }
    return line;
}
