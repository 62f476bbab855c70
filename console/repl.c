// SPDX-License-Identifier: MIT
// The REPL's modes (repl.h). Friendly: lines from the editor, compiled as
// one prompt input each (values printed, `_` kept). Paste: bytes echoed
// until Ctrl-D, compiled as a file. Raw: bytes taken without echo until
// Ctrl-D, answered `OK`, run, then the output, \x04, the exception if any,
// \x04, `>`. Raw-paste: the program is compiled straight from UART0 as it
// arrives (never held whole in the arena), the sender kept within a
// window: 128 bytes announced, plus \x01 for each further 128 consumed.
#include <string.h>

#include "compile.h"
#include "exc.h"
#include "gc.h"
#include "hal/uart.h"
#include "interp.h"
#include "intern.h"
#include "lexer.h"
#include "nlr.h"
#include "print.h"
#include "repl.h"
#include "state.h"
#include "term.h"
#include "vm.h"

#define ESPY_VERSION "0.1.0"
#define PASTE_WINDOW 128 // half the reference's 256-byte receive ring
#define MODE_CHANGED (-2) // friendly/raw switched: run the other mode
#define GO_ON (-3)        // the mode reads its next input

static void tx(const char *s, size_t n) {
    es_term_tx(s, n);
}

static void txs(const char *s) {
    tx(s, strlen(s));
}

void es_console_write_cooked(const char *s, size_t n) {
    const char *end = s + n;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (nl == NULL) {
            tx(s, (size_t)(end - s));
            return;
        }
        tx(s, (size_t)(nl - s));
        tx("\r\n", 2);
        s = nl + 1;
    }
}

void es_console_soft_reboot_msg(void) {
    txs("MPY: soft reboot\r\n");
}

// "MicroPython espy-V on YYYY-MM-DD; MACHINE" (the build date from
// __DATE__, "Mmm dd yyyy") and the help line.
static void banner(const es_console_t *con) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__;
    int m = 0;
    while (m < 11 && memcmp(months + 3 * m, d, 3) != 0) {
        m++;
    }
    char date[11] = {d[7], d[8], d[9], d[10], '-', (char)('0' + (m + 1) / 10),
        (char)('0' + (m + 1) % 10), '-', d[4] == ' ' ? '0' : d[4], d[5], 0};
    txs("MicroPython espy-" ESPY_VERSION " on ");
    txs(date);
    txs("; ");
    txs(con->machine);
    txs("\r\nType \"help()\" for more information.\r\n");
}

void es_console_init(es_console_t *con, bool board, const char *machine) {
    memset(con, 0, sizeof(*con));
    con->board = board;
    con->machine = machine;
    es_rl_init(&con->rl);
}

void es_console_new_arena(es_console_t *con) {
    es_rl_init(&con->rl);
    memset(&con->in, 0, sizeof(con->in));
}

// Give the input's arena block back (a program's source is not kept
// while it runs).
static void drop_input(es_console_t *con) {
    if (con->in.alloc != 0) {
        es_gc_free(con->in.s);
    }
    memset(&con->in, 0, sizeof(con->in));
}

// --- running

// How execute() runs a source. In both raw forms the host reads the
// output up to the first \x04 and the error text up to the second.
#define RUN_SINGLE 1 // a prompt input (else a file)
#define RUN_RAW 2    // raw REPL: \x04 after the output and after the error

// The raw-paste reader: bytes from UART0 within the flow-control window.
// The host may have [left] + 128 bytes in flight (two windows at the
// start); each \x01 sent frees another 128. The lexer pulls bytes as it
// needs them, so the program is never in the arena whole.
typedef struct paste {
    bool eof;       // Ctrl-D (or Ctrl-C) seen, \x04 sent
    bool after_cr;  // for CR and CRLF as newlines
    uint16_t left;  // bytes before the next \x01
} paste_t;

