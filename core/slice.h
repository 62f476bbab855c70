// SPDX-License-Identifier: MIT
// Slice objects (a[start:stop:step]) and the index arithmetic that every
// sequence type shares: CPython's PySlice_GetIndicesEx rules, and checked
// conversion of an index value to a position.
#ifndef ES_SLICE_H
#define ES_SLICE_H

#include "obj.h"

typedef struct es_slice {
    es_obj_t base;
    es_val_t start, stop, step; // ES_NONE when omitted
} es_slice_t;

extern const es_type_t es_type_slice;

// A new slice object. Raises MemoryError.
es_val_t es_slice_new(es_val_t start, es_val_t stop, es_val_t step);
// Resolve [slice] against a sequence of [len] items, with CPython's
// semantics (negative and out-of-range bounds clipped). Raises ValueError
// "slice step cannot be zero" and TypeError for non-int bounds.
void es_slice_indices(es_val_t slice, size_t len, es_int_t *start,
    es_int_t *stop, es_int_t *step);
// Number of items a resolved slice selects.
size_t es_slice_count(es_int_t start, es_int_t stop, es_int_t step);
static inline bool es_is_slice(es_val_t v) {
    return es_is_type(v, &es_type_slice);
}

// The position for index [index] (an int, negative counts from the end) in
// a sequence of [len] items. Raises TypeError "[what] indices must be
// integers or slices, not T" and IndexError "[what] index out of range";
// [what] is the text used in CPython's messages ("list", "tuple",
// "string", "range object"). [len] is taken before [index]'s __index__
// runs: a mutable sequence converts with es_seq_int first and checks with
// es_seq_pos against its length then (the hook may have resized it).
size_t es_seq_index(const char *what, size_t len, es_val_t index);
// The position for converted index [i] in [len] items, as es_seq_index.
size_t es_seq_pos(const char *what, size_t len, es_int_t i);
// Like es_seq_index but for an int argument that may be out of range:
// returns the clipped position in [0, len] (list.insert, find's start...).
es_int_t es_seq_clip(es_val_t index, size_t len);
// The C value of int [v] for a sequence index: TypeError when [v] is not
// an int ("... indices must be integers"), IndexError "cannot fit 'int'
// into an index-sized integer" when too big.
es_int_t es_seq_int(const char *what, es_val_t v);

#endif
