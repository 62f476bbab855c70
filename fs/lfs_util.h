// SPDX-License-Identifier: MIT
// What littlefs v2 (fs/lfs.c) and v1 (fs/lfs1.c) share: little-endian
// words, littlefs's CRC-32, bit counts and the CTZ skip-list arithmetic
// of littlefs's DESIGN.md (the same in both versions). Static functions:
// each file gets its own copy. Never raise.
#ifndef ES_FS_LFS_UTIL_H
#define ES_FS_LFS_UTIL_H

#include <stddef.h>
#include <stdint.h>

static uint32_t ld32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
        | (uint32_t)p[3] << 24;
}
static void st32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

// CRC-32, polynomial 0x04c11db7 reflected, no final inversion (littlefs's).
static uint32_t crc32(uint32_t crc, const void *data, size_t n) {
    const uint8_t *p = data;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            crc = crc >> 1 ^ (0xedb88320u & -(crc & 1));
        }
    }
    return crc;
}

static uint32_t popc(uint32_t a) {
    uint32_t n = 0;
    for (; a; a &= a - 1) {
        n++;
    }
    return n;
}

static uint32_t ctz32(uint32_t a) {
    uint32_t n = 0;
    while (a != 0 && !(a & 1)) {
        a >>= 1;
        n++;
    }
    return n;
}

// Bits needed for [a] (ceil(log2(a))).
static uint32_t npw2(uint32_t a) {
    uint32_t n = 0;
    while (n < 32 && (1u << n) < a) {
        n++;
    }
    return n;
}

// The skip-list index of byte [*off] of a list of [bs]-byte blocks; *off
// becomes the offset in that block (pointers included).
static uint32_t ctz_index(uint32_t bs, uint32_t *off) {
    uint32_t size = *off, b = bs - 8, i = size / b;
    if (i == 0) {
        return 0;
    }
    i = (size - 4 * (popc(i - 1) + 2)) / b;
    *off = size - b * i - 4 * popc(i);
    return i;
}

#endif