static int paste_next(void *data) {
    paste_t *p = data;
    for (;;) {
        if (p->eof) {
            return -1;
        }
        int c = es_term_rx();
        if (c < 0 || c == ES_CTRL_C || c == ES_CTRL_D) {
            p->eof = true;
            tx("\x04", 1); // the end, as the host is told
            if (c == ES_CTRL_C) {
                es_raise((es_val_t)&es_type_KeyboardInterrupt);
            }
            return -1;
        }
        if (--p->left == 0) {
            tx("\x01", 1); // one more window is free
            p->left = PASTE_WINDOW;
        }
        bool after_cr = p->after_cr;
        p->after_cr = c == '\r';
        if (c == '\r') {
            return '\n';
        }
        if (c != '\n' || !after_cr) {
            return c;
        }
    }
}

// A compile error before the end of a raw-paste upload: tell the host to
// stop (\x04) and drop what it sends until its Ctrl-D (or Ctrl-C).
static void paste_abort(paste_t *p) {
    if (p->eof) {
        return;
    }
    p->eof = true;
    tx("\x04", 1);
    int c;
    while ((c = es_term_rx()) >= 0 && c != ES_CTRL_C && c != ES_CTRL_D) {
    }
}

// Compile [r] and run it in __main__ with Ctrl-C armed. ES_CON_SOFT_RESET
// (board) or an exit status (plain mode) when a SystemExit ended it, else
// GO_ON. [paste] is the raw-paste reader behind [r], if any.
static int execute(es_console_t *con, es_reader_t *r, unsigned how,
    paste_t *paste) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t code = es_compile(r, ES_QS(lt_stdin_gt, "<stdin>"),
            how & RUN_SINGLE ? ES_COMPILE_SINGLE : ES_COMPILE_FILE);
        drop_input(con);
        hal_uart0_set_interrupt_char(ES_CTRL_C);
        es_vm_exec_code(code, es_g.main_globals, es_g.main_globals);
        hal_uart0_set_interrupt_char(-1);
        es_nlr_pop();
        es_g.pending_exc = ES_NULL; // a Ctrl-C after the end is dropped
        if (how & RUN_RAW) {
            tx("\x04\x04", 2);
        }
        return GO_ON;
    }
    hal_uart0_set_interrupt_char(-1);
    drop_input(con);
    if (paste != NULL) {
        paste_abort(paste);
    }
    if (how & RUN_RAW) {
        tx("\x04", 1);
    }
    int status = es_handle_uncaught(buf.value);
    if (how & RUN_RAW) {
        tx("\x04", 1);
    }
    if (es_g.exit_requested) {
        es_g.exit_requested = false;
        return con->board ? ES_CON_SOFT_RESET : status & 0xff;
    }
    return GO_ON;
}

// Run the input buffer.
static int execute_input(es_console_t *con, unsigned how) {
    es_mem_reader_t state;
    es_reader_t reader;
    es_reader_from_mem(&reader, &state, con->in.s, con->in.len);
    return execute(con, &reader, how, NULL);
}

void es_console_run_file(es_console_t *con, const char *path) {
    (void)con;
    hal_uart0_set_interrupt_char(ES_CTRL_C);
    es_run_file(path);
    hal_uart0_set_interrupt_char(-1);
    es_g.exit_requested = false;
    es_g.pending_exc = ES_NULL;
}

void es_console_run_src(es_console_t *con, const char *src, size_t n,
    es_qstr_t name) {
    (void)con;
    hal_uart0_set_interrupt_char(ES_CTRL_C);
    es_run_str(src, n, name, ES_RUN_FILE);
    hal_uart0_set_interrupt_char(-1);
    es_g.exit_requested = false;
    es_g.pending_exc = ES_NULL;
}

int es_console_input(es_vstr_t *v) {
    es_readline_t rl;
    es_rl_init(&rl);
    es_rl_buf_t line = {NULL, 0, 0, 0};
    int r;
    do { // Ctrl-A, B and E on an empty line mean nothing here
        line.len = 0;
        r = es_readline(&rl, &line, "");
    } while (r == ES_CTRL_A || r == ES_CTRL_B || r == ES_CTRL_E);
    if (r == ES_CTRL_C) {
        es_g.pending_exc = (es_val_t)&es_type_KeyboardInterrupt;
        es_g.pending = 1;
    }
    if (r == 0 && line.len != 0) {
        es_vstr_add(v, line.s, line.len);
    }
    if (line.alloc != 0) {
        es_gc_free(line.s);
    }
    return r == 0;
}

