// SPDX-License-Identifier: MIT
// Exceptions: the built-in exception types (CPython's tree), exception
// objects, raising from C, tracebacks and the C-stack check.
//
// A traceback is a leaf block of (file, line, block) entries appended while
// an exception unwinds through frames, innermost first, and printed in
// reverse (most recent call last). Entries come from es_gc_alloc_maybe and
// are dropped when memory is short. The preallocated MemoryError owns a
// fixed buffer in es_g, so raising and unwinding it never allocates.
#include <stddef.h>
#include <string.h>

#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

typedef struct tb_entry {
    es_qstr_t file;
    es_qstr_t block; // ES_Q_NULL: no "in ..." part (SyntaxError)
    uint32_t line;
} tb_entry_t;

typedef struct tb {
    uint16_t len, alloc;
    bool fixed; // the MemoryError's buffer: never grown
    tb_entry_t e[];
} tb_t;

_Static_assert(offsetof(tb_t, e) == offsetof(es_fixed_tb_t, e)
    && sizeof(tb_entry_t) == sizeof(es_g.mem_error_tb.e[0])
    && offsetof(tb_t, fixed) == offsetof(es_fixed_tb_t, fixed),
    "the MemoryError's fixed traceback has the layout of a traceback");

// --- the exception object

// Exception instances are recognised by their type's flag, which classes
// deriving from an exception inherit.
bool es_is_exc(es_val_t v) {
    return es_is_obj(v) && (es_obj(v)->type->flags & ES_TYPE_EXCEPTION);
}

