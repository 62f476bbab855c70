// SPDX-License-Identifier: MIT
// File objects: open(), read/readline/write/flush/close, iteration over
// lines, the context-manager methods and `closed`, in text and binary
// modes. Writes gather in a small buffer inside the object, flushed when
// full, by flush(), close(), the finalizer (a file never closed is flushed
// and closed when collected) and at exit (es_deinit finalizes every
// object). The finalizer never allocates or raises.
#include <errno.h>
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "nlr.h"
#include "map.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "vfs.h"

#define FILE_BUF 64 // bytes of write buffer inside each file object

enum {
    F_READ = ES_FILE_READ,
    F_WRITE = ES_FILE_WRITE,
    F_BINARY = ES_FILE_BINARY,
    F_HOST = 0x80 // a file of the port (es_file_port_ops)
};

typedef struct es_file {
    es_obj_t base;   // es_type_file
    const es_stream_ops_t *ops; // NULL once closed
    void *h;         // the backend's handle
    uint8_t mode;    // F_READ | F_WRITE | F_BINARY
    uint8_t wlen;    // bytes waiting in wbuf
    char wbuf[FILE_BUF];
} es_file_t;

static const es_type_t es_type_file;

static es_file_t *F(es_val_t v) {
    return (es_file_t *)es_obj(v);
}

// The file [v], checked open.
// A closed host file gives ValueError, as CPython and MicroPython's unix
// port; a closed file of a filesystem on a block device gives OSError
// EINVAL, as MicroPython's VfsFat and VfsLfs2.
static es_file_t *open_file(es_val_t v) {
    es_file_t *f = F(v);
    if (f->ops == NULL) {
        if (!(f->mode & F_HOST)) {
            es_raise_os_error(-EINVAL);
        }
        es_raise_msg(&es_type_ValueError,
            ES_ERR("I/O operation on closed file."));
    }
    return f;
}

// Write [n] bytes to the port: 0, or a negative errno. Never raises.
static int write_all(es_file_t *f, const char *s, size_t n) {
    while (n > 0) {
        int r = f->ops->write(f->h, s, n);
        if (r < 0) {
            return r;
        }
        s += r;
        n -= (size_t)r;
    }
    return 0;
}

// Write out the buffer: 0 or a negative errno. Never raises or allocates
// (the finalizer uses it).
static int flush_buf(es_file_t *f) {
    int r = write_all(f, f->wbuf, f->wlen);
    f->wlen = 0;
    return r;
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
}

// Flush and close; the handle is released even when the flush fails. A
// backend's close may raise (a block device written in Python); the file
// is marked closed first.
static int close_file(es_file_t *f) {
    int r = 0;
    if (f->ops != NULL) {
        const es_stream_ops_t *ops = f->ops;
        r = flush_buf(f);
        f->ops = NULL;
        int c = ops->close(f->h);
        r = r < 0 ? r : c;
    }
    return r;
}

// Closing from the collector: an exception from the backend is dropped.
static void file_finalize(es_obj_t *self) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        close_file((es_file_t *)self);
        es_nlr_pop();
    } else {
        ((es_file_t *)self)->ops = NULL;
    }
}

// --- the port's files as a backend (VfsPosix, plain mode)

static int pf_read(void *h, void *buf, size_t n) {
    return port_file_read((int)(intptr_t)h, buf, n);
}
static int pf_write(void *h, const void *buf, size_t n) {
    return port_file_write((int)(intptr_t)h, buf, n);
}
static int64_t pf_seek(void *h, int64_t off, int whence) {
    return port_file_seek((int)(intptr_t)h, off, whence);
}
static int pf_close(void *h) {
    port_file_close((int)(intptr_t)h);
    return 0;
}
const es_stream_ops_t es_file_port_ops = {pf_read, pf_write, pf_seek,
    NULL, pf_close};

// --- opening

