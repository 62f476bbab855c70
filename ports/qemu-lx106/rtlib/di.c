// SPDX-License-Identifier: MIT
// 64-bit multiply and divide helpers that Debian's lx106 libgcc leaves out
// (the ESP8266 mask ROM has them). Built into librom.a by
// tools/lx106-rtlib.sh; they wrap libgcc's own __udivmoddi4/__divmoddi4.
#include <stdint.h>

uint64_t __udivmoddi4(uint64_t a, uint64_t b, uint64_t *rem);
int64_t __divmoddi4(int64_t a, int64_t b, int64_t *rem);
uint64_t __umulsidi3(uint32_t a, uint32_t b);
uint64_t __udivdi3(uint64_t a, uint64_t b);
uint64_t __umoddi3(uint64_t a, uint64_t b);
int64_t __divdi3(int64_t a, int64_t b);
uint64_t __muldi3(uint64_t a, uint64_t b);

uint64_t __udivdi3(uint64_t a, uint64_t b) {
    return __udivmoddi4(a, b, 0);
}

uint64_t __umoddi3(uint64_t a, uint64_t b) {
    uint64_t r;
    __udivmoddi4(a, b, &r);
    return r;
}

// libgcc's __divmoddi4 always stores the remainder.
int64_t __divdi3(int64_t a, int64_t b) {
    int64_t r;
    return __divmoddi4(a, b, &r);
}

// Low 64 bits of a * b: the full product of the low words plus the cross
// terms shifted up (the high words' product falls off the top).
uint64_t __muldi3(uint64_t a, uint64_t b) {
    uint32_t al = (uint32_t)a, ah = (uint32_t)(a >> 32);
    uint32_t bl = (uint32_t)b, bh = (uint32_t)(b >> 32);
    uint64_t lo = __umulsidi3(al, bl);
    return lo + ((uint64_t)(al * bh + ah * bl) << 32);
}