// An exception made in the emergency buffer when the heap cannot hold
// one (heap_lock, a full heap), as MicroPython: one buffer, reused by the
// next such exception; its args when they fit (else none), and a fixed
// traceback in the room left. ES_NULL without a buffer.
static es_val_t exc_emergency(const es_type_t *type, size_t n_args,
    const es_val_t *args) {
    uint8_t *buf = es_g.emg_buf;
    size_t size = es_g.emg_size, used = sizeof(es_exc_t);
    if (buf == NULL || size < used) {
        return ES_NULL;
    }
    es_exc_t *e = (es_exc_t *)buf;
    *e = (es_exc_t){{type}, es_val(&es_tuple_empty), NULL, ES_NULL, ES_NULL,
        ES_NULL};
    size_t tsize = sizeof(es_tuple_t) + n_args * sizeof(es_val_t);
    if (n_args > 0 && n_args < size && used + tsize <= size) {
        es_tuple_t *t = (es_tuple_t *)(buf + used);
        t->base.type = &es_type_tuple;
        t->len = n_args;
        memcpy(t->items, args, n_args * sizeof(es_val_t));
        e->args = es_val(t);
        used += tsize;
    }
    used = (used + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    if (used + sizeof(tb_t) + sizeof(tb_entry_t) <= size) {
        tb_t *tb = (tb_t *)(buf + used);
        size_t n = (size - used - sizeof(tb_t)) / sizeof(tb_entry_t);
        tb->len = 0;
        tb->alloc = (uint16_t)(n < 0xffff ? n : 0xffff);
        tb->fixed = true;
        e->traceback = tb;
    }
    return es_val(e);
}

void es_exc_alloc_emergency(size_t size) {
    es_g.emg_buf = NULL; // the old one goes to the collector
    es_g.emg_size = 0;
    es_g.emg_buf = size > 0 ? es_gc_alloc(size, 0) : NULL;
    es_g.emg_size = size;
}

// Whether an exception may go without its args or message when the heap
// cannot hold them: only while the heap is locked (MicroPython's emergency
// exceptions). Otherwise the MemoryError surfaces: an exception that lost
// its message would be caught and reported as if nothing went wrong.
static bool exc_may_go_without(void) {
    return es_g.gc.lock_depth != 0;
}

// Without room for the args tuple the exception has none while the heap is
// locked (MicroPython), else MemoryError.
es_val_t es_exc_new(const es_type_t *type, size_t n_args,
    const es_val_t *args) {
    es_exc_t *e = es_gc_alloc_maybe(sizeof(es_exc_t), 0);
    if (e == NULL) {
        es_val_t v = exc_emergency(type, n_args, args);
        if (v == ES_NULL) {
            es_raise_mem_error();
        }
        return v;
    }
    e->base.type = type;
    e->args = es_val(&es_tuple_empty);
    if (n_args > 0) { // e is unreachable: a failure leaves it to the collector
        es_val_t t = exc_may_go_without() ? es_tuple_new_maybe(n_args, args)
            : es_tuple_new(n_args, args);
        e->args = t != ES_NULL ? t : e->args;
    }
    return es_val(e);
}

static void exc_args(es_val_t self, size_t *n, es_val_t **items) {
    es_tuple_get(((es_exc_t *)self)->args, n, items);
}

// errno values (Linux numbering, as MicroPython uses) with the CPython
// subclass of OSError that OSError(errno, msg) becomes.
typedef struct errno_info {
    int32_t code; // a word: the table lies in flash (core/rom.h)
    const es_type_t *type;
} errno_info_t;

static const errno_info_t errno_table[] = {
    {1, &es_type_PermissionError},
    {2, &es_type_FileNotFoundError},
    {11, &es_type_BlockingIOError},
    {13, &es_type_PermissionError},
    {17, &es_type_FileExistsError},
    {20, &es_type_NotADirectoryError},
    {21, &es_type_IsADirectoryError},
    {110, &es_type_TimeoutError},
    {111, &es_type_ConnectionError},
};

static const errno_info_t *errno_find(es_val_t code) {
    if (!es_is_small(code)) {
        return NULL;
    }
    for (size_t i = 0; i < ES_ARRAY_SIZE(errno_table); i++) {
        if (errno_table[i].code == es_small_get(code)) {
            return &errno_table[i];
        }
    }
    return NULL;
}

// Calling an exception type: every positional argument goes into args.
es_val_t es_exc_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if (n_kw != 0) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q() takes no keyword arguments"), (es_qstr_t)type->name);
    }
    // OSError(errno, msg) becomes the matching subclass, as in CPython.
    if (type == &es_type_OSError && n_args >= 2) {
        const errno_info_t *info = errno_find(args[0]);
        if (info != NULL) {
            type = info->type;
        }
    }
    return es_exc_new(type, n_args, args);
}

// OSError for a port's negative errno: plain OSError(errno), printed as
// MicroPython does ("[Errno 2] ENOENT").
ES_NORETURN void es_raise_os_error(int err) {
    es_val_t code = es_small_new(err < 0 ? -err : err);
    es_raise(es_exc_new(&es_type_OSError, 1, &code));
}

// MicroPython's text of a plain OSError whose errno has a name in the
// errno module: "[Errno 2] ENOENT", "[Errno 5] EIO: msg", or the args
// tuple for three; false for any other exception.
static bool print_os_error_mp(const es_print_t *p, es_val_t self, size_t n,
    es_val_t *items) {
    es_qstr_t name = n > 0 && es_obj(self)->type == &es_type_OSError
        ? es_errno_name(items[0]) : ES_Q_NULL;
    if (name == ES_Q_NULL) {
        return false;
    }
    if (n > 2) {
        es_print_val(p, ((es_exc_t *)self)->args, ES_PRINT_REPR);
        return true;
    }
    es_printf(p, "[Errno %S] %q", items[0], name);
    if (n == 2) {
        es_printf(p, ": %S", items[1]);
    }
    return true;
}

// The (filename, lineno, offset, text...) of SyntaxError(msg, details),
// or NULL for other exceptions and other arguments.
static const es_val_t *syntax_details(es_val_t self) {
    size_t n, k;
    es_val_t *items, *d;
    exc_args(self, &n, &items);
    if (n != 2 || !es_issubclass(es_obj(self)->type, &es_type_SyntaxError)
        || !es_is_type(items[1], &es_type_tuple)) {
        return NULL;
    }
    es_tuple_get(items[1], &k, &d);
    return k >= 4 ? d : NULL;
}

