// SPDX-License-Identifier: MIT
// The sys module. Its constant part (functions, streams, implementation) is
// a const table; es_sys_init copies it into a fresh dict per interpreter and
// adds the mutable parts (argv, path, modules), so a program may change
// sys.path or sys.argv and the next interpreter starts clean.
#include <string.h>

#include "builtins.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
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

#ifndef ES_CFG_PLATFORM
#define ES_CFG_PLATFORM "linux"
#endif

#define ESPY_VERSION "0.1.0"

// --- stdin, stdout, stderr: objects naming a console file descriptor

typedef struct stream {
    es_obj_t base;
    int fd;
} stream_t;

static int stream_fd(es_val_t self) {
    return ((const stream_t *)self)->fd;
}

static es_val_t stream_write(es_val_t self, es_val_t s) {
    if (!es_is_str(s)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("write() argument must be str, not %T"), s);
    }
    size_t n;
    const char *d = es_str_data(s, &n);
    port_write(stream_fd(self), d, n);
    return es_small_new((es_int_t)es_utf8_count(d, n));
}
static ES_FUN_2(fun_stream_write, stream_write);

static es_val_t stream_flush(es_val_t self) {
    ES_UNUSED(self);
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
    return es_vstr_to_str(&v);
}
static ES_FUN_1(fun_stream_readline, stream_readline);

static void stream_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "<io.TextIOWrapper %d>", stream_fd(self));
}

static const es_map_elem_t stream_locals_table[] = {
    {ES_QV(write), ES_PTR(&fun_stream_write)},
    {ES_QV(flush), ES_PTR(&fun_stream_flush)},
    {ES_QV(readline), ES_PTR(&fun_stream_readline)},
};
static ES_CONST_DICT(stream_locals, stream_locals_table);

static const es_type_t stream_type = {
    .base = {&es_type_type},
    .name = ES_Q(TextIOWrapper),
    .parent = &es_type_object,
    .print = stream_print,
    .locals = ES_PTR(&stream_locals),
};

static const stream_t sys_stdin = {{&stream_type}, 0};
static const stream_t sys_stdout = {{&stream_type}, 1};
static const stream_t sys_stderr = {{&stream_type}, 2};

// --- sys.implementation

static es_val_t impl_load_attr(es_val_t self, es_qstr_t name) {
    ES_UNUSED(self);
    if (name == ES_Q(name)) {
        return es_qstr_val(ES_Q(micropython));
    }
    if (name == ES_Q(_machine)) {
        return es_str_from_cstr("espy " ESPY_VERSION " on " ES_CFG_PLATFORM);
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

// print_exception(exc, file=sys.stdout)
static es_val_t sys_print_exception(size_t n_args, const es_val_t *args) {
    es_val_t file = n_args > 1 ? args[1] : es_val(&sys_stdout);
    if (es_is_type(file, &stream_type)) {
        es_exc_print(stream_fd(file) == 2 ? &es_print_stderr : &es_print_stdout,
            args[0]);
        return ES_NONE;
    }
    es_vstr_t v;
    es_print_t p;
    es_vstr_init(&v, 64);
    es_vstr_printer(&v, &p);
    es_exc_print(&p, args[0]);
    es_val_t dest[3];
    es_load_method(file, ES_Q(write), dest);
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

static const es_map_elem_t sys_table[] = {
    {ES_QV(__name__), ES_QV(sys)},
    {ES_QV(exit), ES_PTR(&fun_sys_exit)},
    {ES_QV(print_exception), ES_PTR(&fun_sys_print_exception)},
    {ES_QV(exc_info), ES_PTR(&fun_sys_exc_info)},
    {ES_QV(stdin), ES_PTR(&sys_stdin)},
    {ES_QV(stdout), ES_PTR(&sys_stdout)},
    {ES_QV(stderr), ES_PTR(&sys_stderr)},
    {ES_QV(implementation), ES_PTR(&sys_implementation)},
    {ES_QV(byteorder), ES_QV(little)},
};

// The values made per interpreter: version strings and tuples, maxsize.
static void add_made(es_val_t g) {
    es_dict_store(g, es_qstr_val(ES_Q(version)),
        es_str_from_cstr("3.4.0; espy " ESPY_VERSION));
    es_val_t vi[3] = {es_small_new(3), es_small_new(4), es_small_new(0)};
    es_dict_store(g, es_qstr_val(ES_Q(version_info)), es_tuple_new(3, vi));
    es_dict_store(g, es_qstr_val(ES_Q(maxsize)), es_int_from_ll(INTPTR_MAX));
    es_dict_store(g, es_qstr_val(ES_Q(platform)),
        es_str_from_cstr(ES_CFG_PLATFORM));
}

void es_sys_init(void) {
    es_module_t *m = es_gc_alloc(sizeof(es_module_t), 0);
    m->base.type = &es_type_module;
    es_val_t g = m->globals = es_dict_new(ES_ARRAY_SIZE(sys_table) + 8);
    for (size_t i = 0; i < ES_ARRAY_SIZE(sys_table); i++) {
        es_dict_store(g, sys_table[i].key, sys_table[i].value);
    }
    add_made(g);
    es_g.sys_argv = es_list_new(0, NULL);
    es_g.sys_path = es_list_new(0, NULL);
    es_list_append(es_g.sys_path, es_str_empty());
    es_dict_store(g, es_qstr_val(ES_Q(argv)), es_g.sys_argv);
    es_dict_store(g, es_qstr_val(ES_Q(path)), es_g.sys_path);
    es_dict_store(g, es_qstr_val(ES_Q(modules)), es_g.modules);
    es_dict_store(es_g.modules, es_qstr_val(ES_Q(sys)), es_val(m));
}
