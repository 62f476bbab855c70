// SPDX-License-Identifier: MIT
// The io module (also `uio`): in-memory streams io.StringIO and io.BytesIO
// with write, read, readline, readlines, getvalue, seek, tell, flush,
// close, `closed`, the context-manager methods and iteration over lines,
// plus MicroPython's stream extensions: write(buf, len) and write(buf,
// off, len), BytesIO.readinto, BytesIO(n) with room for n bytes. Both keep
// bytes in an arena buffer; StringIO's tell and seek count code points, as
// CPython's do. A BytesIO made from a bytes object in the arena reads that
// object's data in place until the first write (copy on write).
#include <errno.h>
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "io.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "runtime.h"
#include "str.h"

typedef struct io_stream {
    es_obj_t base;    // io_type_stringio or io_type_bytesio
    uint8_t *buf;     // leaf block of alloc bytes (NULL when empty), or,
                      // with alloc 0, a bytes object's data (read-only)
    size_t len, alloc, pos;
    bool closed;
} io_stream_t;

static const es_type_t io_type_stringio, io_type_bytesio, io_type_iobase;

static io_stream_t *S(es_val_t v) {
    return (io_stream_t *)es_obj(v);
}

static bool is_text(io_stream_t *s) {
    return s->base.type == &io_type_stringio;
}

// The stream [v], checked open.
static io_stream_t *open_stream(es_val_t v) {
    io_stream_t *s = S(v);
    if (s->closed) {
        es_raise_msg(&es_type_ValueError, is_text(s)
            ? ES_ERR("I/O operation on closed file")
            : ES_ERR("I/O operation on closed file."));
    }
    return s;
}

// The data of [v] as this stream's kind requires.
static const uint8_t *data_of(io_stream_t *s, es_val_t v, size_t *n) {
    if (is_text(s)) {
        if (!es_is_str(v)) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("string argument expected, got '%T'"), v);
        }
        return (const uint8_t *)es_str_data(v, n);
    }
    return es_bytes_need(v, n);
}

// Write [n] bytes at the position over the [old] bytes there, growing the
// buffer (zero-filling a gap after a seek past the end). A borrowed buffer
// (alloc 0) is copied here before its first change.
static void put(io_stream_t *s, const uint8_t *d, size_t n, size_t old) {
    size_t end = s->pos + n;
    size_t total = (s->len > s->pos + old ? s->len - old : s->pos) + n;
    if (total > s->alloc) {
        size_t want = s->alloc * 2 > total ? s->alloc * 2 : total + 16;
        uint8_t *nb = es_gc_alloc(want, ES_GC_LEAF);
        if (s->len > 0) {
            memcpy(nb, s->buf, s->len);
        }
        s->buf = nb;
        s->alloc = want;
    }
    if (s->pos > s->len) {
        memset(s->buf + s->len, 0, s->pos - s->len);
    } else if (old != n) { // move the tail after the replaced bytes
        memmove(s->buf + end, s->buf + s->pos + old, s->len - s->pos - old);
    }
    if (n > 0) { // an empty stream may have no buffer yet
        memmove(s->buf + s->pos, d, n);
    }
    s->pos = end;
    s->len = total;
}

// A str or bytes of [n] bytes at [d] for stream [s].
static es_val_t result(io_stream_t *s, const uint8_t *d, size_t n) {
    return is_text(s) ? es_str_new((const char *)d, n) : es_bytes_new(d, n);
}

// BytesIO's initial value: an int gives an empty stream with room for that
// many bytes (writes up to it allocate nothing: MicroPython's); a bytes
// object in the arena is borrowed, not copied. False: copy as usual.
static bool bytesio_init(io_stream_t *s, es_val_t v) {
    if (es_is_small(v) || es_is_bigint(v)) { // not a bool: TypeError below
        es_int_t n = es_get_int(v);
        if (n < 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("negative size"));
        }
        s->buf = n > 0 ? es_gc_alloc((size_t)n, ES_GC_LEAF) : NULL;
        s->alloc = (size_t)n;
        return true;
    }
    if (es_type_of(v) == &es_type_bytes && es_gc_is_heap_ptr(es_obj(v))) {
        es_bytes_t *b = (es_bytes_t *)es_obj(v);
        s->buf = b->len > 0 ? b->data : NULL; // keeps b alive (interior)
        s->len = b->len;
        return true;
    }
    return false;
}

