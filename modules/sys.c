// SPDX-License-Identifier: MIT
// The sys module: a const module over a const table, like every built-in
// module, so it costs no heap. Its mutable parts (argv, path, modules) are
// objects in es_g that the table points to; es_sys_init resets argv and
// path for each interpreter. As in MicroPython, a program changes sys.path
// and sys.argv in place; sys's attributes cannot be rebound.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "fun.h"
#include "hal/pin.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

// sys.version is ES_QS(sys_version) below: keep the two in step.
#define ESPY_VERSION "0.1.0"

// --- stdin, stdout, stderr: objects naming a console file descriptor

typedef struct stream {
    es_obj_t base;
    int fd;
} stream_t;

static int stream_fd(es_val_t self) {
    return ((const stream_t *)self)->fd;
}

// write(s): a str, or a bytes-like object (es_write_arg).
static es_val_t stream_write(es_val_t self, es_val_t s) {
    const char *d;
    size_t n, count = es_write_arg(s, true, &d, &n);
    port_write(stream_fd(self), d, n);
    return es_small_new((es_int_t)count);
}
static ES_FUN_2(fun_stream_write, stream_write);

static es_val_t stream_flush(es_val_t self) {
    ES_UNUSED(self);
    port_flush();
    return ES_NONE;
}
static ES_FUN_1(fun_stream_flush, stream_flush);

// readline(): one line with its newline; "" at end of input.
static es_val_t stream_readline(es_val_t self) {
    ES_UNUSED(self);
    es_vstr_t v;
    es_vstr_init(&v, 32);
    int c;
    while ((c = port_read_char()) >= 0) {
        char ch = (char)c;
        es_vstr_add(&v, &ch, 1);
        if (c == '\n') {
            break;
        }
    }
    es_utf8_validate(v.buf, v.len);
    return es_vstr_to_str(&v);
}
static ES_FUN_1(fun_stream_readline, stream_readline);

// read([n]): n characters (all when n is absent or negative), fewer at the
// end of input. A character's UTF-8 bytes are read whole.
static es_val_t stream_read(size_t n_args, const es_val_t *args) {
    es_int_t n = n_args > 1 && args[1] != ES_NONE ? es_get_int(args[1]) : -1;
    es_vstr_t v;
    es_vstr_init(&v, 32);
    for (int c; n != 0 && (c = port_read_char()) >= 0; n--) {
        size_t more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        do {
            char ch = (char)c;
            es_vstr_add(&v, &ch, 1);
        } while (more-- > 0 && (c = port_read_char()) >= 0);
    }
    es_utf8_validate(v.buf, v.len);
    return es_vstr_to_str(&v);
}
static ES_FUN_VAR(fun_stream_read, 1, 2, stream_read);

// Up to [n] console input bytes into [buf]: the count (short at the end).
static size_t read_console(uint8_t *buf, size_t n) {
    size_t i = 0;
    int c;
    while (i < n && (c = port_read_char()) >= 0) {
        buf[i++] = (uint8_t)c;
    }
    return i;
}

// readinto(buf[, n]): fill a writable buffer (its first n bytes) with
// stdin's bytes; the count. The text stream has it too, as MicroPython's
// (rshell's file transfer over a serial port reads hexlify's text so).
static es_val_t stream_readinto(size_t n_args, const es_val_t *args) {
    size_t n;
    uint8_t *d = es_bytes_need_rw(args[1], &n);
    if (n_args > 2) {
        es_int_t want = es_get_int(args[2]);
        n = want < 0 ? 0 : (size_t)want < n ? (size_t)want : n;
    }
    return es_small_new((es_int_t)read_console(d, n));
}
static ES_FUN_VAR(fun_stream_readinto, 2, 3, stream_readinto);

static es_val_t stream_fileno(es_val_t self) {
    return es_small_new(stream_fd(self));
}
static ES_FUN_1(fun_stream_fileno, stream_fileno);

static void stream_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<io.TextIOWrapper %d>", stream_fd(self));
}

static const es_map_elem_t stream_locals_table[] = {
    {ES_QV(write), ES_PTR(&fun_stream_write)},
    {ES_QV(flush), ES_PTR(&fun_stream_flush)},
    {ES_QV(read), ES_PTR(&fun_stream_read)},
    {ES_QV(readline), ES_PTR(&fun_stream_readline)},
    {ES_QV(readinto), ES_PTR(&fun_stream_readinto)},
    {ES_QV(fileno), ES_PTR(&fun_stream_fileno)},
};
static ES_CONST_DICT(stream_locals, stream_locals_table);

