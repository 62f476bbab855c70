// SPDX-License-Identifier: MIT
// The interpreter's life cycle and the glue from source text to a running
// program: init/deinit, run a file, a string or one prompt input, and the
// handling of an uncaught exception (traceback on stderr, exit status).
#ifndef ES_INTERP_H
#define ES_INTERP_H

#include "fun.h"

// Start an interpreter in the arena [heap] of [heap_size] bytes. [stack_top]
// is the address of a local in the port's outermost C function; es_stack_check
// allows [stack_limit] bytes below it. Resets every field of es_g, so init and
// deinit may alternate any number of times. Never raises (a failure here is
// fatal: port_fatal).
void es_init(void *heap, size_t heap_size, char *stack_top, size_t stack_limit);
// Stop the interpreter: runs every pending finalizer and clears es_g.
void es_deinit(void);

// Append [argc] C strings to sys.argv, as interned names. Never raises
// (drops what does not fit).
void es_set_argv(int argc, char **argv);

// How a source is run.
typedef enum {
    ES_RUN_FILE,   // a module body (statements)
    ES_RUN_SINGLE, // one prompt input: values of expressions are printed
} es_run_mode_t;

// Exit status of the es_run_* functions: 0, 1 for an uncaught exception
// (traceback already printed to stderr), or SystemExit's code. When a
// SystemExit ended the run, es_exit_requested() is true afterwards.
// Run the file [path] as __main__.
int es_run_file(const char *path);
// Call the function sys.atexit registered, if any (once): at the end of
// the main program, before es_deinit. 0, or the status of what it raised
// (printed, as es_run_file does). Never raises.
int es_run_atexit(void);
// Run [len] bytes of source [src] in __main__'s globals, naming it [file]
// in tracebacks (e.g. "<stdin>", "<string>").
int es_run_str(const char *src, size_t len, es_qstr_t file, es_run_mode_t mode);
// Run the module [name] from sys.path as __main__ (python -m).
int es_run_module(const char *name);
// Run the frozen module [path] (e.g. "_boot.py") in __main__'s globals,
// as a board runs its frozen _boot: its names stay there and no module is
// kept. 0 when there is no such module.
int es_run_frozen(const char *path);
// True once a SystemExit has ended a run (the prompt then stops).
bool es_exit_requested(void);

// Is [src] (one or more prompt lines) an unfinished compound statement or
// bracket, so that the prompt should ask for more ("... ")? Never raises.
bool es_repl_continue(const char *src, size_t len);

// Print the uncaught exception [exc] as a traceback to stderr, or return the
// exit code of a SystemExit. Never raises.
int es_handle_uncaught(es_val_t exc);

// The prompt's hook (ES_COMPILE_SINGLE code calls it with each expression
// statement's value): prints repr(v) and a newline unless v is None.
extern const es_fun_builtin_t es_repl_print_obj;

#endif