// str(): nothing, the one argument (KeyError: its repr), or the args tuple.
static void exc_print_str(const es_print_t *p, es_val_t self) {
    size_t n;
    es_val_t *items;
    exc_args(self, &n, &items);
    const es_type_t *t = es_obj(self)->type;
    if (print_os_error_mp(p, self, n, items)) {
        return;
    }
    const es_val_t *where = syntax_details(self);
    if (n == 0 && es_issubclass(t, &es_type_SyntaxError)) {
        es_print_cstr(p, "None"); // its msg, as CPython
        return;
    }
    if (where != NULL) { // msg (file, line N), as CPython
        es_printf(p, where[1] == ES_NONE ? "%S (%S)" : where[0] == ES_NONE
            ? "%S (line %S)" : "%S (%S, line %S)", items[0],
            where[0] == ES_NONE ? where[1] : where[0], where[1]);
        return;
    }
    if (es_issubclass(t, &es_type_OSError) && n >= 2 && n <= 3) {
        es_printf(p, "[Errno %S] %S", items[0], items[1]);
        if (n == 3) {
            es_printf(p, ": %r", items[2]);
        }
    } else if (n == 1) {
        es_print_val(p, items[0], es_issubclass(t, &es_type_KeyError) ? ES_PRINT_REPR
            : ES_PRINT_STR);
    } else if (n > 1) {
        es_print_val(p, ((es_exc_t *)self)->args, ES_PRINT_REPR);
    }
}

// repr(): Name(arg) for one argument, else Name followed by the args tuple.
// An OS error (plain OSError with an int code first) prints as
// MicroPython's, the args tuple even for one argument: OSError(2,).
void es_exc_print_val(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    if (kind == ES_PRINT_STR) {
        exc_print_str(p, self);
        return;
    }
    size_t n;
    es_val_t *items;
    exc_args(self, &n, &items);
    es_printf(p, "%q", (es_qstr_t)es_obj(self)->type->name);
    bool os_error = n > 0 && es_obj(self)->type == &es_type_OSError
        && es_is_int(items[0]);
    if (n == 1 && !os_error) {
        es_printf(p, "(%r)", items[0]);
    } else {
        es_print_val(p, ((es_exc_t *)self)->args, ES_PRINT_REPR);
    }
}

static es_val_t or_none(es_val_t v) {
    return v == ES_NULL ? ES_NONE : v;
}

// Attributes that depend on the type: StopIteration.value, SystemExit.code,
// OSError.errno/strerror.
static es_val_t exc_typed_attr(es_val_t self, es_qstr_t name) {
    size_t n;
    es_val_t *items;
    exc_args(self, &n, &items);
    const es_type_t *t = es_obj(self)->type;
    if (name == ES_Q(value) && es_issubclass(t, &es_type_StopIteration)) {
        return n > 0 ? items[0] : ES_NONE;
    }
    if (name == ES_Q(code) && es_issubclass(t, &es_type_SystemExit)) {
        return n == 0 ? ES_NONE : n == 1 ? items[0]
            : ((es_exc_t *)self)->args;
    }
    if (es_issubclass(t, &es_type_SyntaxError)) {
        // msg, and filename, lineno, offset, text from the details
        static const es_qstr_t names[] = {ES_Q(filename), ES_Q(lineno),
            ES_Q(offset), ES_Q(text)};
        if (name == ES_Q(msg)) {
            return n > 0 ? items[0] : ES_NONE;
        }
        const es_val_t *where = syntax_details(self);
        for (size_t i = 0; i < ES_ARRAY_SIZE(names); i++) {
            if (name == names[i]) { // words: flash reads them
                return where != NULL ? where[i] : ES_NONE;
            }
        }
    }
    if (es_issubclass(t, &es_type_OSError)) {
        if (name == ES_Q(errno)) {
            return n >= 2 || n == 1 ? items[0] : ES_NONE;
        }
        if (name == ES_Q(strerror)) {
            return n >= 2 ? items[1] : ES_NONE;
        }
        if (name == ES_Q(filename)) {
            return n >= 3 ? items[2] : ES_NONE;
        }
    }
    return ES_NULL;
}

