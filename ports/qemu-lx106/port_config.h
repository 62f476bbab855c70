// SPDX-License-Identifier: MIT
// Configuration of the lx106 port under QEMU: the ESP8266's real budget
// (38 KB Python heap, 8 KB C stack), const tables in flash, hot code in
// IRAM. See core/config.h for the options and docs/PORTING.md.
#ifndef ES_PORT_CONFIG_H
#define ES_PORT_CONFIG_H

#define ES_CFG_HEAP_SIZE (38 * 1024)
// The 8 KB stack less a margin for the deepest path between two checks
// (printing, the collector's root scan, libc) and the start-up frames.
#define ES_CFG_C_STACK_LIMIT (8 * 1024 - 1536)
#define ES_CFG_MARK_STACK 32
#define ES_CFG_LOOKUP_CACHE 32 // 640 bytes of RAM
#define ES_CFG_ATTR_HINTS 64 // bytes of RAM
// sys.platform as MicroPython's ESP8266 port says it.
#define ES_CFG_PLATFORM_ESP8266 1
// crt0.S paints the C stack with 0xA5 (port.c's high-water mark).
#define ES_CFG_STACK_FILL 0xA5

// Const tables in the flash-mapped region (read-only data after the code);
// hot code in IRAM (budget 8 KB for the whole interpreter).
#define ES_ROM_ATTR __attribute__((section(".irom.rodata")))
#define ES_HOT_ATTR __attribute__((section(".iram.text")))

// On the chip, data in flash may only be read with aligned 32-bit loads;
// the word-load accessors (docs/PORTING.md) use them when this is 1.
#define ES_ROM_WORD_ONLY 1

// picolibc's <complex.h> lacks C11's CMPLX (modules/cmath.c uses it).
#ifndef CMPLX
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#endif

#endif
