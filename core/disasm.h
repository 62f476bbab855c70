// SPDX-License-Identifier: MIT
// A debug disassembler for code objects (-X emit=bytecode, and for whoever
// works on the compiler or the VM).
#ifndef ES_DISASM_H
#define ES_DISASM_H

#include "bytecode.h"
#include "obj.h"

// The operands of [op], one letter each (bytecode.h): U varint, S signed
// varint, Q varint naming an interned name, C varint indexing the
// constants, J 16-bit jump. "" for none or an unknown opcode. Used by the
// disassembler, the emitter (wide names), espy-cross and the .epy loader.
const char *es_disasm_operands(es_opcode_t op);
// The U operand at *[ip] (in RAM); advances *[ip] past it.
uint32_t es_disasm_read_u(const uint8_t **ip);

// Print [code] (an es_code_t value) one instruction a line, then the code
// objects in its constant pool, recursively. May raise (printing values).
void es_disasm(const es_print_t *p, es_val_t code);

#endif