unsigned es_file_mode(const char *m, char *kind, bool *plus) {
    unsigned flags = 0;
    *kind = 0;
    *plus = false;
    for (; *m != '\0'; m++) {
        if (strchr("rwax", *m) != NULL && *kind == 0) {
            *kind = *m;
        } else if (*m == 'b' && !(flags & F_BINARY)) {
            flags |= F_BINARY;
        } else if (*m == '+' && !*plus) {
            *plus = true;
        } else if (*m != 't') {
            *kind = '?';
            break;
        }
    }
    if (*kind == '?') {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid mode"));
    }
    if (*kind == 0) { // "" or "b": reading, as MicroPython's filesystems
        *kind = 'r';
    }
    flags |= *kind == 'r' ? F_READ : F_WRITE;
    return flags | (*plus ? F_READ | F_WRITE : 0);
}

// Open through the port; out of handles, collect (finalizing dropped
// files) and try once more.
static int open_fd(const char *path, char kind, bool plus) {
    int fd = port_file_open_mode(path, kind, plus);
    if (fd == -EMFILE || fd == -ENFILE) {
        es_gc_collect();
        fd = port_file_open_mode(path, kind, plus);
    }
    return fd;
}

es_val_t es_file_new(const es_stream_ops_t *ops, void *h, unsigned flags) {
    es_file_t *f = es_gc_alloc(sizeof(es_file_t), ES_GC_FINAL);
    f->base.type = &es_type_file;
    f->ops = ops;
    f->h = h;
    f->mode = (uint8_t)(flags | (ops == &es_file_port_ops ? F_HOST : 0));
    return es_val(f);
}

es_val_t es_file_open_port(const char *path, es_val_t mode) {
    char kind;
    bool plus;
    unsigned flags = es_file_mode(mode == ES_NULL || mode == ES_NONE ? "r"
        : es_str_arg(mode, "open", "mode", NULL), &kind, &plus);
    es_val_t f = es_file_new(&es_file_port_ops, NULL, flags);
    F(f)->ops = NULL;
    int fd = open_fd(path, kind, plus);
    check(fd);
    F(f)->h = (void *)(intptr_t)fd;
    F(f)->ops = &es_file_port_ops;
    return f;
}

// open(file, mode='r', ...) goes through the mounted filesystems
// (modules/vfs.c), which call the filesystem's own open.
static es_val_t file_open(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(mode), ES_Q(buffering),
        ES_Q(encoding), ES_Q(errors), ES_Q(newline)};
    es_val_t kw[5];
    es_builtins_get_kw(ES_Q(open), n_args, n_kw, args, 5, names, kw);
    es_val_t mode = n_args > 1 ? args[1] : kw[0];
    if (mode == ES_NULL || mode == ES_NONE) {
        mode = ES_QV(r);
    }
    char kind;
    bool plus;
    unsigned flags = es_file_mode(es_str_arg(mode, "open", "mode", NULL),
        &kind, &plus);
    if (es_is_small(args[0])) { // a host file descriptor, as the unix port
        return es_file_new(&es_file_port_ops,
            (void *)(intptr_t)es_small_get(args[0]), flags);
    }
    if (!es_is_str(args[0]) && !es_is_bytes(args[0])) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("expected str, bytes or os.PathLike object, not %T"), args[0]);
    }
    return es_vfs_open(args[0], mode);
}
const es_fun_builtin_t es_builtin_open = {{&es_type_fun_builtin},
    ES_FUN_KIND_KW, 1, 8, {.kw = file_open}};

// --- reading

static void need(es_file_t *f, unsigned flag) {
    if (!(f->mode & flag)) {
        es_raise_fmt(&es_type_OSError, ES_ERR("not %s"),
            flag == F_READ ? "readable" : "writable");
    }
}

