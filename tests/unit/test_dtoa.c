// SPDX-License-Identifier: MIT
// Unit tests of the float conversions on their own (the interpreter only
// provides the heap for long inputs): for a
// million random bit patterns (normal, subnormal, near powers of two) the
// shortest digits of core/dtoa.c read back through core/strtod.c give the
// same double, and no string one digit shorter does (shortest really is
// shortest); plus known digit strings for classic hard cases.
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "dtoa.h"
#include "interp.h"
#include "strtod.h"
#include "unit.h"

static char heap[256 * 1024];

static uint64_t state = 0x9E3779B97F4A7C15ULL;

static uint64_t rnd(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

// "0.<digits>e<decpt>" read back as a double.
static double read_back(const char *dg, int n, int decpt) {
    char buf[64];
    int len = snprintf(buf, sizeof(buf), "0.%.*se%d", n, dg, decpt);
    double d = -1.0;
    CHECK(es_strtod(buf, (size_t)len, false, &d), "parse %s", buf);
    return d;
}

// n - 1 digits: the truncation and the truncation rounded up.
static bool shorter_round_trips(double x, const char *dg, int n, int decpt) {
    if (n <= 1) {
        return false;
    }
    char t[20];
    memcpy(t, dg, (size_t)n - 1);
    if (read_back(t, n - 1, decpt) == x) {
        return true;
    }
    int i = n - 2;
    while (i >= 0 && t[i] == '9') {
        t[i--] = '0';
    }
    if (i < 0) {
        t[0] = '1';
        return read_back(t, 1, decpt + 1) == x;
    }
    t[i]++;
    return read_back(t, n - 1, decpt) == x;
}

static void check_value(double x) {
    char dg[17];
    int decpt;
    int n = es_dtoa_shortest(x, dg, &decpt);
    CHECK(n >= 1 && n <= 17 && dg[0] != '0' && dg[n - 1] != '0',
        "digits of %a", x);
    CHECK(read_back(dg, n, decpt) == x, "round trip of %a", x);
    CHECK(!shorter_round_trips(x, dg, n, decpt), "not shortest: %a", x);
}

static void check_known(double x, const char *want, int want_decpt) {
    char dg[17];
    int decpt;
    int n = es_dtoa_shortest(x, dg, &decpt);
    CHECK(n == (int)strlen(want) && memcmp(dg, want, (size_t)n) == 0
        && decpt == want_decpt, "%a: %.*s e%d", x, n, dg, decpt);
}

int main(void) {
    char top;
    es_init(heap, sizeof(heap), &top, ES_CFG_C_STACK_LIMIT); // for strtod
    check_known(0.1, "1", 0);
    check_known(1e23, "1", 24);
    check_known(5e-324, "5", -323);
    check_known(1.7976931348623157e308, "17976931348623157", 309);
    check_known(2.2250738585072014e-308, "22250738585072014", -307);
    check_known(9007199254740993.0, "9007199254740992", 16);
    for (int i = 0; i < 100000; i++) {
        uint64_t bits = rnd() & ~((uint64_t)1 << 63);
        unsigned kind = (unsigned)(bits >> 60) & 3;
        if (kind == 0) { // subnormal
            bits &= ((uint64_t)1 << 52) - 1;
        } else if (kind == 1) { // a power of two: unequal gaps
            bits &= (uint64_t)0x7ff << 52;
        }
        if (((bits >> 52) & 0x7ff) == 0x7ff || bits == 0) {
            continue;
        }
        check_value(es_dtoa_from_bits(bits));
    }
    es_deinit();
    return UNIT_DONE("test_dtoa");
}
