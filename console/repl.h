// SPDX-License-Identifier: MIT
// The board's REPL on UART0 (hal/uart.h): the friendly REPL with the line
// editor, paste mode (Ctrl-E), the raw REPL (Ctrl-A) and its raw-paste
// mode with flow control, Ctrl-C into running code and soft reset
// (Ctrl-D), byte for byte as spec/esp8266-port.md §3 gives them. The port
// owns the interpreter's life: es_console_run returns when a soft reset
// is due, the port rebuilds the interpreter (es_deinit, es_init), runs
// the boot sequence and calls es_console_run again. docs/console.md.
#ifndef ES_CONSOLE_REPL_H
#define ES_CONSOLE_REPL_H

#include "intern.h"
#include "readline.h"

typedef enum { ES_CON_FRIENDLY, ES_CON_RAW } es_con_mode_t;

// The console. Keep it in a local of a function the port calls after
// es_init's stack top (the collector finds its arena blocks by scanning
// the C stack).
typedef struct es_console {
    es_readline_t rl;
    es_rl_buf_t in;       // the input being read (arena)
    uint8_t mode;         // es_con_mode_t: kept across a soft reset
    bool board;           // board mode: the board's banner; SystemExit
                          // soft-resets (plain mode: it ends the run)
    bool raw_reset;       // the last soft reset came from the raw REPL
    const char *machine;  // banner: "linux" or "<board> with ESP8266"
} es_console_t;

// es_console_run's result when a soft reset is due; otherwise it returns
// an exit status (0 at the end of input or Ctrl-D in plain mode, a
// SystemExit's code in plain mode).
#define ES_CON_SOFT_RESET (-1)

// Set up [con] once, friendly mode.
void es_console_init(es_console_t *con, bool board, const char *machine);
// Forget what [con] kept in the arena (history, input): call after each
// es_init. Never allocates.
void es_console_new_arena(es_console_t *con);
// Run the REPL in its current mode until a soft reset is due or input
// ends. Never raises.
int es_console_run(es_console_t *con);
// Run the file [path] as __main__ (boot.py, main.py) with Ctrl-C able to
// interrupt it; an uncaught exception's traceback goes to the console.
// Never raises.
void es_console_run_file(es_console_t *con, const char *path);
// Same for source text [src] of [n] bytes named [name] (a host file run
// as the board's main.py).
void es_console_run_src(es_console_t *con, const char *src, size_t n,
    es_qstr_t name);
// input() on the board (core/port.h's port_read_line): one line read
// with the editor (echoed, keys as at the prompt, no history), appended to
// [v] without its end. 1 when read; 0 at the end of input, at Ctrl-D on
// an empty line, or when a Ctrl-C is pending. Raises MemoryError.
struct es_vstr;
int es_console_input(struct es_vstr *v);

// The soft reset's line, printed between es_deinit and es_init.
void es_console_soft_reboot_msg(void);

// Python's output on the board: [n] bytes of [s] to UART0 with each LF
// sent as CRLF, as the reference's cooked output.
void es_console_write_cooked(const char *s, size_t n);

#endif