// The data read so far as the file's kind (str or bytes). Text must be
// valid UTF-8 (UnicodeError otherwise, as CPython's strict decoding).
static es_val_t result(es_file_t *f, es_vstr_t *v) {
    if (f->mode & F_BINARY) {
        es_val_t b = es_bytes_new(v->buf, v->len);
        es_gc_free(v->buf);
        return b;
    }
    es_utf8_validate(v->buf, v->len);
    return es_vstr_to_str(v);
}

// Bytes still missing from the last character of the text in [v].
static size_t utf8_missing(const es_vstr_t *v) {
    size_t i = v->len;
    while (i > 0 && ((uint8_t)v->buf[i - 1] & 0xc0) == 0x80) {
        i--;
    }
    if (i == 0) {
        return 0;
    }
    uint8_t c = (uint8_t)v->buf[i - 1];
    size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    size_t have = v->len - (i - 1);
    return need > have ? need - have : 0;
}

// Read up to [max] characters of a text file or bytes of a binary one
// (SIZE_MAX: to the end), or one line. A text read never stops inside a
// character: [max] counts code points.
static es_val_t read_some(es_val_t self, size_t max, bool line) {
    es_file_t *f = open_file(self);
    need(f, F_READ);
    check(flush_buf(f));
    bool text = !(f->mode & F_BINARY);
    es_vstr_t v;
    es_vstr_init(&v, 16);
    char tmp[64];
    size_t count = 0, want;
    while (count < max || (text && (want = utf8_missing(&v)) > 0)) {
        if (count < max) {
            want = line ? 1 : max - count < sizeof(tmp) ? max - count
                : sizeof(tmp);
        }
        int r = f->ops->read(f->h, tmp, want);
        check(r);
        if (r == 0) {
            break;
        }
        es_vstr_add(&v, tmp, (size_t)r);
        count += text ? es_utf8_count(tmp, (size_t)r) : (size_t)r;
        if (line && tmp[0] == '\n') {
            break;
        }
    }
    return result(f, &v);
}

static size_t size_arg(size_t n_args, const es_val_t *args) {
    if (n_args < 2 || args[1] == ES_NONE) {
        return SIZE_MAX;
    }
    es_int_t n = es_get_int(args[1]);
    return n < 0 ? SIZE_MAX : (size_t)n;
}

static es_val_t file_read(size_t n_args, const es_val_t *args) {
    return read_some(args[0], size_arg(n_args, args), false);
}
static ES_FUN_VAR(file_read_obj, 1, 2, file_read);

static es_val_t file_readline(size_t n_args, const es_val_t *args) {
    return read_some(args[0], size_arg(n_args, args), true);
}
static ES_FUN_VAR(file_readline_obj, 1, 2, file_readline);

static es_val_t file_iternext(es_val_t self) {
    es_val_t line = read_some(self, SIZE_MAX, true);
    size_t n;
    if (es_is_str(line)) {
        es_str_data(line, &n);
    } else {
        const uint8_t *d;
        es_bytes_get(line, &d, &n);
    }
    return n == 0 ? ES_STOP : line;
}

// A filesystem's reads and writes may call Python (a block device's
// readblocks or writeblocks) that resizes the bytearray being filled or
// written: its bytes go through wbuf (empty then) a chunk at a time, the
// buffer looked up again for each. The bytes moved; fewer than [n] when
// the buffer shrank.
static size_t read_chunks(es_file_t *f, es_val_t buf, size_t n) {
    size_t done = 0, len = n;
    while (done < len) {
        size_t k = len - done < FILE_BUF ? len - done : FILE_BUF;
        int r = f->ops->read(f->h, f->wbuf, k);
        check(r);
        if (r == 0) {
            break;
        }
        uint8_t *d = es_bytes_need_rw(buf, &len);
        len = len < n ? len : n;
        size_t room = done < len ? len - done : 0;
        room = (size_t)r < room ? (size_t)r : room;
        if (room == 0) { // it shrank to what is filled
            break;
        }
        memcpy(d + done, f->wbuf, room);
        done += room;
    }
    return done;
}