// Add byte [c] of a program to the input; CR and CRLF become LF. False
// when the arena is full.
static bool add_source_byte(es_console_t *con, int c, bool *after_cr) {
    bool was_cr = *after_cr;
    *after_cr = c == '\r';
    if (c == '\n' && was_cr) {
        return true;
    }
    char ch = c == '\r' ? '\n' : (char)c;
    return es_rl_buf_add(&con->in, &ch, 1);
}

// Tell the sender that its program did not fit: raw REPL framing when
// [raw].
static void report_full(bool raw) {
    if (raw) {
        tx("\x04", 1);
    }
    es_print_cstr(&es_print_stderr,
        "MemoryError: the input does not fit in the heap\n");
    if (raw) {
        tx("\x04", 1);
    }
}

// --- friendly REPL

// Paste mode: echo until Ctrl-D (then true) or Ctrl-C (false).
static int paste_mode(es_console_t *con) {
    txs("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    bool after_cr = false, full = false;
    for (;;) {
        int c = es_term_rx();
        if (c < 0) {
            return -1;
        }
        if (c == ES_CTRL_C) {
            txs("\r\n");
            return 0;
        }
        if (c == ES_CTRL_D) {
            txs("\r\n");
            if (full) {
                report_full(false);
                return 0;
            }
            return 1;
        }
        // Once a byte did not fit, the rest is echoed, not stored: each
        // try would cost the collections of a failed allocation.
        if (!full) {
            full = !add_source_byte(con, c, &after_cr);
        }
        if (c == '\r') {
            txs("\r\n=== ");
        } else {
            char ch = (char)c;
            tx(&ch, 1);
        }
    }
}

// Does [s] (NUL-terminated) start with the keyword [kw] as a whole word?
static bool starts_with_word(const char *s, const char *kw) {
    size_t n = strlen(kw);
    char c = s[n];
    return strncmp(s, kw, n) == 0 && !((c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
}

// Does the input need another line? Open brackets, strings or a trailing
// backslash (es_repl_continue), or, as the reference has it, an input
// that starts with a compound statement's keyword until a line is empty.
static bool needs_more(const es_rl_buf_t *in) {
    static const char *const compound[] = {"if", "while", "for", "try",
        "with", "def", "class", "async"};
    if (in->len == 0) {
        return false;
    }
    if (es_repl_continue(in->s, in->len)) {
        return true;
    }
    bool compound_start = in->s[0] == '@';
    for (size_t i = 0; i < sizeof(compound) / sizeof(compound[0]); i++) {
        compound_start |= starts_with_word(in->s, compound[i]);
    }
    return compound_start && in->s[in->len - 1] != '\n';
}

// Read the continuation lines of a compound statement: 1 when the input
// is complete, 0 when Ctrl-C cancelled it, -1 at the end of input.
static int continuation(es_console_t *con) {
    while (needs_more(&con->in)) {
        if (!es_rl_buf_add(&con->in, "\n", 1)) {
            return 1; // no room for more: run what there is
        }
        int r = es_readline(&con->rl, &con->in, "... ");
        if (r == ES_RL_EOF) {
            return -1;
        } else if (r == ES_CTRL_C) {
            txs("\r\n");
            return 0;
        } else if (r == ES_CTRL_D) {
            break;
        }
    }
    return 1;
}

// One input at the friendly prompt: GO_ON, MODE_CHANGED or what
// es_console_run returns.
static int friendly_input(es_console_t *con) {
    con->in.len = 0;
    int r = es_readline(&con->rl, &con->in, ">>> ");
    unsigned how = RUN_SINGLE;
    if (r == ES_RL_EOF) {
        return 0;
    } else if (r == ES_CTRL_A) {
        txs("\r\n");
        con->mode = ES_CON_RAW;
        return MODE_CHANGED;
    } else if (r == ES_CTRL_B) {
        txs("\r\n");
        banner(con);
        return GO_ON;
    } else if (r == ES_CTRL_C) {
        txs("\r\n");
        return GO_ON;
    } else if (r == ES_CTRL_D) {
        txs("\r\n");
        con->raw_reset = false;
        return con->board ? ES_CON_SOFT_RESET : 0;
    } else if (r == ES_CTRL_E) {
        con->in.len = 0;
        int p = paste_mode(con);
        if (p <= 0) {
            return p < 0 ? 0 : GO_ON;
        }
        how = 0;
    } else if (con->in.len == 0) {
        return GO_ON;
    } else {
        int c = continuation(con);
        if (c <= 0) {
            return c < 0 ? 0 : GO_ON;
        }
    }
    return execute_input(con, how);
}

static int friendly(es_console_t *con) {
    banner(con);
    int r;
    while ((r = friendly_input(con)) == GO_ON) {
    }
    return r;
}

// --- raw REPL

// The raw-paste command \x05 [cmd] \x01: 'A' starts raw-paste; any other
// is refused with R\x00.
static int raw_paste(es_console_t *con, char cmd) {
    if (cmd != 'A') {
        tx("R\x00", 2);
        return GO_ON;
    }
    tx("R\x01", 2);
    tx("\x80\x00\x01", 3); // window 128 (u16 LE), and a second one free
    drop_input(con);
    paste_t p = {false, false, PASTE_WINDOW};
    es_reader_t reader = {&p, paste_next};
    return execute(con, &reader, RUN_RAW, &p);
}

// Read one raw-REPL command into the input: 1 at Ctrl-D, 0 when a
// raw-paste command ran (its result in *[run]), MODE_CHANGED at Ctrl-B,
// -1 at the end of input; *[full] when the arena could not hold it all.
static int raw_read(es_console_t *con, bool *full, int *run) {
    bool after_cr = false;
    for (;;) {
        int c = es_term_rx();
        if (c < 0) {
            return -1;
        } else if (c == ES_CTRL_A) {
            if (con->in.len == 2 && con->in.s[0] == ES_CTRL_E) {
                *run = raw_paste(con, con->in.s[1]);
                return 0;
            }
            txs("raw REPL; CTRL-B to exit\r\n>");
            con->in.len = 0;
            *full = false;
        } else if (c == ES_CTRL_B) {
            txs("\r\n");
            con->mode = ES_CON_FRIENDLY;
            return MODE_CHANGED;
        } else if (c == ES_CTRL_C) {
            con->in.len = 0;
            *full = false;
        } else if (c == ES_CTRL_D) {
            return 1;
        } else if (!*full) {
            *full = !add_source_byte(con, c, &after_cr);
        }
    }
}

static int raw(es_console_t *con) {
    txs("raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        con->in.len = 0;
        txs(">");
        bool full = false;
        int run = GO_ON;
        int r = raw_read(con, &full, &run);
        if (r == MODE_CHANGED) {
            return r;
        } else if (r < 0) {
            return 0;
        } else if (r == 0) {
            if (run != GO_ON) {
                return run;
            }
            continue;
        }
        txs("OK");
        if (full) {
            drop_input(con);
            report_full(true);
        } else if (con->in.len == 0) {
            txs("\r\n");
            con->raw_reset = true;
            return ES_CON_SOFT_RESET;
        } else if ((r = execute_input(con, RUN_RAW)) != GO_ON) {
            return r;
        }
    }
}

// The modes hand over to each other (MODE_CHANGED) until one returns a
// soft reset or an exit status; the interrupt character is off whenever
// the console itself reads.
int es_console_run(es_console_t *con) {
    hal_uart0_set_interrupt_char(-1);
    int r;
    do {
        r = con->mode == ES_CON_RAW ? raw(con) : friendly(con);
    } while (r == MODE_CHANGED);
    return r;
}
