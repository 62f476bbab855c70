// SPDX-License-Identifier: MIT
// micropython.RingIO: a byte ring buffer as a stream, as MicroPython's
// (read, readline, readinto, write, any, close, and ioctl for select.poll
// and asyncio). RingIO(n) holds up to n bytes (1 to 65534); RingIO(buf)
// works in a writable buffer of 2 to 65535 bytes and holds one byte less.
// Nothing blocks: write takes what fits, the reads give what is there.
//
// The ring is [size] bytes with read index [head] and write index [tail];
// head == tail is empty, so one byte always stays free. The buffer object
// is kept and its data looked up at each call, so a bytearray resized
// meanwhile is never written through a stale pointer.
#include <errno.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "ringio.h"
#include "print.h"
#include "runtime.h"

typedef struct ringio {
    es_obj_t base;
    es_val_t buf;      // bytearray, or memoryview of one
    size_t size;       // bytes of the ring: capacity + 1
    size_t head, tail; // next byte to read, next to write (< size)
} ringio_t;

#define RINGIO_MAX 65535 // as MicroPython's 16-bit indices

static ringio_t *R(es_val_t v) {
    return (ringio_t *)es_obj(v);
}

// The ring's bytes, checked still there (a bytearray may have shrunk).
static uint8_t *data(ringio_t *r) {
    size_t len;
    uint8_t *d = es_bytes_need_rw(r->buf, &len);
    if (len < r->size) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid size"));
    }
    return d;
}

// Bytes there to read (no division: the lx106 has no divide instruction).
static size_t used(const ringio_t *r) {
    return r->tail >= r->head ? r->tail - r->head
        : r->tail + r->size - r->head;
}

static size_t next(const ringio_t *r, size_t i) {
    return i + 1 == r->size ? 0 : i + 1;
}

static es_val_t ringio_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    es_val_t buf = args[0];
    size_t size = 0;
    if (es_is_small(buf) || es_is_bigint(buf)) { // a bool is no size
        es_int_t n = 0; // stays 0 for an int too big for es_int_t
        es_int_get_checked(buf, &n);
        if (n > 0 && n < RINGIO_MAX) {
            size = (size_t)n + 1;
            buf = es_bytearray_new(NULL, size);
        }
    } else {
        es_bytes_need_rw(buf, &size); // TypeError for anything else
    }
    if (size < 2 || size > RINGIO_MAX) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid size"));
    }
    ringio_t *r = es_gc_alloc(sizeof(ringio_t), 0);
    r->base.type = type;
    r->buf = buf;
    r->size = size;
    return es_val(r);
}

// Move up to [max] bytes out of the ring into [out], stopping after a
// '\n' when [line]; the count.
static size_t take(ringio_t *r, uint8_t *out, size_t max, bool line) {
    const uint8_t *d = data(r);
    size_t n = 0;
    while (n < max && r->head != r->tail) {
        uint8_t c = d[r->head];
        out[n++] = c;
        r->head = next(r, r->head);
        if (line && c == '\n') {
            break;
        }
    }
    return n;
}

// read([n]) and readline([n]): a bytes of what is there (all of it when n
// is absent, None or negative).
static es_val_t read_common(size_t n_args, const es_val_t *args, bool line) {
    ringio_t *r = R(args[0]);
    size_t max = used(r);
    if (n_args > 1 && args[1] != ES_NONE) {
        es_int_t want = es_get_int(args[1]);
        max = want >= 0 && (size_t)want < max ? (size_t)want : max;
    }
    es_val_t v = es_bytes_new(NULL, max);
    es_bytes_t *b = (es_bytes_t *)es_obj(v); // new, so still private
    b->len = take(r, b->data, max, line);     // the rest stays zero
    return v;
}

static es_val_t ringio_read(size_t n_args, const es_val_t *args) {
    return read_common(n_args, args, false);
}
static ES_FUN_VAR(ringio_read_obj, 1, 2, ringio_read);

static es_val_t ringio_readline(size_t n_args, const es_val_t *args) {
    return read_common(n_args, args, true);
}
static ES_FUN_VAR(ringio_readline_obj, 1, 2, ringio_readline);

// readinto(buf[, n]): the count copied into buf (allocates nothing).
static es_val_t ringio_readinto(size_t n_args, const es_val_t *args) {
    // n first (its __index__ may resize a bytearray buf); as a file's
    // readinto, a negative n means all of buf
    es_int_t want = n_args > 2 ? es_get_int(args[2]) : -1;
    size_t len;
    uint8_t *out = es_bytes_need_rw(args[1], &len);
    len = want >= 0 && (size_t)want < len ? (size_t)want : len;
    return es_small_new((es_int_t)take(R(args[0]), out, len, false));
}
static ES_FUN_VAR(ringio_readinto_obj, 2, 3, ringio_readinto);

// write(data): the count that fitted (0 when full).
static es_val_t ringio_write(es_val_t self, es_val_t v) {
    ringio_t *r = R(self);
    size_t len, n = 0;
    const uint8_t *src = es_bytes_need(v, &len);
    uint8_t *d = data(r);
    for (size_t t; n < len && (t = next(r, r->tail)) != r->head; n++) {
        d[r->tail] = src[n];
        r->tail = t;
    }
    return es_small_new((es_int_t)n);
}
static ES_FUN_2(ringio_write_obj, ringio_write);

static es_val_t ringio_any(es_val_t self) {
    return es_small_new((es_int_t)used(R(self)));
}
static ES_FUN_1(ringio_any_obj, ringio_any);

static es_val_t ringio_close(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(ringio_close_obj, ringio_close);

// ioctl(3, events) (MP_STREAM_POLL): POLLIN (1) when there is something
// to read, POLLOUT (4) when there is room; other requests: -EINVAL (a
// stream's ioctl answers an error negated, as select reads it).
static es_val_t ringio_ioctl(es_val_t self, es_val_t req, es_val_t arg) {
    ringio_t *r = R(self);
    size_t n = used(r);
    es_int_t ready = (n > 0 ? 1 : 0) | (n + 1 < r->size ? 4 : 0);
    return es_small_new(es_get_int(req) != 3 ? -EINVAL
        : ready & es_get_int(arg));
}
static ES_FUN_3(ringio_ioctl_obj, ringio_ioctl);

static void ringio_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(self);
    ES_UNUSED(kind);
    es_print_cstr(p, "<RingIO>");
}

static const es_map_elem_t ringio_table[] = {
    {ES_QV(read), ES_PTR(&ringio_read_obj)},
    {ES_QV(readline), ES_PTR(&ringio_readline_obj)},
    {ES_QV(readinto), ES_PTR(&ringio_readinto_obj)},
    {ES_QV(write), ES_PTR(&ringio_write_obj)},
    {ES_QV(any), ES_PTR(&ringio_any_obj)},
    {ES_QV(close), ES_PTR(&ringio_close_obj)},
    {ES_QV(ioctl), ES_PTR(&ringio_ioctl_obj)},
};
static ES_CONST_DICT(ringio_locals, ringio_table);

const es_type_t es_type_ringio = {
    .base = {&es_type_type},
    .name = ES_Q(RingIO),
    .print = ringio_print,
    .make_new = ringio_make,
    .locals = ES_PTR(&ringio_locals),
};