static const stream_t buffer_stdin, buffer_stdout, buffer_stderr;

// stdin.buffer, stdout.buffer, stderr.buffer: the binary streams under the
// text ones.
static es_val_t stream_load_attr(es_val_t self, es_qstr_t name) {
    if (name != ES_Q(buffer)) {
        return ES_NULL;
    }
    static const stream_t *const buffers[] = {&buffer_stdin, &buffer_stdout,
        &buffer_stderr};
    return es_val(buffers[stream_fd(self)]);
}

static const es_type_t stream_type = {
    .base = {&es_type_type},
    .name = ES_Q(TextIOWrapper),
    .parent = &es_type_object,
    .print = stream_print,
    .load_attr = stream_load_attr,
    .locals = ES_PTR(&stream_locals),
};

static const stream_t sys_stdin = {{&stream_type}, 0};
static const stream_t sys_stdout = {{&stream_type}, 1};
static const stream_t sys_stderr = {{&stream_type}, 2};

// --- the binary console streams (io.FileIO, as MicroPython names them)

// write(b[, max_len]) or write(b, off, max_len), as MicroPython's
// streams: the bytes of any bytes-like object (from [off], at most
// [max_len] of them); their count.
static es_val_t buffer_write(size_t n_args, const es_val_t *args) {
    size_t n, off = 0, max = SIZE_MAX;
    const uint8_t *d = es_bytes_need(args[1], &n);
    if (n_args == 3) {
        max = (size_t)es_get_int(args[2]);
    } else if (n_args == 4) {
        off = (size_t)es_get_int(args[2]);
        max = (size_t)es_get_int(args[3]);
    }
    off = off > n ? n : off;
    n = n - off < max ? n - off : max;
    port_write(stream_fd(args[0]) | ES_FD_RAW, (const char *)d + off, n);
    return es_small_new((es_int_t)n);
}
static ES_FUN_VAR(fun_buffer_write, 2, 4, buffer_write);

// read(n): up to n bytes of stdin (n < 0 or absent: to the end).
static es_val_t buffer_read(size_t n_args, const es_val_t *args) {
    es_int_t want = n_args > 1 && args[1] != ES_NONE ? es_get_int(args[1])
        : -1;
    es_vstr_t v;
    es_vstr_init(&v, want > 0 ? (size_t)want : 32);
    uint8_t chunk[64];
    while (want != 0) {
        size_t ask = want > 0 && (size_t)want < sizeof(chunk) ? (size_t)want
            : sizeof(chunk);
        size_t got = read_console(chunk, ask);
        es_vstr_add(&v, (const char *)chunk, got);
        want -= want > 0 ? (es_int_t)got : 0;
        if (got < ask) {
            break;
        }
    }
    es_val_t b = es_bytes_new(v.buf, v.len);
    es_vstr_drop(&v);
    return b;
}
static ES_FUN_VAR(fun_buffer_read, 1, 2, buffer_read);

static void buffer_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<io.FileIO %d>", stream_fd(self));
}

static const es_map_elem_t buffer_locals_table[] = {
    {ES_QV(write), ES_PTR(&fun_buffer_write)},
    {ES_QV(read), ES_PTR(&fun_buffer_read)},
    {ES_QV(readinto), ES_PTR(&fun_stream_readinto)},
    {ES_QV(flush), ES_PTR(&fun_stream_flush)},
    {ES_QV(fileno), ES_PTR(&fun_stream_fileno)},
};
static ES_CONST_DICT(buffer_locals, buffer_locals_table);

static const es_type_t buffer_type = {
    .base = {&es_type_type},
    .name = ES_Q(FileIO),
    .parent = &es_type_object,
    .print = buffer_print,
    .locals = ES_PTR(&buffer_locals),
};

static const stream_t buffer_stdin = {{&buffer_type}, 0};
static const stream_t buffer_stdout = {{&buffer_type}, 1};
static const stream_t buffer_stderr = {{&buffer_type}, 2};

// --- sys.implementation

static es_val_t impl_load_attr(es_val_t self, es_qstr_t name) {
    ES_UNUSED(self);
    if (name == ES_Q(name)) {
        return es_qstr_val(ES_Q(micropython));
    }
    if (name == ES_Q(_machine)) {
        return es_str_from_cstr("espy " ESPY_VERSION " on linux");
    }
    if (name == ES_Q(version)) {
        es_val_t v[3] = {es_small_new(0), es_small_new(1), es_small_new(0)};
        return es_tuple_new(3, v);
    }
    return ES_NULL;
}

