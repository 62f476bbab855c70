// SPDX-License-Identifier: MIT
// The friendly REPL's line editor: one byte at a time, VT100 keys (Left,
// Right, Home, End, Delete, Up/Down through 8 lines of history), Backspace
// (4 spaces at once over an indent), Tab (4 spaces, or completion: see
// complete.h), auto-indent after a line ending in ':', CR, LF and CRLF as
// Enter. It echoes and redraws through hal_uart0_tx. Its text lives in
// the arena: a full arena drops the typed byte, it never raises.
#ifndef ES_CONSOLE_READLINE_H
#define ES_CONSOLE_READLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ES_RL_HIST 8    // lines of history (the reference keeps 8)
#define ES_RL_MORE (-1) // es_rl_key: the line goes on
#define ES_RL_EOF (-2)  // es_readline: the input has ended

#define ES_CTRL_A 1
#define ES_CTRL_B 2
#define ES_CTRL_C 3
#define ES_CTRL_D 4
#define ES_CTRL_E 5

// A growing byte buffer in the arena (reachable only from where the
// caller keeps it: the console lives on the C stack, which the collector
// scans). Always NUL-terminated once allocated.
typedef struct es_rl_buf {
    char *s;
    size_t len, alloc;
    size_t failed; // a size the arena had no room for (0: none), not tried
                   // again for this input: each try collects
} es_rl_buf_t;

// Append / insert at [at] the [n] bytes of [s]: false (buffer unchanged)
// when the arena has no room. Never raises.
bool es_rl_buf_add(es_rl_buf_t *b, const char *s, size_t n);
bool es_rl_buf_insert(es_rl_buf_t *b, size_t at, const char *s, size_t n);

typedef struct es_readline {
    es_rl_buf_t *line;  // the input: earlier lines, '\n', the line edited
    const char *prompt;
    size_t start;       // where the edited line begins in [line]
    size_t cursor;      // byte offset of the cursor in [line]
    uint8_t esc;        // escape-sequence state (readline.c)
    char esc_digit;     // the digit of ESC [ n ~
    uint8_t indent;     // auto-indent flags (readline.c)
    int8_t hist_pos;    // history line shown, -1 for the line being typed
    bool after_cr;      // the last byte was CR: a LF right after is dropped
    char *hist[ES_RL_HIST]; // newest first, NUL-terminated arena blocks
} es_readline_t;

// Forget everything, history included (at start and after a soft reset,
// when the arena the history lived in is gone). Never allocates.
void es_rl_init(es_readline_t *rl);

// Begin editing a new line at the end of [line] (its earlier lines end in
// '\n'): prints [prompt] and, for a continuation line, the auto-indent.
void es_rl_start(es_readline_t *rl, es_rl_buf_t *line, const char *prompt);

// Feed one received byte: ES_RL_MORE, 0 when Enter ended the line (echoed
// as CRLF, the line added to history), ES_CTRL_C (any line), or ES_CTRL_A,
// B, D, E typed on an empty line.
int es_rl_key(es_readline_t *rl, int c);

// es_rl_start then es_rl_key for each byte from UART0 until it returns;
// ES_RL_EOF when the input ends first.
int es_readline(es_readline_t *rl, es_rl_buf_t *line, const char *prompt);

#endif
