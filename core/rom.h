// SPDX-License-Identifier: MIT
// Reading const data that may lie in flash. On the ESP8266 flash is mapped
// through the instruction cache and reads only as aligned 32-bit words: a
// byte or halfword load there faults (docs/PORTING.md, "Flash is read in
// 32-bit words only"). A port whose const data lives there sets
// ES_ROM_WORD_ONLY to 1 and these accessors use word loads; elsewhere they
// are plain loads. tools/lx106-flashreads.py finds the reads that need them.
// The word-only forms assume a little-endian CPU, as the lx106 is.
#ifndef ES_ROM_H
#define ES_ROM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "config.h"

#if ES_ROM_WORD_ONLY
// Always inlined: the VM reads every bytecode byte through es_rom_u8, and
// a call per byte (gcc -Os leaves these out of line otherwise) costs more
// than the load.
#define ES_ROM_INLINE __attribute__((always_inline)) static inline
// The aligned word at [p] (4-aligned). On the lx106 an l32i in asm: the
// compiler can neither narrow it to the byte or halfword used (as it may a
// plain load) nor has to fence it (as a volatile load, memw).
ES_ROM_INLINE uint32_t es_rom_word_at(const void *p) {
#if defined(__XTENSA__)
    uint32_t w;
    __asm__("l32i %0, %1, 0" : "=r"(w) : "r"(p), "m"(*(const uint32_t *)p));
    return w;
#else
    return *(const volatile uint32_t *)p;
#endif
}
// The aligned word holding [p].
ES_ROM_INLINE uint32_t es_rom_word(const void *p) {
    return es_rom_word_at((const void *)((uintptr_t)p & ~(uintptr_t)3));
}
// The byte at [p] (any address). On the lx106: and, l32i, ssa8l (the
// shift amount from p's low two bits), srl, extui. gcc sets SAR right
// before each shift it emits, within the same instruction pattern, so SAR
// is never live across this asm.
ES_ROM_INLINE uint8_t es_rom_u8(const void *p) {
#if defined(__XTENSA__)
    uint32_t r, w = es_rom_word(p);
    __asm__("ssa8l %2\n\tsrl %0, %1" : "=r"(r) : "r"(w), "r"(p));
    return (uint8_t)r;
#else
    return (uint8_t)(es_rom_word(p) >> (((uintptr_t)p & 3) * 8));
#endif
}
// The halfword at [p] (2-aligned).
ES_ROM_INLINE uint16_t es_rom_u16(const void *p) {
    return (uint16_t)(es_rom_word(p) >> (((uintptr_t)p & 2) * 8));
}
#undef ES_ROM_INLINE
// memcmp, memcpy and strlen with [rom] in flash (any alignment) and [ram]
// anywhere (core/rom.c; es_rom_memcmp's [ram] may be flash too: a name
// looked up may be interned text itself). They never allocate or raise.
int es_rom_memcmp(const void *rom, const void *ram, size_t n);
void es_rom_memcpy(void *ram, const void *rom, size_t n);
size_t es_rom_strlen(const char *rom);
#else
static inline uint32_t es_rom_word_at(const void *p) {
    return *(const uint32_t *)p;
}
static inline uint32_t es_rom_word(const void *p) {
    return *(const uint32_t *)p;
}
static inline uint8_t es_rom_u8(const void *p) {
    return *(const uint8_t *)p;
}
static inline uint16_t es_rom_u16(const void *p) {
    return *(const uint16_t *)p;
}
#define es_rom_memcmp memcmp
#define es_rom_memcpy memcpy
#define es_rom_strlen strlen
#endif

// Digit [d] (0..35) of a number in some base, lower or upper case. Computed
// rather than read from a "0123456789abcdef" table, which would be flash.
static inline char es_rom_digit(unsigned d, bool upper) {
    return (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
}

#endif