static void impl_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "namespace(name=%r, version=%r, _machine=%r)",
        impl_load_attr(self, ES_Q(name)), impl_load_attr(self, ES_Q(version)),
        impl_load_attr(self, ES_Q(_machine)));
}

static const es_type_t impl_type = {
    .base = {&es_type_type},
    .name = ES_Q(SimpleNamespace),
    .parent = &es_type_object,
    .print = impl_print,
    .load_attr = impl_load_attr,
};
static const es_obj_t sys_implementation = {&impl_type};

// --- functions

static es_val_t sys_exit(size_t n_args, const es_val_t *args) {
    es_raise(es_exc_new(&es_type_SystemExit, n_args, args));
}
static ES_FUN_VAR(fun_sys_exit, 0, 1, sys_exit);

// atexit(func): [func] (or None) runs when the main program ends
// (es_run_atexit); returns the one registered before, as MicroPython.
static es_val_t sys_atexit(es_val_t func) {
    es_val_t old = es_g.sys_atexit == ES_NULL ? ES_NONE : es_g.sys_atexit;
    es_g.sys_atexit = func;
    return old;
}
static ES_FUN_1(fun_sys_atexit, sys_atexit);

// print_exception(exc, file=sys.stdout); a file that is no stream (no
// write method) is OSError EINVAL, as MicroPython's stream check.
static es_val_t sys_print_exception(size_t n_args, const es_val_t *args) {
    es_val_t file = n_args > 1 ? args[1] : es_sys_stdout();
    if (es_is_type(file, &stream_type)) {
        es_exc_print(stream_fd(file) == 2 ? &es_print_stderr : &es_print_stdout,
            args[0]);
        return ES_NONE;
    }
    es_val_t dest[3];
    es_load_method_maybe(file, ES_Q(write), dest);
    if (dest[0] == ES_NULL) {
        es_raise_os_error(22);
    }
    es_vstr_t v;
    es_print_t p;
    es_vstr_init(&v, 64);
    es_vstr_printer(&v, &p);
    es_exc_print(&p, args[0]);
    dest[2] = es_vstr_to_str(&v);
    es_call_method(1, 0, dest);
    return ES_NONE;
}
static ES_FUN_VAR(fun_sys_print_exception, 1, 2, sys_print_exception);

// exc_info(): (type, value, None) of the exception being handled.
static es_val_t sys_exc_info(void) {
    es_val_t exc = es_g.exc_cur;
    es_val_t t[3] = {ES_NONE, ES_NONE, ES_NONE};
    if (exc != ES_NULL && exc != ES_NONE) {
        t[0] = es_val(es_type_of(exc));
        t[1] = exc;
    }
    return es_tuple_new(3, t);
}
static ES_FUN_0(fun_sys_exc_info, sys_exc_info);

static ES_CONST_TUPLE(sys_version_info, 3, ES_SMALL(3), ES_SMALL(4),
    ES_SMALL(0));

// sys.maxsize (INTPTR_MAX): a big int built in, as it is past the small-int
// range on both word sizes. Digits are 16 bits, least significant first.
// It lives in RAM (12 bytes on the chip), not in flash: the big-int code
// reads digits with 16-bit loads, which the ESP8266 cannot make from flash
// (make test's flash-read check caught `sys.maxsize + 1`).
#define MAXSIZE_DIGITS (sizeof(intptr_t) / sizeof(es_digit_t))
typedef struct maxsize {
    es_obj_t base;
    uint32_t len, neg;
    es_digit_t d[MAXSIZE_DIGITS];
} maxsize_t;
_Static_assert(offsetof(maxsize_t, d) == offsetof(es_bigint_t, d),
    "a const big int has a big int's layout");
static maxsize_t sys_maxsize = {{&es_type_int}, MAXSIZE_DIGITS, 0,
#if INTPTR_MAX > INT32_MAX
    {0xffff, 0xffff, 0xffff, 0x7fff}
#else
    {0xffff, 0x7fff}
#endif
};

#if !ES_CFG_PLATFORM_ESP8266
// sys.platform on the host: 'esp8266' in board mode, where the program runs
// as on the chip (code that picks its drivers by platform takes the
// board's), 'linux' in plain mode, as MicroPython's unix port.
static es_val_t sys_getattr(es_val_t name) {
    if (es_qstr_get(name) == ES_Q(platform)) {
        return es_qstr_val(hal_pin_board() ? ES_Q(esp8266) : ES_Q(linux));
    }
    es_raise_fmt(&es_type_AttributeError,
        ES_ERR("module 'sys' has no attribute '%q'"), es_qstr_get(name));
}
static ES_FUN_1(fun_sys_getattr, sys_getattr);
#endif