static size_t write_chunks(es_file_t *f, es_val_t data, size_t n) {
    size_t done = 0;
    for (;;) {
        const uint8_t *d;
        size_t len;
        es_bytes_get(data, &d, &len);
        len = len < n ? len : n;
        if (done >= len) {
            return done;
        }
        size_t k = len - done < FILE_BUF ? len - done : FILE_BUF;
        memcpy(f->wbuf, d + done, k);
        check(write_all(f, f->wbuf, k));
        done += k;
    }
}

// readinto(buf[, n]): fills buf (or its first n bytes) until the end of
// the file; the count read.
static es_val_t file_readinto(size_t n_args, const es_val_t *args) {
    es_file_t *f = open_file(args[0]);
    need(f, F_READ);
    check(flush_buf(f));
    // n first: its __index__ may resize a bytearray buf
    es_int_t n = n_args > 2 ? es_get_int(args[2]) : -1;
    size_t len;
    uint8_t *buf = es_bytes_need_rw(args[1], &len);
    len = n >= 0 && (size_t)n < len ? (size_t)n : len;
    if (!(f->mode & F_HOST)) {
        return es_int_from((es_int_t)read_chunks(f, args[1], len));
    }
    size_t done = 0;
    while (done < len) {
        int r = f->ops->read(f->h, buf + done, len - done);
        check(r);
        if (r == 0) {
            break;
        }
        done += (size_t)r;
    }
    return es_int_from((es_int_t)done);
}
static ES_FUN_VAR(file_readinto_obj, 2, 3, file_readinto);

static es_val_t file_readlines(es_val_t self) {
    es_val_t list = es_list_new(0, NULL);
    for (es_val_t line; (line = file_iternext(self)) != ES_STOP;) {
        es_list_append(list, line);
    }
    return list;
}
static ES_FUN_1(file_readlines_obj, file_readlines);

// seek(offset, whence=0) -> the new position; tell() -> the position.
static int64_t seek_to(es_val_t self, int64_t off, int whence) {
    es_file_t *f = open_file(self);
    check(flush_buf(f));
    int64_t r = f->ops->seek(f->h, off, whence);
    check(r < 0 ? (int)r : 0);
    return r;
}

static es_val_t file_seek(size_t n_args, const es_val_t *args) {
    es_int_t whence = n_args > 2 ? es_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        es_raise_os_error(-EINVAL);
    }
    return es_int_from((es_int_t)seek_to(args[0], es_get_int(args[1]),
        (int)whence));
}
static ES_FUN_VAR(file_seek_obj, 2, 3, file_seek);

static es_val_t file_tell(es_val_t self) {
    return es_int_from((es_int_t)seek_to(self, 0, 1));
}
static ES_FUN_1(file_tell_obj, file_tell);

// --- writing

size_t es_write_arg(es_val_t data, bool text, const char **s, size_t *n) {
    if (es_is_str(data)) {
        *s = es_str_data(data, n);
        return text ? es_utf8_count(*s, *n) : *n;
    }
    const uint8_t *d;
    if (!es_bytes_get(data, &d, n)) {
        es_raise_fmt(&es_type_TypeError, text
            ? ES_ERR("write() argument must be str, not %T")
            : ES_ERR("a bytes-like object is required, not '%T'"), data);
    }
    *s = (const char *)d;
    return *n;
}

static es_val_t file_write(es_val_t self, es_val_t data) {
    es_file_t *f = open_file(self);
    need(f, F_WRITE);
    const char *s;
    size_t n, count = es_write_arg(data, !(f->mode & F_BINARY), &s, &n);
    // Only the port's files are buffered: a filesystem's file writes
    // through (its errors come from this write, as MicroPython's).
    bool direct = n > FILE_BUF || !(f->mode & F_HOST);
    if (direct || f->wlen + n > FILE_BUF) {
        check(flush_buf(f));
    }
    if (direct && !(f->mode & F_HOST) && !es_is_str(data)
        && es_type_of(data) != &es_type_bytes) { // may be resized meanwhile
        count = write_chunks(f, data, n);
    } else if (direct) {
        check(write_all(f, s, n));
    } else {
        memcpy(f->wbuf + f->wlen, s, n);
        f->wlen = (uint8_t)(f->wlen + n);
    }
    return es_int_from((es_int_t)count);
}
static ES_FUN_2(file_write_obj, file_write);

