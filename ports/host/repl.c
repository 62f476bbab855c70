// SPDX-License-Identifier: MIT
// The host's prompt: ">>> " reads a line with plain stdio, "... " asks for
// more while es_repl_continue() says the input is unfinished, and the
// whole input is compiled in single mode (expression values are printed).
// Ctrl-D at the prompt exits; Ctrl-C discards the input being typed.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "intern.h"
#include "repl.h"
#include "state.h"

typedef struct buf {
    char *s;
    size_t len, alloc;
} buf_t;

static void buf_add(buf_t *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->alloc) {
        b->alloc = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->alloc);
        if (b->s == NULL) {
            fprintf(stderr, "espy: out of memory\n");
            exit(1);
        }
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

// Read one line (without its newline) after printing [prompt]: 1 read, 0
// end of input, -1 interrupted by Ctrl-C.
static int read_line(const char *prompt, buf_t *line) {
    fputs(prompt, stdout);
    fflush(stdout);
    line->len = 0;
    char chunk[256];
    for (;;) {
        errno = 0;
        if (fgets(chunk, sizeof(chunk), stdin) == NULL) {
            if (errno == EINTR || es_g.pending) {
                clearerr(stdin);
                return -1;
            }
            return line->len > 0 ? 1 : 0;
        }
        size_t n = strlen(chunk);
        bool nl = n > 0 && chunk[n - 1] == '\n';
        buf_add(line, chunk, nl ? n - 1 : n);
        if (nl) {
            return 1;
        }
    }
}

static void clear_interrupt(void) {
    es_g.pending = 0;
    es_g.pending_exc = 0;
    fputs("\nKeyboardInterrupt\n", stdout);
}

// Read one complete input into [in]; 0 at end of input, 1 when read.
static int read_input(buf_t *in, buf_t *line) {
    for (;;) {
        in->len = 0;
        int r = read_line(">>> ", line);
        if (r == 0) {
            return 0;
        }
        if (r < 0) {
            clear_interrupt();
            continue;
        }
        buf_add(in, line->s ? line->s : "", line->len);
        while (r > 0 && es_repl_continue(in->s, in->len)) {
            r = read_line("... ", line);
            buf_add(in, "\n", 1);
            buf_add(in, line->s ? line->s : "", line->len);
        }
        if (r < 0) {
            clear_interrupt();
            continue;
        }
        return 1;
    }
}

static bool blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') {
            return false;
        }
    }
    return true;
}

int repl_run(bool banner) {
    if (banner) {
        printf("espy 0.1.0 (MicroPython-compatible) on linux\n"
            "Use Ctrl-D to exit\n");
    }
    buf_t in = {NULL, 0, 0}, line = {NULL, 0, 0};
    int status = 0;
    while (read_input(&in, &line)) {
        if (blank(in.s, in.len)) {
            continue;
        }
        status = es_run_str(in.s, in.len, ES_QS(lt_stdin_gt, "<stdin>"), ES_RUN_SINGLE);
        if (es_exit_requested()) {
            break;
        }
        status = 0;
    }
    if (!es_exit_requested()) {
        fputs("\n", stdout);
    }
    free(in.s);
    free(line.s);
    return status;
}

int repl_run_stdin(void) {
    buf_t in = {NULL, 0, 0};
    char chunk[4096];
    size_t n;
    buf_add(&in, "", 0);
    while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
        buf_add(&in, chunk, n);
    }
    int status = es_run_str(in.s, in.len, ES_QS(lt_stdin_gt, "<stdin>"), ES_RUN_FILE);
    free(in.s);
    return status;
}
