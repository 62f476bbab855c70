// SPDX-License-Identifier: MIT
// Typed items in byte buffers (see buffer.h): sizes, loads and stores of
// every typecode in either byte order, half floats, and the buffer behind
// a value. Items are read and written a byte at a time, so any alignment
// and byte order work the same on every port.
#include <math.h>
#include <string.h>

#include "buffer.h"
#include "bytes.h"
#include "class.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "runtime.h"
#include "state.h"

size_t es_buffer_item_size(int code, bool native) {
    switch (code) {
    case 'b': case 'B': case '?': case 'c': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'P': case 'O': return sizeof(void *);
    default: return 0;
    }
}

bool es_buffer_is_int(int code) {
    return code != 0 && strchr("bBhHiIlLqQP", code) != NULL;
}

bool es_buffer_native_little(void) {
    uint16_t one = 1;
    return *(uint8_t *)&one == 1;
}

static uint64_t get_uint(const uint8_t *p, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)p[little ? i : n - 1 - i] << (8 * i);
    }
    return v;
}

static void put_uint(uint8_t *p, uint64_t v, size_t n, bool little) {
    for (size_t i = 0; i < n; i++) {
        p[little ? i : n - 1 - i] = (uint8_t)(v >> (8 * i));
    }
}

// --- half floats (IEEE 754 binary16: 1 sign, 5 exponent, 10 fraction bits)

static double half_to_double(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    double mant = h & 0x3ff;
    double d = exp == 0 ? ldexp(mant, -24)
        : exp == 31 ? (mant == 0 ? INFINITY : NAN)
        : ldexp(mant + 1024, exp - 25);
    return h & 0x8000 ? -d : d;
}