// The attributes every exception has; then the instance's own (set by
// Python code); then the type-specific ones.
es_val_t es_exc_load_attr(es_val_t self, es_qstr_t name) {
    es_exc_t *e = (es_exc_t *)self;
    if (name == ES_Q(args)) {
        return e->args;
    }
    if (name == ES_Q(__cause__)) {
        return or_none(e->cause);
    }
    if (name == ES_Q(__context__)) {
        return or_none(e->context);
    }
    if (name == ES_Q(__traceback__)) {
        return ES_NONE;
    }
    if (e->dict != ES_NULL) {
        es_val_t v = es_dict_get(e->dict, es_qstr_val(name));
        if (v != ES_NULL) {
            return v;
        }
    }
    return exc_typed_attr(self, name);
}

// __cause__ and __context__ are checked; any other name goes to the
// instance's dict (made at the first store); args may be set, not deleted.
bool es_exc_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    es_exc_t *e = (es_exc_t *)self;
    if (name == ES_Q(__cause__) || name == ES_Q(__context__)) {
        if (value != ES_NULL && value != ES_NONE && !es_is_exc(value)) {
            es_raise_msg(&es_type_TypeError, ES_ERR(
                "exception cause must be None or derive from BaseException"));
        }
        value = value == ES_NONE ? ES_NULL : value;
        *(name == ES_Q(__cause__) ? &e->cause : &e->context) = value;
        return true;
    }
    if (name == ES_Q(__traceback__) && value == ES_NONE) {
        tb_t *tb = e->traceback; // emptied, its room kept (heap_lock)
        if (tb != NULL) {
            tb->len = 0;
        }
        return true;
    }
    if (name == ES_Q(args)) {
        if (value != ES_NULL) { // e.args = iterable: stored as a tuple
            e->args = es_is_tuple(value) ? value
                : es_call(es_val(&es_type_tuple), 1, 0, &value);
        }
        return value != ES_NULL;
    }
    if (value == ES_NULL) {
        if (e->dict == ES_NULL || es_map_lookup(es_dict_map(e->dict),
                es_qstr_val(name), ES_MAP_REMOVE) == NULL) {
            return false;
        }
        return true;
    }
    if (e->dict == ES_NULL) {
        e->dict = es_dict_new(1);
    }
    es_dict_store(e->dict, es_qstr_val(name), value);
    return true;
}

// --- the types. Each names its CPython parent.

#define EXC(id, qname, par) const es_type_t es_type_##id = { \
    .base = {&es_type_type}, .name = (qname), .parent = (par), \
    ES_EXC_FIELDS }

// BaseException.__init__(self, *args) sets args (super().__init__(msg)).
static es_val_t exc_init(size_t n_args, const es_val_t *args) {
    if (!es_is_exc(args[0])) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("descriptor '__init__' requires a 'BaseException' object"));
    }
    ((es_exc_t *)args[0])->args = es_tuple_new(n_args - 1, args + 1);
    return ES_NONE;
}
static ES_FUN_VAR(fun_exc_init, 1, ES_FUN_ARGS_MAX, exc_init);

static const es_map_elem_t exc_locals_table[] = {
    {ES_QV(__init__), ES_PTR(&fun_exc_init)},
};
static ES_CONST_DICT(exc_locals, exc_locals_table);

