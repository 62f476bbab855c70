// SPDX-License-Identifier: MIT
// Port-internal calls of the lx106 port (not part of the core contract).
#ifndef LX106_H
#define LX106_H

#include <stddef.h>
#include <stdint.h>

// Bytes of the 8 KB C stack ever used (the painted stack read back).
size_t lx106_stack_used(void);
// The exception vectors' report (crt0.S); never returns.
void lx106_fatal_exc(uint32_t cause, uint32_t epc, uint32_t vaddr);

// The DRAM regions the linker script leaves for the heap and the stack.
extern char __espy_heap_start[], __espy_heap_limit[];
extern char __stack[], __stack_bottom[];

#endif
