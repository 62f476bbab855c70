// SPDX-License-Identifier: MIT
// Double -> decimal digits with exact big-integer arithmetic (no libc
// printf): the shortest digits that read back as the same double (repr),
// and correctly rounded digits for a given precision (%e %f %g, format
// specs). Also the small fixed-capacity big-number helpers that
// core/strtod.c shares, built on core/bigint.h's digit arithmetic.
#ifndef ES_DTOA_H
#define ES_DTOA_H

#include <stddef.h>
#include <stdint.h>

#include "bigint.h"
#include "print.h"

// The shortest digits (1..17, no trailing zeros) of the positive finite
// double [d] that round-trip, the closest one to [d] among them (ties to an
// even last digit), into [buf] (17 bytes, not NUL-terminated). Returns the
// digit count; *decpt is the decimal exponent: d ~ 0.DIGITS * 10^decpt.
int es_dtoa_shortest(double d, char *buf, int *decpt);

// Correctly rounded digits (half to even on the exact binary value) of the
// positive finite double [d], appended to [out]. [mode] 'e': [ndigits]
// (>= 1) significant digits; 'f': digits down to 10^-ndigits (ndigits >=
// 0), which is decpt + ndigits digits, or none when the value rounds to
// zero (then *decpt = -ndigits). Trailing zeros are included. Returns the
// number of digits appended; *decpt as for es_dtoa_shortest. Raises
// MemoryError.
size_t es_dtoa_fixed(double d, char mode, int ndigits, es_vstr_t *out,
    int *decpt);

// The significand and exponent of the positive finite double [d]:
// d = *mant * 2^*exp with *mant < 2^53 (normal numbers have bit 52 set).
void es_dtoa_split(double d, uint64_t *mant, int *exp);
// The double with the bits [bits] (IEEE binary64), and the bits of [d].
double es_dtoa_from_bits(uint64_t bits);
uint64_t es_dtoa_bits(double d);

// --- big numbers over caller storage: n normalized digits at d (capacity
// is the caller's promise; nothing checks it).
typedef struct es_big {
    size_t n;
    es_digit_t *d;
} es_big_t;

void es_big_set_u64(es_big_t *b, uint64_t v);
// b = b * m + add, with m, add < 2^16.
void es_big_mul_small(es_big_t *b, uint32_t m, uint32_t add);
// b = b * 10^k (k >= 0).
void es_big_mul_pow10(es_big_t *b, int k);
// b = b << s.
void es_big_shl(es_big_t *b, size_t s);
// -1, 0, 1 as a <=> b.
int es_big_cmp(const es_big_t *a, const es_big_t *b);
// r = a + b ([r] may alias either).
void es_big_add(es_big_t *r, const es_big_t *a, const es_big_t *b);
// a = a - b, for a >= b.
void es_big_sub(es_big_t *a, const es_big_t *b);
// The top 64 bits of b starting at bit [from] (b >> from, truncated to 64
// bits).
uint64_t es_big_bits(const es_big_t *b, size_t from);
// Number of significant bits of b.
size_t es_big_bit_length(const es_big_t *b);
// Is any bit below bit [from] set?
bool es_big_low_nonzero(const es_big_t *b, size_t from);

#endif