const es_type_t es_type_BaseException = {
    .base = {&es_type_type}, .name = ES_Q(BaseException),
    .parent = &es_type_object, ES_EXC_FIELDS, .locals = ES_PTR(&exc_locals),
};
EXC(SystemExit, ES_Q(SystemExit), &es_type_BaseException);
EXC(KeyboardInterrupt, ES_Q(KeyboardInterrupt), &es_type_BaseException);
EXC(GeneratorExit, ES_Q(GeneratorExit), &es_type_BaseException);
EXC(Exception, ES_Q(Exception), &es_type_BaseException);
EXC(StopIteration, ES_Q(StopIteration), &es_type_Exception);
EXC(StopAsyncIteration, ES_Q(StopAsyncIteration), &es_type_Exception);
EXC(ArithmeticError, ES_Q(ArithmeticError), &es_type_Exception);
EXC(OverflowError, ES_Q(OverflowError), &es_type_ArithmeticError);
EXC(ZeroDivisionError, ES_Q(ZeroDivisionError), &es_type_ArithmeticError);
EXC(AssertionError, ES_Q(AssertionError), &es_type_Exception);
EXC(AttributeError, ES_Q(AttributeError), &es_type_Exception);
EXC(EOFError, ES_Q(EOFError), &es_type_Exception);
EXC(ImportError, ES_Q(ImportError), &es_type_Exception);
EXC(ModuleNotFoundError, ES_Q(ModuleNotFoundError), &es_type_ImportError);
EXC(LookupError, ES_Q(LookupError), &es_type_Exception);
EXC(IndexError, ES_Q(IndexError), &es_type_LookupError);
EXC(KeyError, ES_Q(KeyError), &es_type_LookupError);
EXC(MemoryError, ES_Q(MemoryError), &es_type_Exception);
EXC(NameError, ES_Q(NameError), &es_type_Exception);
EXC(UnboundLocalError, ES_Q(UnboundLocalError), &es_type_NameError);
EXC(OSError, ES_Q(OSError), &es_type_Exception);
EXC(FileNotFoundError, ES_Q(FileNotFoundError), &es_type_OSError);
EXC(FileExistsError, ES_Q(FileExistsError), &es_type_OSError);
EXC(PermissionError, ES_Q(PermissionError), &es_type_OSError);
EXC(IsADirectoryError, ES_Q(IsADirectoryError), &es_type_OSError);
EXC(NotADirectoryError, ES_Q(NotADirectoryError), &es_type_OSError);
EXC(TimeoutError, ES_Q(TimeoutError), &es_type_OSError);
EXC(BlockingIOError, ES_Q(BlockingIOError), &es_type_OSError);
EXC(ConnectionError, ES_Q(ConnectionError), &es_type_OSError);
EXC(RuntimeError, ES_Q(RuntimeError), &es_type_Exception);
EXC(NotImplementedError, ES_Q(NotImplementedError), &es_type_RuntimeError);
EXC(RecursionError, ES_Q(RecursionError), &es_type_RuntimeError);
EXC(SyntaxError, ES_Q(SyntaxError), &es_type_Exception);
EXC(IndentationError, ES_Q(IndentationError), &es_type_SyntaxError);
EXC(TabError, ES_Q(TabError), &es_type_IndentationError);
EXC(TypeError, ES_Q(TypeError), &es_type_Exception);
EXC(ValueError, ES_Q(ValueError), &es_type_Exception);
EXC(UnicodeError, ES_Q(UnicodeError), &es_type_ValueError);

// --- raising

// A type is called to make the instance (so a class's __init__ runs).
void es_raise(es_val_t exc) {
    if (es_is_obj(exc) && es_obj(exc)->type == &es_type_type
        && (((const es_type_t *)exc)->flags & ES_TYPE_EXCEPTION)) {
        exc = es_call(exc, 0, 0, NULL);
    }
    if (!es_is_exc(exc)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("exceptions must derive from BaseException"));
    }
    es_nlr_jump(exc);
}

