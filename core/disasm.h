// SPDX-License-Identifier: MIT
// A debug disassembler for code objects (-X emit=bytecode, and for whoever
// works on the compiler or the VM).
#ifndef ES_DISASM_H
#define ES_DISASM_H

#include "obj.h"

// Print [code] (an es_code_t value) one instruction a line, then the code
// objects in its constant pool, recursively. May raise (printing values).
void es_disasm(const es_print_t *p, es_val_t code);

#endif
