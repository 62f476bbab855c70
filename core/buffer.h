// SPDX-License-Identifier: MIT
// Typed items in byte buffers: the one place that knows each typecode's
// size and how an item is read from and written to memory, shared by
// struct, array and memoryview, and the buffer behind a value (bytes,
// bytearray, memoryview, array.array).
//
// Typecodes: b B (char) h H (short) i I (int) l L (long) q Q (long long)
// e f d (half, single, double float) ? (bool) c (bytes of length 1) P
// (pointer-sized unsigned int) O (an object, MicroPython's: the value's
// word itself). Native sizes are the C compiler's (array, memoryview and
// struct's '@'); standard sizes are struct's '<' '>' '=' '!' ones.
#ifndef ES_BUFFER_H
#define ES_BUFFER_H

#include "obj.h"

// Size in bytes of an item of typecode [code], native or standard; 0 when
// [code] is no item typecode.
size_t es_buffer_item_size(int code, bool native);

// Is [code] one of the integer typecodes (b B h H i I l L q Q P)?
bool es_buffer_is_int(int code);

// Is this machine little-endian?
bool es_buffer_native_little(void);

// The item of typecode [code] and [size] bytes (as es_buffer_item_size
// gave) at [p] in byte order [little]: an int, a float (e f d), a bool
// (?), a bytes of length 1 (c) or the object (O). An O word that is no
// live object raises ValueError. May raise MemoryError.
es_val_t es_buffer_load(int code, size_t size, const uint8_t *p,
    bool little);

// What es_buffer_store did.
typedef enum {
    ES_BUFFER_OK,
    ES_BUFFER_TYPE,  // [v] has the wrong type: nothing written
    ES_BUFFER_RANGE, // an int out of the item's range (nothing written), or
                     // a finite float too large for e or f (inf written)
} es_buffer_err_t;

// Store [v] as an item of typecode [code] and [size] bytes at [p] in byte
// order [little]. Ints for integer codes (bool included), int or float for
// e f d, any value for ? (its truth) and O, a bytes-like of length 1 for
// c. The caller raises its own error for a failure. May call Python code
// (? calls __bool__).
es_buffer_err_t es_buffer_store(int code, size_t size, uint8_t *p,
    es_val_t v, bool little);

// The smallest and largest value of integer typecode [code] of [size]
// bytes (struct's and array's range messages).
void es_buffer_int_range(int code, size_t size, long long *lo,
    unsigned long long *hi);

// Copy [n] items of [size] bytes from [src] to [dst], stepping [sstep]
// and [dstep] items (either may be negative). The ranges must not overlap.
void es_buffer_stride_copy(uint8_t *dst, es_int_t dstep, const uint8_t *src,
    es_int_t sstep, size_t n, size_t size);

// The bytes behind a buffer object: bytes, bytearray, memoryview or an
// instance of a type flagged ES_TYPE_ARRAY (array.array), or a class
// instance boxing one of these.
typedef struct es_buffer {
    uint8_t *data;
    size_t len;      // in bytes
    int typecode;    // item typecode: 'B' for bytes and bytearray
    bool writable;   // bytearray, array, a view of one
} es_buffer_t;

// Fill [b] for [v]; false when [v] has no buffer. Never raises.
bool es_buffer_get(es_val_t v, es_buffer_t *b);

#endif