// An exception of [type] with the one str argument [msg], or ES_NULL when
// the arena cannot hold it.
static es_val_t exc_with_msg_maybe(const es_type_t *type, const char *msg) {
    volatile es_val_t v = ES_NULL;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t s = es_str_from_cstr(msg);
        v = es_exc_new(type, 1, &s);
        es_nlr_pop();
    }
    return v;
}

// The str of the [len] bytes of text at [msg], or ES_NULL when the heap is
// locked and cannot hold it (without the lock: MemoryError).
static es_val_t msg_maybe(const char *msg, size_t len) {
    if (!exc_may_go_without()) {
        return es_str_new(msg, len);
    }
    volatile es_val_t v = ES_NULL;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        v = es_str_new(msg, len);
        es_nlr_pop();
    }
    return v;
}

void es_raise_msg(const es_type_t *type, const char *msg) {
    if (type == &es_type_RecursionError && msg != NULL) {
        // Deep recursion may have filled the arena: fall back to the
        // preallocated instance rather than turning it into MemoryError.
        es_val_t e = exc_with_msg_maybe(type, msg);
        if (e == ES_NULL && es_g.recursion_error != ES_NULL) {
            e = es_g.recursion_error;
            es_exc_clear_traceback(e);
            ((es_exc_t *)e)->cause = ((es_exc_t *)e)->context = ES_NULL;
        }
        if (e != ES_NULL) {
            es_nlr_jump(e);
        }
    }
    // without room for the message the exception goes without (heap_lock)
    es_val_t s = msg != NULL ? msg_maybe(msg, strlen(msg)) : ES_NULL;
    es_nlr_jump(es_exc_new(type, s != ES_NULL, &s));
}

void es_raise_fmt(const es_type_t *type, const char *fmt, ...) {
    char stage[80];
    es_vstr_t v;
    es_print_t p;
    es_vstr_init_on(&v, stage, sizeof(stage));
    es_vstr_printer(&v, &p);
    va_list ap;
    va_start(ap, fmt);
    es_vprintf(&p, fmt, ap);
    va_end(ap);
    // without room for the message the exception goes without (heap_lock)
    es_val_t s = msg_maybe(v.buf, v.len);
    es_vstr_drop(&v);
    es_nlr_jump(es_exc_new(type, s != ES_NULL, &s));
}

// Reuses the one preallocated instance: no allocation, so it works when
// the arena is full. Its traceback restarts at each raise.
void es_raise_mem_error(void) {
    es_val_t e = es_g.mem_error;
    if (e == ES_NULL) {
        port_fatal("MemoryError before the interpreter started");
    }
    es_exc_clear_traceback(e);
    ((es_exc_t *)e)->cause = ((es_exc_t *)e)->context = ES_NULL;
    es_nlr_jump(e);
}

// The preallocated RecursionError's args: its message, a const interned
// name.
static ES_CONST_TUPLE(recursion_args, 1,
    ES_QVAL(ES_QS(max_recursion_depth, "maximum recursion depth exceeded")));

// Both preallocated exceptions live in es_g: no heap at start-up.
static es_val_t init_static(es_exc_t *e, const es_type_t *type,
    es_val_t args, void *traceback) {
    *e = (es_exc_t){{type}, args, traceback, ES_NULL, ES_NULL, ES_NULL};
    return es_val(e);
}

void es_exc_init(void) {
    tb_t *tb = (tb_t *)&es_g.mem_error_tb;
    tb->len = 0;
    tb->alloc = ES_ARRAY_SIZE(es_g.mem_error_tb.e);
    tb->fixed = true;
    es_g.mem_error = init_static(&es_g.mem_error_obj, &es_type_MemoryError,
        es_val(&es_tuple_empty), tb);
    es_g.recursion_error = init_static(&es_g.recursion_error_obj,
        &es_type_RecursionError, es_val(&recursion_args), NULL);
    init_static(&es_g.kbd_intr_obj, &es_type_KeyboardInterrupt,
        es_val(&es_tuple_empty), NULL);
    es_g.intr_char = 3;
}