static const es_map_elem_t sys_table[] = {
    {ES_QV(__name__), ES_QV(sys)},
    {ES_QV(exit), ES_PTR(&fun_sys_exit)},
    {ES_QV(print_exception), ES_PTR(&fun_sys_print_exception)},
    {ES_QV(exc_info), ES_PTR(&fun_sys_exc_info)},
    {ES_QV(atexit), ES_PTR(&fun_sys_atexit)},
    {ES_QV(stdin), ES_PTR(&sys_stdin)},
    {ES_QV(stdout), ES_PTR(&sys_stdout)},
    {ES_QV(stderr), ES_PTR(&sys_stderr)},
    {ES_QV(__stdin__), ES_PTR(&sys_stdin)},
    {ES_QV(__stdout__), ES_PTR(&sys_stdout)},
    {ES_QV(__stderr__), ES_PTR(&sys_stderr)},
    {ES_QV(implementation), ES_PTR(&sys_implementation)},
    {ES_QV(byteorder), ES_QV(little)},
    {ES_QV(version), ES_QVAL(ES_QS(sys_version, "3.4.0; espy 0.1.0"))},
    {ES_QV(version_info), ES_PTR(&sys_version_info)},
    {ES_QV(maxsize), ES_PTR(&sys_maxsize)},
#if ES_CFG_PLATFORM_ESP8266
    {ES_QV(platform), ES_QV(esp8266)},
#else
    {ES_QV(__getattr__), ES_PTR(&fun_sys_getattr)},
#endif
    {ES_QV(argv), ES_PTR(&es_g.sys_argv_obj)},
    {ES_QV(path), ES_PTR(&es_g.sys_path_obj)},
    {ES_QV(modules), ES_PTR(&es_g.modules_obj)},
};
static ES_CONST_DICT(sys_dict, sys_table);

const es_module_t es_module_sys = {{&es_type_module}, ES_PTR(&sys_dict)};

// The attributes a program may rebind: sys.path (to any sequence: import
// reads lists and tuples), as MicroPython and CPython allow, and
// sys.stdin/stdout/stderr (any object with write/readline: print() and
// input() then use it; sys.__stdout__ and the others keep the console's).
// Deleting them is refused.
static es_val_t *rebindable(es_qstr_t name) {
    switch (name) {
    case ES_Q(path): return &es_g.sys_path;
    case ES_Q(stdin): return &es_g.sys_stdio[0];
    case ES_Q(stdout): return &es_g.sys_stdio[1];
    case ES_Q(stderr): return &es_g.sys_stdio[2];
    default: return NULL;
    }
}

es_val_t es_sys_load_attr(es_qstr_t name) {
    es_val_t *slot = rebindable(name);
    return slot != NULL ? *slot : ES_NULL;
}

bool es_sys_store_attr(es_qstr_t name, es_val_t value) {
    es_val_t *slot = rebindable(name);
    if (slot == NULL || value == ES_NULL) {
        return false;
    }
    *slot = value;
    return true;
}

es_val_t es_sys_stdout(void) {
    return es_g.sys_stdio[1];
}

bool es_sys_stdout_replaced(void) {
    return es_g.sys_stdio[1] != es_val(&sys_stdout);
}

// sys.argv = [] and sys.path = ["", ".frozen"] (the current directory,
// then the modules frozen into the firmware); the port adds to them.
void es_sys_init(void) {
    es_g.sys_argv_obj = (es_list_t){{&es_type_list}, 0, 0, NULL};
    es_g.sys_argv = es_val(&es_g.sys_argv_obj);
    es_g.sys_path_obj = (es_list_t){{&es_type_list}, 0, 0, NULL};
    es_g.sys_path = es_val(&es_g.sys_path_obj);
    es_list_append(es_g.sys_path, es_str_empty());
    es_list_append(es_g.sys_path, es_qstr_val(ES_QS(_frozen, ".frozen")));
    es_g.sys_stdio[0] = es_val(&sys_stdin);
    es_g.sys_stdio[1] = es_val(&sys_stdout);
    es_g.sys_stdio[2] = es_val(&sys_stderr);
}

void es_sys_path_board(void) {
    es_list_append(es_g.sys_path, es_qstr_val(ES_QS(_slash_lib, "/lib")));
    es_list_append(es_g.sys_path, es_qstr_val(ES_QS(slash, "/")));
}
