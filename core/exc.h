// SPDX-License-Identifier: MIT
// Exceptions: the exception object, the built-in exception types, raising
// from C, tracebacks, and the C-stack check. Raising functions never return
// (es_raise_*); they unwind through core/nlr.h.
#ifndef ES_EXC_H
#define ES_EXC_H

#include "obj.h"

// An instance of BaseException or a subclass.
typedef struct es_exc {
    es_obj_t base;
    es_val_t args;      // tuple
    void *traceback;    // entries added while unwinding (core/exc.c), or NULL
    es_val_t cause;     // __cause__ or ES_NULL
    es_val_t context;   // __context__ or ES_NULL
    es_val_t dict;      // attributes of subclass instances, or ES_NULL
} es_exc_t;

// The built-in exception types, CPython's tree
// (spec/language-decisions.md). Declared for each name in the X-list below.
#define ES_EXC_TYPES(X) \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) \
    X(Exception) X(StopIteration) X(ArithmeticError) X(OverflowError) \
    X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(EOFError) \
    X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) \
    X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) \
    X(OSError) X(RuntimeError) X(NotImplementedError) X(RecursionError) \
    X(SyntaxError) X(IndentationError) X(TypeError) X(ValueError) \
    X(UnicodeError) X(StopAsyncIteration) X(FileNotFoundError) \
    X(FileExistsError) X(PermissionError) X(IsADirectoryError) \
    X(NotADirectoryError) X(TimeoutError) X(BlockingIOError) \
    X(ConnectionError) X(TabError)
#define ES_EXC_DECLARE(name) extern const es_type_t es_type_##name;
ES_EXC_TYPES(ES_EXC_DECLARE)
#undef ES_EXC_DECLARE

// The slots of every exception type, for one defined outside exc.c (a
// module's own error, such as re.error): print, make_new, attributes.
void es_exc_print_val(const es_print_t *p, es_val_t self,
    es_print_kind_t kind);
es_val_t es_exc_make_new(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args);
es_val_t es_exc_load_attr(es_val_t self, es_qstr_t name);
bool es_exc_store_attr(es_val_t self, es_qstr_t name, es_val_t value);
#define ES_EXC_FIELDS \
    .flags = ES_TYPE_EXCEPTION | ES_TYPE_BASETYPE, \
    .print = es_exc_print_val, .make_new = es_exc_make_new, \
    .load_attr = es_exc_load_attr, .store_attr = es_exc_store_attr

// Make an exception of [type] with [n_args] args (none when the arena has
// no room for them). When the arena cannot hold the exception itself it is
// made in the emergency buffer, if there is one, else MemoryError is
// raised.
es_val_t es_exc_new(const es_type_t *type, size_t n_args, const es_val_t *args);
// Make the VM raise KeyboardInterrupt at its next poll (Ctrl-C, or the
// port's interrupt character, micropython.kbd_intr). The instance is
// preallocated: no allocation, safe from a signal or interrupt handler.
void es_kbd_interrupt(void);
// micropython.alloc_emergency_exception_buf: a buffer of [size] bytes
// (0: none) where exceptions are made when the heap is locked or full;
// one at a time, the next overwrites it. Raises MemoryError.
void es_exc_alloc_emergency(size_t size);

// Raise [exc]: an exception instance, or a type (instantiated with no
// args). Anything else raises TypeError.
ES_NORETURN void es_raise(es_val_t exc);
// Raise [type]([msg]); msg may be NULL for no args.
ES_NORETURN void es_raise_msg(const es_type_t *type, const char *msg);
// Raise [type] with a message formatted by es_printf (core/print.h).
ES_NORETURN void es_raise_fmt(const es_type_t *type, const char *fmt, ...);
// Raise the preallocated MemoryError; never allocates.
ES_NORETURN void es_raise_mem_error(void);

// Raise OSError(errno) for a negative-errno code [err] (e.g. -ENOENT): a
// plain OSError with the one argument, as MicroPython (str "[Errno 2]
// ENOENT"; spec/language-decisions.md).
ES_NORETURN void es_raise_os_error(int err);

// Is [exc] (instance or type) an instance of [match], a type or a tuple of
// types?
bool es_exc_match(es_val_t exc, es_val_t match);

// Append a traceback entry; never raises (drops the entry when memory is
// short).
void es_exc_add_traceback(es_val_t exc, es_qstr_t file, size_t line,
    es_qstr_t block);
// Forget [exc]'s traceback entries (the VM calls this when a fresh raise
// starts; a re-raise keeps them). Never raises.
void es_exc_clear_traceback(es_val_t exc);
// Is [v] an exception instance?
bool es_is_exc(es_val_t v);
// Set up the preallocated MemoryError (es_g.mem_error, with its fixed
// traceback buffer) and RecursionError, which live in es_g; called by
// es_init. Never allocates or raises.
void es_exc_init(void);
// Print "Traceback (most recent call last):", the entries and the
// "Type: message" line, in MicroPython's format.
void es_exc_print(const es_print_t *p, es_val_t exc);

// Raise RecursionError when the C stack has grown past es_g.stack_limit.
// Every C path that recurses on user data calls this.
void es_stack_check(void);

#endif
