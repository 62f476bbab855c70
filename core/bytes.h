// SPDX-License-Identifier: MIT
// The bytes and bytearray types: immutable and mutable byte strings. A
// bytes object holds its data in the same (leaf) block; a bytearray points
// to a separate leaf buffer it grows. core/bytes_methods.c has the methods
// both share.
#ifndef ES_BYTES_H
#define ES_BYTES_H

#include "obj.h"

typedef struct es_bytes {
    es_obj_t base;    // es_type_bytes or es_type_bytearray
    union {
        uint32_t hash;     // bytes: es_hash_bytes of the data; 0 = not yet
        uint32_t typecode; // ES_TYPE_ARRAY types: the items' typecode
    };
    size_t len;       // bytes in use (an array's: items * item size)
    size_t alloc;     // bytearray: capacity of data
    uint8_t *data;    // bytes: just after the header; bytearray: own block
} es_bytes_t;

extern const es_type_t es_type_bytes, es_type_bytearray;

// memoryview (core/bytes_view.c): a window on a bytes or bytearray.
typedef struct es_memview {
    es_obj_t base;    // es_type_memoryview
    es_val_t obj;     // the bytes or bytearray viewed
    size_t start, len; // the window, clipped to obj's length at each use
} es_memview_t;
extern const es_type_t es_type_memoryview;
// The current data and length of memoryview [v]: false when [v] is none.
bool es_memview_get(es_val_t v, uint8_t **data, size_t *len);

// A new bytes object holding a copy of [len] bytes at [s] (NULL: zeros).
// Raises MemoryError.
es_val_t es_bytes_new(const void *s, size_t len);
// A new bytearray holding a copy of [len] bytes at [s] (NULL: zeros).
es_val_t es_bytearray_new(const void *s, size_t len);
// The data and length of a bytes, bytearray, memoryview or array [v]
// (an ES_TYPE_ARRAY type's instance; its bytes): false when [v] is none of
// these. The pointer is valid until a bytearray is resized.
bool es_bytes_get(es_val_t v, const uint8_t **data, size_t *len);
// Is [v] a bytes or bytearray?
bool es_is_bytes_like(es_val_t v);
// Is [v] a bytes (not a bytearray)?
bool es_is_bytes(es_val_t v);
// Replace bytes [start, stop) of bytearray [ba] (or array: any es_bytes_t
// with its own data block) by [n] bytes at [s], which must not lie in
// [ba]'s data. Raises MemoryError.
void es_bytearray_splice(es_val_t ba, size_t start, size_t stop,
    const uint8_t *s, size_t n);
// Delete the [n] items of [size] bytes at start, start + step, ... (item
// indices; step != 1, n > 0) of bytearray or array [ba].
void es_bytearray_delete_step(es_val_t ba, es_int_t start, es_int_t step,
    size_t n, size_t size);
// Append [n] bytes at [s] to bytearray [ba]. Raises MemoryError.
void es_bytearray_add(es_val_t ba, const void *s, size_t n);
// The data of bytes-like [v]; TypeError "a bytes-like object is required,
// not 'T'" otherwise.
const uint8_t *es_bytes_need(es_val_t v, size_t *len);

// The data of a writable buffer [v] (bytearray, or a memoryview of one),
// for readinto-style calls; TypeError otherwise. Valid until the
// bytearray is resized.
uint8_t *es_bytes_need_rw(es_val_t v, size_t *len);

// The byte value of int [v]: TypeError for a non-int, ValueError "byte
// must be in range(0, 256)" outside 0..255.
uint8_t es_bytes_byte_of(es_val_t v);

// The hex digits of [n] bytes at [d] (lower case), [sep] (ES_NULL: none;
// else one character of a str or bytes-like, TypeError/ValueError with
// CPython's texts otherwise) between bytes: a str, or bytes when
// [as_bytes] (binascii.hexlify). Raises MemoryError.
es_val_t es_bytes_hex(const uint8_t *d, size_t n, es_val_t sep,
    bool as_bytes);
// The value of hex digit [c] (either case), or -1.
int es_hex_value(int c);

// fmt % args for bytes or bytearray [fmt] (printf-style formatting; %s
// takes bytes-like values, %r/%a an ASCII repr). A [fmt]-kind result.
es_val_t es_bytes_mod(es_val_t fmt, es_val_t args);

// An iterator over the byte values (ints) of bytes-like [seq].
es_val_t es_bytes_iter_new(es_val_t seq);

// str.encode(encoding='utf-8', errors='strict') for str's method table.
extern const struct es_fun_builtin es_str_encode_obj;
// The method tables (core/bytes_methods.c).
extern const struct es_dict es_bytes_locals, es_bytearray_locals;
// Printing bytes data as a b'...' literal (repr).
void es_bytes_print_repr(const es_print_t *p, const uint8_t *s, size_t len);

#endif