// [d] rounded to the nearest half (ties to even) in *out; false when a
// finite [d] is too large (*out is then infinity).
static bool half_from_double(double d, uint16_t *out) {
    uint16_t sign = signbit(d) ? 0x8000 : 0;
    double a = fabs(d);
    if (isnan(d)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (a < ldexp(1, -14)) { // subnormal or zero: units of 2**-24
        *out = sign | (uint16_t)rint(ldexp(a, 24));
        return true;
    }
    int e;
    double m = rint(ldexp(frexp(a, &e), 11)); // 1024..2048, a = m * 2**(e-11)
    if (m == 2048) {
        m = 1024, e++;
    }
    bool inf = es_float_is_inf(d);
    if (inf || e + 14 >= 31) {
        *out = sign | 0x7c00;
        return inf;
    }
    *out = sign | (uint16_t)((e + 14) << 10) | (uint16_t)(m - 1024);
    return true;
}

// --- loads

// The object whose word is [w] (typecode O), checked: an immediate value
// or the start of a live object in the heap; ValueError otherwise.
static es_val_t object_item(es_val_t w) {
    bool ok = es_is_small(w)
        || (es_is_const(w) && (w >> 3) < ES_N_CONSTS)
        || (es_is_qstr(w) && es_qstr_get(w) < ES_Q_N_STATIC
            + es_g.intern.count);
    if (!ok && es_is_obj(w) && es_gc_is_heap_ptr((void *)w)) {
        const es_type_t *t = es_obj(w)->type;
        ok = !es_gc_is_heap_ptr(t) || (t->base.type == &es_type_type
            && es_is_class(t));
    }
    if (!ok) {
        es_raise_msg(&es_type_ValueError, ES_ERR("not an object"));
    }
    return w;
}

es_val_t es_buffer_load(int code, size_t size, const uint8_t *p,
    bool little) {
    uint64_t u = get_uint(p, size, little);
    switch (code) {
    case 'e': return es_float_new(half_to_double((uint16_t)u));
    case 'f': {
        uint32_t b32 = (uint32_t)u;
        float f;
        memcpy(&f, &b32, 4);
        return es_float_new(f);
    }
    case 'd': {
        double d;
        memcpy(&d, &u, 8);
        return es_float_new(d);
    }
    case '?': return es_bool(u != 0);
    case 'c': return es_bytes_new(p, 1);
    case 'O': return object_item((es_val_t)u);
    default: // the integer codes: b h i l q signed, capitals unsigned
        if (code < 'a') {
            return es_int_from_ull(u);
        }
        if (size < 8 && (u >> (8 * size - 1)) & 1) {
            u |= ~(uint64_t)0 << (8 * size);
        }
        return es_int_from_ll((long long)u);
    }
}

// --- stores

void es_buffer_int_range(int code, size_t size, long long *lo,
    unsigned long long *hi) {
    bool is_signed = code >= 'a'; // b h i l q; the unsigned codes are capitals
    unsigned long long top = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
    *hi = is_signed ? top >> 1 : top;
    *lo = is_signed ? -(long long)(top >> 1) - 1 : 0;
}

// The bits of int [v] as an item of [code] and [size] bytes, range-checked.
static es_buffer_err_t int_bits(int code, size_t size, es_val_t v,
    uint64_t *bits) {
    if (!es_is_int(v)) {
        return ES_BUFFER_TYPE;
    }
    long long lo, ll;
    unsigned long long hi;
    es_buffer_int_range(code, size, &lo, &hi);
    if (es_int_get_ll(v, &ll)) {
        if (ll < lo || (ll > 0 && (unsigned long long)ll > hi)) {
            return ES_BUFFER_RANGE;
        }
        *bits = (uint64_t)ll;
        return ES_BUFFER_OK;
    }
    if (lo < 0 || size < 8 || es_int_sign(v) < 0) {
        return ES_BUFFER_RANGE;
    }
    // 2**63 <= v < 2**64 for an unsigned 8-byte item: v - 2**64 fits.
    es_val_t w = es_binary_op(ES_BOP_SUB, v, es_binary_op(ES_BOP_LSHIFT,
        es_small_new(1), es_small_new(64)));
    if (!es_int_get_ll(w, &ll) || ll >= 0) {
        return ES_BUFFER_RANGE;
    }
    *bits = (uint64_t)ll;
    return ES_BUFFER_OK;
}

// The bits of float [v] as an item of [code] (e f d).
static es_buffer_err_t float_bits(int code, es_val_t v, uint64_t *bits) {
    double d;
    if (!es_float_value(v, &d)) {
        return ES_BUFFER_TYPE;
    }
    if (code == 'd') {
        memcpy(bits, &d, 8);
        return ES_BUFFER_OK;
    }
    if (code == 'e') {
        uint16_t h;
        bool ok = half_from_double(d, &h);
        *bits = h;
        return ok ? ES_BUFFER_OK : ES_BUFFER_RANGE;
    }
    float f = (float)d;
    uint32_t b32;
    memcpy(&b32, &f, 4);
    *bits = b32;
    bool inf = (b32 & 0x7fffffff) == 0x7f800000; // isinf(f), by its bits
    return inf && !es_float_is_inf(d) ? ES_BUFFER_RANGE : ES_BUFFER_OK;
}

es_buffer_err_t es_buffer_store(int code, size_t size, uint8_t *p,
    es_val_t v, bool little) {
    uint64_t bits = 0;
    es_buffer_err_t err = ES_BUFFER_OK;
    v = es_class_unbox(v);
    switch (code) {
    case 'e': case 'f': case 'd':
        err = float_bits(code, v, &bits);
        break;
    case '?':
        bits = es_truthy(v);
        break;
    case 'O':
        bits = v;
        break;
    case 'c': {
        const uint8_t *d;
        size_t n;
        if (!es_bytes_get(v, &d, &n) || n != 1) {
            return ES_BUFFER_TYPE;
        }
        bits = d[0];
        break;
    }
    default:
        err = int_bits(code, size, v, &bits);
        if (err != ES_BUFFER_OK) {
            return err;
        }
    }
    if (err != ES_BUFFER_TYPE) {
        put_uint(p, bits, size, little);
    }
    return err;
}

void es_buffer_stride_copy(uint8_t *dst, es_int_t dstep, const uint8_t *src,
    es_int_t sstep, size_t n, size_t size) {
    for (size_t i = 0; i < n; i++) {
        memcpy(dst + (es_int_t)i * dstep * (es_int_t)size,
            src + (es_int_t)i * sstep * (es_int_t)size, size);
    }
}

// --- the buffer behind a value

bool es_buffer_get(es_val_t v, es_buffer_t *b) {
    v = es_class_unbox(v);
    const uint8_t *d;
    if (!es_bytes_get(v, &d, &b->len)) {
        return false;
    }
    es_bytes_t *o = (es_bytes_t *)es_obj(v);
    if (o->base.type == &es_type_memoryview) {
        o = (es_bytes_t *)es_obj(((es_memview_t *)o)->obj);
    }
    b->data = (uint8_t *)d;
    b->typecode = o->base.type->flags & ES_TYPE_ARRAY ? (int)o->typecode : 'B';
    b->writable = o->base.type != &es_type_bytes;
    return true;
}