static es_val_t io_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 0, 1, n_kw, false);
    io_stream_t *s = es_gc_alloc(sizeof(io_stream_t), 0);
    s->base.type = type;
    if (type == &io_type_bytesio && n_args > 0 && bytesio_init(s, args[0])) {
        return es_val(s);
    }
    if (n_args > 0 && args[0] != ES_NONE) {
        if (type == &io_type_stringio && !es_is_str(args[0])) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("initial_value must be "
                "str or None, not %T"), args[0]);
        }
        size_t n;
        const uint8_t *d = data_of(s, args[0], &n);
        put(s, d, n, 0);
        s->pos = 0;
    }
    return es_val(s);
}

static size_t span(io_stream_t *s, es_int_t count);

// A count argument of write: not negative.
static size_t count_arg(es_val_t v) {
    es_int_t n = es_get_int(v);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("negative count"));
    }
    return (size_t)n;
}

// Byte offset of unit [i] (a code point for text) in [n] bytes at [d],
// clipped to n.
static size_t unit_offset(io_stream_t *s, const uint8_t *d, size_t n,
    size_t i) {
    if (is_text(s)) {
        return es_str_offset((const char *)d, n, i);
    }
    return i < n ? i : n;
}

// write(data[, len]) or write(data, off, len) (MicroPython's): at most
// len units of data from unit off on; the count written. The counts are
// read first: their __index__ may resize a bytearray [data].
static es_val_t io_write(size_t n_args, const es_val_t *args) {
    io_stream_t *s = open_stream(args[0]);
    size_t first = n_args > 3 ? count_arg(args[2]) : 0;
    size_t most = n_args > 2 ? count_arg(args[n_args - 1]) : 0;
    size_t n;
    const uint8_t *d = data_of(s, args[1], &n);
    if (n_args > 2) {
        size_t off = unit_offset(s, d, n, first);
        d += off;
        n = unit_offset(s, d, n - off, most);
    }
    size_t units = is_text(s) ? es_utf8_count((const char *)d, n) : n;
    put(s, d, n, span(s, (es_int_t)units));
    return es_int_from((es_int_t)units);
}
static ES_FUN_VAR(io_write_obj, 2, 4, io_write);

// Bytes from pos covering [count] units (code points for text; all when
// count < 0).
static size_t span(io_stream_t *s, es_int_t count) {
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    if (count < 0) {
        return avail;
    }
    if (!is_text(s)) {
        return (size_t)count < avail ? (size_t)count : avail;
    }
    size_t i = 0;
    for (es_int_t k = 0; k < count && i < avail; k++) {
        i++;
        while (i < avail && (s->buf[s->pos + i] & 0xc0) == 0x80) {
            i++;
        }
    }
    return i;
}

static es_int_t size_arg(size_t n_args, const es_val_t *args) {
    return n_args > 1 && args[1] != ES_NONE ? es_get_int(args[1]) : -1;
}

static es_val_t take(io_stream_t *s, size_t n) {
    // An empty stream may have no buffer at all (no pointer arithmetic)
    es_val_t r = result(s, n > 0 ? s->buf + s->pos : (const uint8_t *)"", n);
    s->pos += n;
    return r;
}

static es_val_t io_read(size_t n_args, const es_val_t *args) {
    io_stream_t *s = open_stream(args[0]);
    return take(s, span(s, size_arg(n_args, args)));
}
static ES_FUN_VAR(io_read_obj, 1, 2, io_read);

// readinto(buf[, n]) (BytesIO): fill buf, or its first n bytes, from the
// position; the count copied. Allocates nothing.
static es_val_t io_readinto(size_t n_args, const es_val_t *args) {
    io_stream_t *s = open_stream(args[0]);
    if (is_text(s)) { // CPython's text (shared with core/runtime.c's)
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("'%T' object has no attribute '%q'"), args[0],
            ES_Q(readinto));
    }
    // n first: its __index__ may resize a bytearray buf
    size_t want = n_args > 2 ? count_arg(args[2]) : SIZE_MAX;
    size_t len;
    uint8_t *buf = es_bytes_need_rw(args[1], &len);
    len = want < len ? want : len;
    size_t n = span(s, (es_int_t)len);
    if (n > 0) {
        memcpy(buf, s->buf + s->pos, n);
    }
    s->pos += n;
    return es_int_from((es_int_t)n);
}
static ES_FUN_VAR(io_readinto_obj, 2, 3, io_readinto);

// The bytes of the next line (with its '\n'), at most [limit] units.
static size_t line_span(io_stream_t *s, es_int_t limit) {
    size_t n = span(s, limit);
    const uint8_t *p = n ? memchr(s->buf + s->pos, '\n', n) : NULL;
    return p ? (size_t)(p - (s->buf + s->pos)) + 1 : n;
}

