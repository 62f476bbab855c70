// SPDX-License-Identifier: MIT
// Unit tests of the flash accessors (core/rom.h) in their word-only form,
// the one the lx106 port uses, on the host: every byte and halfword
// alignment, and memcmp/memcpy/strlen from every start offset over lengths
// 0..9, checked against the C library. core/rom.c is compiled into this
// test with ES_ROM_WORD_ONLY set (the host's libespy.a has it at 0).
#define ES_ROM_WORD_ONLY 1
#include "rom.c"

#include <stdio.h>

#include "unit.h"

// Word-aligned test data: bytes 0x11, 0x22, ... and a few zeros.
static union {
    uint32_t words[5];
    uint8_t bytes[20];
} rom;

static int sign(int x) {
    return (x > 0) - (x < 0);
}

static void test_u8_u16(void) {
    for (size_t i = 0; i < 8; i++) {
        CHECK(es_rom_u8(rom.bytes + i) == rom.bytes[i], "u8 at %zu", i);
    }
    for (size_t i = 0; i < 8; i += 2) {
        uint16_t h;
        memcpy(&h, rom.bytes + i, 2);
        CHECK(es_rom_u16(rom.bytes + i) == h, "u16 at %zu", i);
    }
    CHECK(es_rom_word(rom.bytes + 3) == rom.words[0], "word of byte 3");
}

// Every start in the first word, every length 0..9, equal and unequal.
static void test_memcmp_memcpy(void) {
    for (size_t start = 0; start < 4; start++) {
        for (size_t n = 0; n <= 9; n++) {
            const uint8_t *src = rom.bytes + start;
            uint8_t ram[12];
            memset(ram, 0xee, sizeof(ram));
            es_rom_memcpy(ram, src, n);
            CHECK(memcmp(ram, src, n) == 0, "memcpy %zu+%zu", start, n);
            CHECK(n == sizeof(ram) || ram[n] == 0xee, "memcpy %zu+%zu wrote "
                "past the end", start, n);
            CHECK(es_rom_memcmp(src, ram, n) == 0, "memcmp %zu+%zu", start, n);
            for (size_t k = 0; k < n; k++) {
                uint8_t old = ram[k];
                ram[k] = (uint8_t)(old + 1); // src sorts before ram
                CHECK(sign(es_rom_memcmp(src, ram, n)) == -1, "memcmp %zu+%zu"
                    " at %zu", start, n, k);
                ram[k] = (uint8_t)(old - 1);
                CHECK(sign(es_rom_memcmp(src, ram, n)) == 1, "memcmp %zu+%zu"
                    " at %zu", start, n, k);
                ram[k] = old;
            }
        }
    }
}

// A NUL at every position from every start.
static void test_strlen(void) {
    for (size_t start = 0; start < 4; start++) {
        for (size_t n = 0; n <= 9; n++) {
            uint8_t keep = rom.bytes[start + n];
            rom.bytes[start + n] = 0;
            CHECK(es_rom_strlen((const char *)rom.bytes + start) == n,
                "strlen %zu+%zu", start, n);
            rom.bytes[start + n] = keep;
        }
    }
}

int main(void) {
    for (size_t i = 0; i < sizeof(rom.bytes); i++) {
        rom.bytes[i] = (uint8_t)(0x11 * (i + 1)); // never 0
    }
    test_u8_u16();
    test_memcmp_memcpy();
    test_strlen();
    return UNIT_DONE("test_rom");
}
