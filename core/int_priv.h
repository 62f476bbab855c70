// SPDX-License-Identifier: MIT
// Private to the int files (int.c, int_conv.c, int_type.c, bool.c): digit
// views of any int, big-int allocation and normalization, and the
// value-level operations the methods and pow() build on.
#ifndef ES_INT_PRIV_H
#define ES_INT_PRIV_H

#include "int.h"

// Digits a small int's magnitude needs at most.
#define ES_INT_SMALL_DIGITS \
    ((sizeof(es_int_t) * 8 + ES_DIGIT_BITS - 1) / ES_DIGIT_BITS)

// The magnitude and sign of any int (small, big, bool) as a digit array.
// For small ints the digits live in buf, so a view must not be copied.
typedef struct es_int_view {
    const es_digit_t *d;
    size_t len;
    bool neg;
    es_digit_t buf[ES_INT_SMALL_DIGITS];
} es_int_view_t;

// Fill [v] from int [x] (bool included). Never raises.
void es_int_view(es_int_view_t *v, es_val_t x);

// A big int object with room for [len] digits (contents zeroed). Raises
// MemoryError (also when len is absurdly large).
es_bigint_t *es_int_alloc(size_t len);
// Finish [b]: normalize its first [len] digits, set the sign, and return
// the value, which is a small int (b is freed) when it fits.
es_val_t es_int_done(es_bigint_t *b, size_t len, bool neg);
// The int with magnitude d[0..len) (any leading zeros) and sign [neg].
es_val_t es_int_from_digits(const es_digit_t *d, size_t len, bool neg);

// Map a bool to the small int 0/1; other values unchanged.
static inline es_val_t es_int_unbool(es_val_t v) {
    return v == ES_TRUE ? es_small_new(1)
        : v == ES_FALSE ? es_small_new(0) : v;
}

// Value-level operations on ints (bools already mapped to 0/1).
es_val_t es_int_add(es_val_t a, es_val_t b);
es_val_t es_int_sub(es_val_t a, es_val_t b);
es_val_t es_int_mul(es_val_t a, es_val_t b);
es_val_t es_int_neg(es_val_t a);
// Floor division and modulo; *q and *r may be NULL. [zmsg] is the
// ZeroDivisionError text when b == 0.
void es_int_divmod(es_val_t a, es_val_t b, es_val_t *q, es_val_t *r,
    const char *zmsg);
// -1, 0, 1 as a < b, a == b, a > b.
int es_int_cmp(es_val_t a, es_val_t b);

// The int type's load_attr slot (real, imag, numerator, denominator),
// shared with bool.
es_val_t es_int_load_attr(es_val_t self, es_qstr_t name);

#endif