void es_kbd_interrupt(void) {
    es_g.pending_exc = es_val(&es_g.kbd_intr_obj);
    es_g.pending = 1;
}

// `except match`: match must be an exception type or a tuple of them.
bool es_exc_match(es_val_t exc, es_val_t match) {
    if (es_is_tuple(match)) {
        size_t n;
        es_val_t *items;
        es_tuple_get(match, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (es_exc_match(exc, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!es_is_obj(match) || es_obj(match)->type != &es_type_type
        || !(((const es_type_t *)match)->flags & ES_TYPE_EXCEPTION)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("catching classes that do "
            "not inherit from BaseException is not allowed"));
    }
    const es_type_t *t = es_obj(exc)->type == &es_type_type
        ? (const es_type_t *)exc : es_type_of(exc);
    return es_issubclass(t, (const es_type_t *)match);
}

// --- tracebacks

// The MemoryError keeps its fixed buffer; others drop theirs to the
// collector.
void es_exc_clear_traceback(es_val_t exc) {
    if (!es_is_exc(exc)) {
        return;
    }
    es_exc_t *e = (es_exc_t *)exc;
    tb_t *tb = e->traceback;
    if (tb != NULL && tb->fixed) {
        tb->len = 0;
    } else {
        e->traceback = NULL;
    }
}

// Room for one more entry, growing when allowed; NULL to drop it.
static tb_t *tb_reserve(es_exc_t *e) {
    tb_t *tb = e->traceback;
    if (tb == NULL) {
        tb = es_gc_alloc_maybe(sizeof(tb_t) + 4 * sizeof(tb_entry_t),
            ES_GC_LEAF);
        if (tb != NULL) {
            tb->alloc = 4;
            e->traceback = tb;
        }
        return tb;
    }
    if (tb->len < tb->alloc) {
        return tb;
    }
    if (tb->fixed || tb->alloc >= 0x4000) {
        return NULL;
    }
    size_t n = (size_t)tb->alloc * 2;
    tb_t *grown = es_gc_realloc_maybe(tb, sizeof(tb_t) + n * sizeof(tb_entry_t));
    if (grown == NULL) {
        return NULL;
    }
    grown->alloc = (uint16_t)n;
    e->traceback = grown;
    return grown;
}

void es_exc_add_traceback(es_val_t exc, es_qstr_t file, size_t line,
    es_qstr_t block) {
    if (!es_is_exc(exc)) {
        return;
    }
    es_exc_t *e = (es_exc_t *)exc;
    tb_t *tb = tb_reserve(e);
    if (tb != NULL) {
        tb->e[tb->len++] = (tb_entry_t){file, block, (uint32_t)line};
    } else if (e->traceback != NULL && ((tb_t *)e->traceback)->len > 0) {
        // Full: the outermost frames matter most, so overwrite the last.
        tb = e->traceback;
        tb->e[tb->len - 1] = (tb_entry_t){file, block, (uint32_t)line};
    }
}

// SyntaxError(msg, (file, line, ...)) as the compiler may make it: print
// the location as a traceback line; returns true when it did.
static bool print_syntax_location(const es_print_t *p, es_val_t exc) {
    size_t n, nd;
    es_val_t *items, *detail;
    exc_args(exc, &n, &items);
    if (n < 2 || !es_is_tuple(items[1])) {
        return false;
    }
    es_tuple_get(items[1], &nd, &detail);
    if (nd < 2) {
        return false;
    }
    es_printf(p, "  File \"%S\", line %S\n", detail[0], detail[1]);
    return true;
}

// The last line: "Type: message", or "Type" when the message is empty.
static void print_exc_line(const es_print_t *p, es_val_t exc) {
    size_t n;
    es_val_t *items;
    exc_args(exc, &n, &items);
    bool syntax = es_isinstance(exc, &es_type_SyntaxError) && n >= 1;
    char stage[80]; // a short message needs no heap (heap_lock)
    es_vstr_t v;
    es_print_t vp;
    es_vstr_init_on(&v, stage, sizeof(stage));
    es_vstr_printer(&v, &vp);
    if (syntax) {
        es_print_val(&vp, items[0], ES_PRINT_STR);
    } else {
        es_print_val(&vp, exc, ES_PRINT_STR);
    }
    // The name only once the message is built: when building it fails,
    // es_exc_print prints the name alone instead (never twice).
    es_printf(p, "%q", (es_qstr_t)es_obj(exc)->type->name);
    if (v.len > 0) {
        es_print_cstr(p, ": ");
        es_print_strn(p, v.buf, v.len);
    }
    es_vstr_drop(&v);
    es_print_cstr(p, "\n");
}

// The message line without allocating: for MemoryError and when building
// the message fails.
static void print_exc_line_plain(const es_print_t *p, es_val_t exc) {
    es_printf(p, "%q\n", (es_qstr_t)es_obj(exc)->type->name);
}

static bool same_entry(const tb_entry_t *a, const tb_entry_t *b) {
    return a->file == b->file && a->line == b->line && a->block == b->block;
}

static void print_repeats(const es_print_t *p, size_t repeats) {
    if (repeats > 3) {
        es_printf(p, "  [Previous line repeated %u more time%s]\n",
            (unsigned)(repeats - 3), repeats - 3 == 1 ? "" : "s");
    }
}

// The entries outermost first; a line repeated more than three times in a
// row (deep recursion) is summarised as CPython does.
static void print_entries(const es_print_t *p, const tb_t *tb) {
    bool any_block = false;
    for (size_t i = 0; i < tb->len; i++) {
        any_block |= tb->e[i].block != ES_Q_NULL;
    }
    if (any_block) {
        es_print_cstr(p, "Traceback (most recent call last):\n");
    }
    size_t repeats = 0;
    for (size_t i = tb->len; i-- > 0;) {
        const tb_entry_t *e = &tb->e[i];
        if (i + 1 < tb->len && same_entry(e, &tb->e[i + 1])) {
            if (++repeats >= 3) {
                continue;
            }
        } else {
            print_repeats(p, repeats + 1);
            repeats = 0;
        }
        es_printf(p, "  File \"%q\", line %u", e->file, (unsigned)e->line);
        if (e->block != ES_Q_NULL) {
            es_printf(p, ", in %q", e->block);
        }
        es_print_cstr(p, "\n");
    }
    print_repeats(p, repeats + 1);
}

// The uncaught-exception report. The last line is built in a vstr first so
// that a failing __str__ (or a full arena) still leaves the type's name.
void es_exc_print(const es_print_t *p, es_val_t exc) {
    if (!es_is_exc(exc)) {
        es_printf(p, "%r\n", exc);
        return;
    }
    const tb_t *tb = ((es_exc_t *)exc)->traceback;
    if (tb != NULL && tb->len > 0) {
        print_entries(p, tb);
    }
    if (es_isinstance(exc, &es_type_SyntaxError)) {
        print_syntax_location(p, exc);
    }
    if (exc == es_g.mem_error) {
        print_exc_line_plain(p, exc);
        return;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        print_exc_line(p, exc);
        es_nlr_pop();
    } else {
        print_exc_line_plain(p, exc);
    }
}

// --- the C stack

// The address of a local is the current stack depth; the stack grows down
// on every supported CPU.
void es_stack_check(void) {
    volatile char here;
    uintptr_t top = (uintptr_t)es_g.stack_top;
    uintptr_t sp = (uintptr_t)&here;
    if (es_g.stack_limit != 0 && top > sp && top - sp > es_g.stack_limit) {
        es_raise_msg(&es_type_RecursionError,
            ES_ERR("maximum recursion depth exceeded"));
    }
}