static es_val_t io_readline(size_t n_args, const es_val_t *args) {
    io_stream_t *s = open_stream(args[0]);
    return take(s, line_span(s, size_arg(n_args, args)));
}
static ES_FUN_VAR(io_readline_obj, 1, 2, io_readline);

static es_val_t io_readlines(es_val_t self) {
    io_stream_t *s = open_stream(self);
    es_val_t list = es_list_new(0, NULL);
    for (size_t n; (n = line_span(s, -1)) > 0;) {
        es_list_append(list, take(s, n));
    }
    return list;
}
static ES_FUN_1(io_readlines_obj, io_readlines);

static es_val_t io_getvalue(es_val_t self) {
    io_stream_t *s = open_stream(self);
    return result(s, s->buf, s->len);
}
static ES_FUN_1(io_getvalue_obj, io_getvalue);

// The position: bytes for BytesIO, code points for StringIO.
static es_val_t tell(io_stream_t *s) {
    size_t n = s->pos;
    if (is_text(s)) {
        size_t in = s->pos < s->len ? s->pos : s->len;
        n = es_utf8_count((const char *)s->buf, in) + (s->pos - in);
    }
    return es_int_from((es_int_t)n);
}

// seek(pos, whence=0): 0 from the start, 1 from here, 2 from the end.
static es_val_t io_seek(size_t n_args, const es_val_t *args) {
    io_stream_t *s = open_stream(args[0]);
    es_int_t off = es_get_int(args[1]);
    es_int_t whence = n_args > 2 ? es_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("invalid whence (%d, should be 0, 1 or 2)"), (int)whence);
    }
    if (whence == 0 && off < 0) { // BytesIO: as a file (MicroPython's)
        if (!is_text(s)) {
            es_raise_os_error(-EINVAL);
        }
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("Negative seek position %d"), (int)off);
    }
    if (whence != 0 && off != 0 && is_text(s)) {
        es_raise_msg(&es_type_OSError, whence == 1
            ? ES_ERR("Can't do nonzero cur-relative seeks")
            : ES_ERR("Can't do nonzero end-relative seeks"));
    }
    es_int_t base = whence == 0 ? 0 : whence == 1 ? (es_int_t)s->pos
        : (es_int_t)s->len;
    if (is_text(s) && whence == 0) { // a code-point offset
        size_t in = s->len ? es_str_offset((const char *)s->buf, s->len,
            (size_t)off) : 0;
        s->pos = in + ((size_t)off > es_utf8_count((const char *)s->buf,
            s->len) ? (size_t)off - es_utf8_count((const char *)s->buf,
            s->len) : 0);
        return es_int_from(off);
    }
    es_int_t pos;
    if (__builtin_add_overflow(base, off, &pos)) { // CPython's error
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("new position too large"));
    }
    s->pos = pos < 0 ? 0 : (size_t)pos;
    return tell(s);
}
static ES_FUN_VAR(io_seek_obj, 2, 3, io_seek);

static es_val_t io_tell(es_val_t self) {
    return tell(open_stream(self));
}
static ES_FUN_1(io_tell_obj, io_tell);

static es_val_t io_flush(es_val_t self) {
    open_stream(self);
    return ES_NONE;
}
static ES_FUN_1(io_flush_obj, io_flush);

static es_val_t io_close(es_val_t self) {
    S(self)->closed = true;
    return ES_NONE;
}
static ES_FUN_1(io_close_obj, io_close);

static es_val_t io_enter(es_val_t self) {
    open_stream(self);
    return self;
}
static ES_FUN_1(io_enter_obj, io_enter);

static es_val_t io_exit(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    S(args[0])->closed = true;
    return ES_NONE;
}
static ES_FUN_VAR(io_exit_obj, 1, 4, io_exit);

static es_val_t io_true(es_val_t self) {
    ES_UNUSED(self);
    return ES_TRUE;
}
static ES_FUN_1(io_true_obj, io_true);

static es_val_t io_iternext(es_val_t self) {
    io_stream_t *s = open_stream(self);
    size_t n = line_span(s, -1);
    return n == 0 ? ES_STOP : take(s, n);
}

static es_val_t io_load_attr(es_val_t self, es_qstr_t name) {
    return name == ES_Q(closed) ? es_bool(S(self)->closed) : ES_NULL;
}

// <io.StringIO object at 0x...>: the module named, as in CPython's
// (<_io.StringIO ...>) and MicroPython's reprs.
static void io_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<io.%q object at %p>", is_text(S(self)) ? ES_Q(StringIO)
        : ES_Q(BytesIO), (void *)self);
}

