// SPDX-License-Identifier: MIT
// Interpreter life cycle and the path from source text to a running
// program: es_init builds a fresh es_g (arena, preallocated MemoryError,
// builtins, sys, __main__), the es_run_* functions compile and run under a
// top-level handler that turns an uncaught exception into a traceback and
// an exit status, and es_deinit runs the finalizers and clears everything.
#include <string.h>

#include "lookup.h"
#include "builtins.h"
#include "compile.h"
#include "exc.h"
#include "frozen.h"
#include "gc.h"
#include "interp.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "vm.h"

// Build the objects every interpreter starts with. Raises MemoryError.
static void init_objects(void) {
    es_exc_init();
    es_g.builtins = es_val(&es_builtins_dict);
    es_module_init();
    es_sys_init();
}

void es_init(void *heap, size_t heap_size, char *stack_top,
    size_t stack_limit) {
    memset(&es_g, 0, sizeof(es_g));
    es_lookup_reset();
    es_gc_init(heap, heap_size);
    es_g.stack_top = stack_top;
    es_g.stack_limit = stack_limit;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        init_objects();
        es_nlr_pop();
    } else {
        port_fatal("not enough memory to start the interpreter");
    }
}

void es_deinit(void) {
    es_gc_finalize_all();
    memset(&es_g, 0, sizeof(es_g));
}

// The arguments are interned: the script's path is interned for its code
// anyway, so sys.argv[0] costs nothing more, and a name's header is half a
// str's.
void es_set_argv(int argc, char **argv) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        for (int i = 0; i < argc; i++) {
            es_qstr_t a = es_intern_lossy(argv[i], strlen(argv[i]));
            es_list_append(es_g.sys_argv, es_qstr_val(a));
        }
        es_nlr_pop();
    }
}

int es_run_atexit(void) {
    es_val_t fn = es_g.sys_atexit;
    es_g.sys_atexit = ES_NULL;
    if (fn == ES_NULL || fn == ES_NONE) {
        return 0;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_call(fn, 0, 0, NULL);
        es_nlr_pop();
        return 0;
    }
    return es_handle_uncaught(buf.value);
}

bool es_exit_requested(void) {
    return es_g.exit_requested;
}

// --- uncaught exceptions

// SystemExit's code as an exit status: None -> 0, int -> it, else printed
// to stderr and 1.
static int system_exit_status(es_val_t exc) {
    es_val_t code = es_load_attr(exc, ES_Q(code));
    if (code == ES_NONE) {
        return 0;
    }
    if (es_is_small(code)) {
        return (int)es_small_get(code);
    }
    if (code == ES_TRUE || code == ES_FALSE) {
        return code == ES_TRUE;
    }
    es_printf(&es_print_stderr, "%S\n", code);
    return 1;
}

// Never raises: printing runs under its own handler, and a pending
// Ctrl-C that arrived meanwhile is dropped with the run it interrupted.
int es_handle_uncaught(es_val_t exc) {
    es_nlr_buf_t buf;
    volatile int status = 1;
    if (es_nlr_push(&buf) == 0) {
        if (es_isinstance(exc, &es_type_SystemExit)) {
            es_g.exit_requested = true;
            status = system_exit_status(exc);
        } else {
            es_exc_print(&es_print_stderr, exc);
        }
        es_nlr_pop();
    } else {
        es_print_cstr(&es_print_stderr, "error while printing an exception\n");
    }
    es_g.pending = 0;
    es_g.pending_exc = ES_NULL;
    return status;
}

// Run [body]([arg]) under a top-level handler; the exit status.
static int run_protected(void (*body)(void *), void *arg) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        body(arg);
        es_nlr_pop();
        return 0;
    }
    return es_handle_uncaught(buf.value);
}

// --- running sources

typedef struct run_src {
    const char *src;
    size_t len;
    es_qstr_t file;
    es_run_mode_t mode;
} run_src_t;

// Compile then run in __main__'s globals (the prompt keeps its variables
// between inputs this way).
static void run_src_body(void *arg) {
    run_src_t *r = arg;
    es_mem_reader_t state;
    es_reader_t reader;
    es_reader_from_mem(&reader, &state, r->src, r->len);
    es_val_t code = es_compile(&reader, r->file,
        r->mode == ES_RUN_SINGLE ? ES_COMPILE_SINGLE : ES_COMPILE_FILE);
    es_vm_exec_code(code, es_g.main_globals, es_g.main_globals);
}

