// SPDX-License-Identifier: MIT
// memcmp, memcpy and strlen over data in flash, for ports that read flash
// in aligned words only (ES_ROM_WORD_ONLY; core/rom.h). Byte by byte through
// es_rom_u8: the strings they serve (interned names) are short, and the
// word sits in the cache after the first byte. Empty on other ports, which
// use the C library's functions.
#include "rom.h"

#if ES_ROM_WORD_ONLY
int es_rom_memcmp(const void *rom, const void *ram, size_t n) {
    const uint8_t *r = rom, *m = ram;
    for (size_t i = 0; i < n; i++) {
        int d = es_rom_u8(r + i) - es_rom_u8(m + i); // [ram] may be flash too
        if (d != 0) {
            return d;
        }
    }
    return 0;
}

void es_rom_memcpy(void *ram, const void *rom, size_t n) {
    uint8_t *m = ram;
    const uint8_t *r = rom;
    for (size_t i = 0; i < n; i++) {
        m[i] = es_rom_u8(r + i);
    }
}

size_t es_rom_strlen(const char *rom) {
    size_t n = 0;
    while (es_rom_u8(rom + n) != 0) {
        n++;
    }
    return n;
}
#endif