static es_val_t file_flush(es_val_t self) {
    es_file_t *f = open_file(self);
    check(flush_buf(f));
    if (f->ops->sync != NULL) {
        check(f->ops->sync(f->h));
    }
    return ES_NONE;
}
static ES_FUN_1(file_flush_obj, file_flush);

static es_val_t file_close(es_val_t self) {
    check(close_file(F(self)));
    return ES_NONE;
}
static ES_FUN_1(file_close_obj, file_close);

// fileno(): the host's descriptor of a file of the port.
static es_val_t file_fileno(es_val_t self) {
    es_file_t *f = open_file(self);
    if (f->ops != &es_file_port_ops) {
        es_raise_os_error(-EINVAL);
    }
    return es_int_from((es_int_t)(intptr_t)f->h);
}
static ES_FUN_1(file_fileno_obj, file_fileno);

static es_val_t file_enter(es_val_t self) {
    open_file(self);
    return self;
}
static ES_FUN_1(file_enter_obj, file_enter);

static es_val_t file_exit(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    return file_close(args[0]);
}
static ES_FUN_VAR(file_exit_obj, 1, 4, file_exit);

static es_val_t file_load_attr(es_val_t self, es_qstr_t name) {
    return name == ES_Q(closed) ? es_bool(F(self)->ops == NULL) : ES_NULL;
}

static void file_print(const es_print_t *p, es_val_t self,
        es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_file_t *f = F(self);
    const char *name = f->mode & F_BINARY ? "io.FileIO" : "io.TextIOWrapper";
    if (f->ops == &es_file_port_ops) {
        es_printf(p, "<%s %d>", name, (int)(intptr_t)f->h);
    } else {
        es_printf(p, "<%s>", name);
    }
}

static const es_map_elem_t file_table[] = {
    {ES_QV(read), ES_PTR(&file_read_obj)},
    {ES_QV(readline), ES_PTR(&file_readline_obj)},
    {ES_QV(readinto), ES_PTR(&file_readinto_obj)},
    {ES_QV(readlines), ES_PTR(&file_readlines_obj)},
    {ES_QV(seek), ES_PTR(&file_seek_obj)},
    {ES_QV(tell), ES_PTR(&file_tell_obj)},
    {ES_QV(fileno), ES_PTR(&file_fileno_obj)},
    {ES_QV(write), ES_PTR(&file_write_obj)},
    {ES_QV(flush), ES_PTR(&file_flush_obj)},
    {ES_QV(close), ES_PTR(&file_close_obj)},
    {ES_QV(__enter__), ES_PTR(&file_enter_obj)},
    {ES_QV(__exit__), ES_PTR(&file_exit_obj)},
};
static ES_CONST_DICT(file_locals, file_table);

static const es_type_t es_type_file = {
    .base = {&es_type_type},
    .name = ES_Q(TextIOWrapper),
    .parent = &es_type_object,
    .print = file_print,
    .load_attr = file_load_attr,
    .iternext = file_iternext,
    .finalize = file_finalize,
    .locals = ES_PTR(&file_locals),
};

int es_file_read_c(es_val_t self, void *buf, size_t n) {
    if (!es_is_type(self, &es_type_file)) {
        return -EINVAL;
    }
    es_file_t *f = open_file(self);
    check(flush_buf(f));
    return f->ops->read(f->h, buf, n);
}

bool es_is_file(es_val_t v) {
    return es_is_type(v, &es_type_file);
}