static const es_map_elem_t io_table[] = {
    {ES_QV(write), ES_PTR(&io_write_obj)},
    {ES_QV(read), ES_PTR(&io_read_obj)},
    {ES_QV(readinto), ES_PTR(&io_readinto_obj)},
    {ES_QV(readline), ES_PTR(&io_readline_obj)},
    {ES_QV(readlines), ES_PTR(&io_readlines_obj)},
    {ES_QV(getvalue), ES_PTR(&io_getvalue_obj)},
    {ES_QV(seek), ES_PTR(&io_seek_obj)},
    {ES_QV(tell), ES_PTR(&io_tell_obj)},
    {ES_QV(flush), ES_PTR(&io_flush_obj)},
    {ES_QV(close), ES_PTR(&io_close_obj)},
    {ES_QV(readable), ES_PTR(&io_true_obj)},
    {ES_QV(writable), ES_PTR(&io_true_obj)},
    {ES_QV(seekable), ES_PTR(&io_true_obj)},
    {ES_QV(__enter__), ES_PTR(&io_enter_obj)},
    {ES_QV(__exit__), ES_PTR(&io_exit_obj)},
};
static ES_CONST_DICT(io_locals, io_table);

// StringIO and BytesIO share every slot but the name; is_text tells them
// apart by type.
#define IO_STREAM_TYPE(qstr) { \
    .base = {&es_type_type}, \
    .name = (qstr), \
    .flags = ES_TYPE_BASETYPE, \
    .parent = &io_type_iobase, \
    .print = io_print, \
    .make_new = io_make, \
    .load_attr = io_load_attr, \
    .iternext = io_iternext, \
    .locals = ES_PTR(&io_locals), \
}
static const es_type_t io_type_stringio = IO_STREAM_TYPE(ES_Q(StringIO));
static const es_type_t io_type_bytesio = IO_STREAM_TYPE(ES_Q(BytesIO));

// io.IOBase: a base for stream classes written in Python (dupterm, files
// of a filesystem written in Python). Any arguments are accepted, as
// CPython's IOBase does: a subclass's are its __init__'s.
static es_val_t iobase_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(args);
    ES_UNUSED(n_args);
    ES_UNUSED(n_kw);
    es_obj_t *o = es_gc_alloc(sizeof(es_obj_t), 0);
    o->type = type;
    return es_val(o);
}

static const es_type_t io_type_iobase = {
    .base = {&es_type_type},
    .name = ES_Q(IOBase),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = iobase_make,
};

// readinto's count for a buffer of [len] bytes, checked as MicroPython's
// stream layer checks it: more than asked is a broken stream (EIO).
static size_t stream_count(es_val_t r, size_t len) {
    if (r == ES_NONE) {
        es_raise_os_error(-EAGAIN);
    }
    es_int_t n = es_is_int(r) ? es_get_int(r) : -1;
    if (n < 0 || (size_t)n > len) {
        es_raise_os_error(-EIO);
    }
    return (size_t)n;
}

es_val_t es_io_read_all(es_val_t stream) {
    es_val_t call[3];
    es_load_method_maybe(stream, ES_Q(read), call);
    if (call[0] != ES_NULL) {
        return es_call_method(0, 0, call);
    }
    es_load_method(stream, ES_Q(readinto), call);
    es_val_t one = es_bytearray_new(NULL, 1);
    const uint8_t *d;
    size_t len;
    es_vstr_t all;
    es_vstr_init(&all, 16);
    for (;;) {
        call[2] = one; // the call may have consumed its arguments
        es_val_t r = es_call_method(1, 0, call);
        es_bytes_get(one, &d, &len); // the call may have resized it
        if (stream_count(r, len > 0 ? 1 : 0) == 0) {
            break;
        }
        es_vstr_add(&all, (const char *)d, 1);
    }
    es_val_t r = es_bytes_new(all.buf, all.len);
    es_vstr_drop(&all);
    return r;
}

static const es_map_elem_t io_module_table[] = {
    {ES_QV(IOBase), ES_PTR(&io_type_iobase)},
    {ES_QV(__name__), ES_QV(io)},
    {ES_QV(StringIO), ES_PTR(&io_type_stringio)},
    {ES_QV(BytesIO), ES_PTR(&io_type_bytesio)},
};
static ES_CONST_DICT(io_dict, io_module_table);

const es_module_t es_module_io = {{&es_type_module}, ES_PTR(&io_dict)};