int es_run_str(const char *src, size_t len, es_qstr_t file,
    es_run_mode_t mode) {
    run_src_t r = {src, len, file, mode};
    return run_protected(run_src_body, &r);
}

static void run_file_body(void *arg) {
    es_module_exec_file(arg, es_g.main_globals);
}

int es_run_file(const char *path) {
    return run_protected(run_file_body, (void *)path);
}

static void run_module_body(void *arg) {
    es_module_run_main(es_intern_lossy(arg, strlen(arg)));
}

int es_run_module(const char *name) {
    return run_protected(run_module_body, (void *)name);
}

static void run_frozen_body(void *arg) {
    es_val_t code = es_frozen_code(arg);
    if (code != ES_NULL) {
        es_vm_exec_code(code, es_g.main_globals, es_g.main_globals);
    }
}

int es_run_frozen(const char *path) {
    return run_protected(run_frozen_body, (void *)path);
}

// --- the prompt

// sys.displayhook's job at the prompt (see compile.h).
// The value is also kept as _ in __main__ (builtins are read-only here).
static es_val_t repl_print_obj(es_val_t v) {
    if (v != ES_NONE) {
        es_printf(&es_print_stdout, "%r\n", v);
        es_dict_store(es_g.main_globals, es_qstr_val(ES_Q(_)), v);
    }
    return ES_NONE;
}
const es_fun_builtin_t es_repl_print_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = repl_print_obj}};

// State of the scan of prompt input for unfinished constructs.
typedef struct scan {
    int depth;       // open brackets
    char quote;      // quote char of an open string, or 0
    bool triple;     // that string is triple-quoted
    bool backslash;  // the last line ends with a backslash
} scan_t;

// Scan one line [s, e) updating the open brackets and strings.
static void scan_line(scan_t *sc, const char *s, const char *e) {
    sc->backslash = false;
    for (; s < e; s++) {
        char c = *s;
        if (sc->quote != 0) {
            if (c == '\\' && s + 1 < e) {
                s++;
            } else if (c == sc->quote && (!sc->triple
                    || (e - s >= 3 && s[1] == c && s[2] == c))) {
                s += sc->triple ? 2 : 0;
                sc->quote = 0;
            }
            continue;
        }
        if (c == '#') {
            break;
        }
        if (c == '\'' || c == '"') {
            sc->quote = c;
            sc->triple = e - s >= 3 && s[1] == c && s[2] == c;
            s += sc->triple ? 2 : 0;
        } else if (c == '(' || c == '[' || c == '{') {
            sc->depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            sc->depth--;
        } else if (c == '\\' && s + 1 == e) {
            sc->backslash = true;
        }
    }
    if (sc->quote != 0 && !sc->triple) {
        sc->quote = 0; // an unterminated one-line string is an error
    }
}

// Does the line [s, e) end with ':' (ignoring a comment and spaces)?
static bool ends_with_colon(const char *s, const char *e) {
    const char *last = NULL;
    char quote = 0;
    for (const char *p = s; p < e && *p != '#'; p++) {
        if (quote) {
            quote = *p == quote ? 0 : quote;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        }
        if (*p != ' ' && *p != '\t' && *p != '\r') {
            last = p;
        }
    }
    return last != NULL && *last == ':';
}

// MicroPython's rule: continue while a bracket or triple-quoted string is
// open or a line ends with a backslash; after a first line that opens a
// block (ends with ':' or is a decorator), continue until an empty line.
bool es_repl_continue(const char *src, size_t len) {
    scan_t sc = {0, 0, false, false};
    const char *end = src + len;
    const char *line = src, *last_line = src;
    bool compound = false;
    while (line < end) {
        const char *e = memchr(line, '\n', (size_t)(end - line));
        e = e ? e : end;
        if (line == src) {
            compound = ends_with_colon(line, e) || *line == '@';
        }
        scan_line(&sc, line, e);
        last_line = line;
        line = e + 1;
    }
    if (sc.depth > 0 || sc.quote != 0 || sc.backslash) {
        return true;
    }
    // A compound statement ends with an empty line.
    bool last_empty = len > 0 && src[len - 1] == '\n';
    if (compound) {
        return !(last_empty || last_line == end);
    }
    return false;
}
