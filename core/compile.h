// SPDX-License-Identifier: MIT
// The compiler's entry: Python source (streamed from a reader) to a code
// object for the VM. A module is compiled one top-level statement at a
// time (parse, scope analysis, emit, drop the tree), so memory needed is
// that of the largest top-level statement plus the module's bytecode.
#ifndef ES_COMPILE_H
#define ES_COMPILE_H

#include "fun.h"
#include "lexer.h"

typedef enum {
    ES_COMPILE_FILE,   // a module: statements; returns None
    ES_COMPILE_SINGLE, // the prompt: like FILE, and the value of every
                       // expression statement is passed to es_repl_print_obj
    ES_COMPILE_EVAL,   // one expression list; the code returns its value
} es_compile_mode_t;

// Compile [src] (named [file] in code objects and errors) in [mode].
// Returns the module's code object (es_code_t, no parameters). Raises
// SyntaxError/IndentationError with args (msg, (file, line, None, None)),
// MemoryError, RecursionError.
es_val_t es_compile(es_reader_t *src, es_qstr_t file, es_compile_mode_t mode);

// The prompt's printer, called with one argument by code compiled in
// ES_COMPILE_SINGLE mode: prints repr(arg) and a newline unless arg is None
// (and sets builtins._ as CPython's sys.displayhook). Implemented by the
// runtime (core/builtins.c); when it is missing from the build, values are
// not printed.
extern const es_fun_builtin_t es_repl_print_obj;

#endif
