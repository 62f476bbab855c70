// SPDX-License-Identifier: MIT
// Arbitrary precision arithmetic on magnitudes: little-endian arrays of
// 16-bit digits with 32-bit intermediates, the same code on every port (the
// lx106 has no 64-bit multiply). No Python objects and no allocation here:
// the caller (core/int.c) owns every buffer and says how large it is; each
// function documents the room its output needs and whether it may alias an
// input. A "normalized" array has no leading (most significant) zero digits;
// zero is the empty array (length 0).
#ifndef ES_BIGINT_H
#define ES_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint16_t es_digit_t;
typedef uint32_t es_ddigit_t;
#define ES_DIGIT_BITS 16
#define ES_DIGIT_MASK 0xffffu

// Length of [a] (n digits) without its leading zero digits.
size_t es_bigint_norm(const es_digit_t *a, size_t n);

// Compare normalized magnitudes: -1, 0 or 1.
int es_bigint_cmp(const es_digit_t *a, size_t na, const es_digit_t *b,
    size_t nb);

// r = a + b. [r] needs room for max(na, nb) + 1 digits and may alias [a]
// or [b]. Returns the normalized length of r.
size_t es_bigint_add(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb);

// r = a - b where a >= b (as magnitudes; na >= nb). [r] needs na digits and
// may alias [a] or [b]. Returns the normalized length.
size_t es_bigint_sub(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb);

// r = a * b. [r] needs na + nb digits and must not alias [a] or [b].
// Returns the normalized length. Schoolbook below ES_BIGINT_KARATSUBA
// digits; [scratch] (NULL allowed: schoolbook only) enables Karatsuba for
// larger operands and needs es_bigint_mul_scratch(na, nb) digits.
size_t es_bigint_mul(es_digit_t *r, const es_digit_t *a, size_t na,
    const es_digit_t *b, size_t nb, es_digit_t *scratch);
size_t es_bigint_mul_scratch(size_t na, size_t nb);
#define ES_BIGINT_KARATSUBA 48

// r = a * m + add. [r] needs na + 1 digits and may alias [a]. Returns the
// normalized length.
size_t es_bigint_mul_digit_add(es_digit_t *r, const es_digit_t *a, size_t na,
    es_digit_t m, es_digit_t add);

// q = a / d, returning a % d; d != 0. [q] needs na digits and may alias
// [a]; its normalized length is es_bigint_norm(q, na).
es_digit_t es_bigint_divmod_digit(es_digit_t *q, const es_digit_t *a,
    size_t na, es_digit_t d);

// Knuth's algorithm D: q = u / v and r = u % v for normalized u (nu digits)
// and v (nv digits), nu >= nv >= 2. [q] needs nu - nv + 1 digits, [r] nv
// digits, [scratch] nu + nv + 1 digits; none may alias each other or the
// inputs. The outputs are not normalized (use es_bigint_norm).
void es_bigint_divmod(es_digit_t *q, es_digit_t *r, const es_digit_t *u,
    size_t nu, const es_digit_t *v, size_t nv, es_digit_t *scratch);

// r = a << shift. [r] needs na + shift / 16 + 1 digits and may alias [a]
// only when shift < 16. Returns the normalized length.
size_t es_bigint_shl(es_digit_t *r, const es_digit_t *a, size_t na,
    size_t shift);

// r = a >> shift (magnitude, truncating). [r] needs na digits (or fewer:
// na - shift / 16) and may alias [a]. Sets *lost (when not NULL) to whether
// any one bit was shifted out. Returns the normalized length.
size_t es_bigint_shr(es_digit_t *r, const es_digit_t *a, size_t na,
    size_t shift, bool *lost);

// Bitwise and/or/xor with two's complement semantics on signed operands
// (magnitude + sign). [r] needs max(na, nb) + 1 digits and may alias [a] or
// [b]. Stores the sign in *neg and returns the normalized length of the
// result's magnitude.
typedef enum { ES_BIGINT_AND, ES_BIGINT_OR, ES_BIGINT_XOR } es_bigint_bitop_t;
size_t es_bigint_bitop(es_bigint_bitop_t op, es_digit_t *r,
    const es_digit_t *a, size_t na, bool nega, const es_digit_t *b,
    size_t nb, bool negb, bool *neg);

// Number of bits of a normalized magnitude (0 for zero).
size_t es_bigint_bit_length(const es_digit_t *a, size_t na);

#endif
