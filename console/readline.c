// SPDX-License-Identifier: MIT
// The line editor (readline.h). Each key edits the buffer, then redraws
// only what changed: the screen cursor is moved back with BS (up to 4) or
// ESC [ n D, the tail of the line is rewritten and ESC [ K erases what a
// shorter line left behind. Screen columns count UTF-8 characters, not
// bytes, so the cursor never stops inside a character.
#include <string.h>

#include "complete.h"
#include "gc.h"
#include "readline.h"
#include "term.h"

// Escape-sequence states: ESC seen; ESC [ seen; ESC [ digit seen (a ~
// must follow); ESC O seen. The sequences are VT100's, as terminals and
// the reference send them; any other byte ends the sequence unused.
enum { ESC_NONE, ESC_ESC, ESC_BRACKET, ESC_DIGIT, ESC_O };
// Auto-indent flags: on for this input; spaces were just added.
#define INDENT_ON 1
#define INDENT_JUST 2

// --- the buffer

// Invariant: s[len] == '\0' once s is allocated; alloc 0 means s is not
// an arena block (NULL, or the static empty line of es_rl_start).

static bool buf_room(es_rl_buf_t *b, size_t n) {
    if (n > SIZE_MAX / 2 - b->len) {
        return false;
    }
    size_t need = b->len + n + 1;
    if (need <= b->alloc) {
        return true;
    }
    if (b->len == 0) {
        b->failed = 0; // a new input: the arena may have room again
    }
    // A failed allocation has collected and found no room; nothing is
    // freed while input is read, so a size at least as large is not tried
    // again (a paste past a full heap collected twice for every byte).
    if (b->failed != 0 && need >= b->failed) {
        return false;
    }
    size_t alloc = need < 32 ? 32 : need + need / 2;
    char *old = b->alloc != 0 ? b->s : NULL; // not the static empty line
    char *s = NULL;
    if (b->failed == 0 || alloc < b->failed) {
        s = es_gc_realloc_maybe(old, alloc);
        if (s == NULL) {
            b->failed = alloc;
        }
    }
    if (s == NULL && alloc > need) {
        alloc = need;
        s = es_gc_realloc_maybe(old, alloc);
        if (s == NULL) {
            b->failed = need;
        }
    }
    if (s == NULL) {
        return false;
    }
    b->s = s;
    b->alloc = alloc;
    return true;
}

bool es_rl_buf_insert(es_rl_buf_t *b, size_t at, const char *s, size_t n) {
    if (!buf_room(b, n)) {
        return false;
    }
    memmove(b->s + at + n, b->s + at, b->len - at);
    memcpy(b->s + at, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return true;
}

bool es_rl_buf_add(es_rl_buf_t *b, const char *s, size_t n) {
    return es_rl_buf_insert(b, b->len, s, n);
}

static void buf_cut(es_rl_buf_t *b, size_t at, size_t n) {
    memmove(b->s + at, b->s + at + n, b->len - at - n);
    b->len -= n;
    b->s[b->len] = '\0';
}

// --- screen output
//
// Invariant between keys: the terminal's cursor stands after the prompt
// and the columns of line[start, cursor); what is drawn after it is
// line[cursor, len).

static void tx(const char *s, size_t n) {
    es_term_tx(s, n);
}

static void txs(const char *s) {
    tx(s, strlen(s));
}

// Screen columns of [n] bytes at [s]: UTF-8 continuation bytes take none.
static size_t cols(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += ((uint8_t)s[i] & 0xc0) != 0x80;
    }
    return c;
}

static void move_back_cols(size_t n) {
    if (n <= 4) {
        tx("\b\b\b\b", n);
        return;
    }
    char seq[24];
    size_t i = sizeof(seq);
    seq[--i] = 'D';
    do {
        seq[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    seq[--i] = '[';
    seq[--i] = 27;
    tx(seq + i, sizeof(seq) - i);
}

// Move the cursor back over the [n] bytes before it (still in the buffer).
static void back(es_readline_t *rl, size_t n) {
    move_back_cols(cols(rl->line->s + rl->cursor - n, n));
    rl->cursor -= n;
}

// Print the [n] bytes after the cursor, moving it past them.
static void forward(es_readline_t *rl, size_t n) {
    tx(rl->line->s + rl->cursor, n);
    rl->cursor += n;
}

// Rewrite the line from the cursor to its end, [erase] what was there
// before first; the cursor stays where it is.
static void redraw_tail(es_readline_t *rl, bool erase) {
    if (erase) {
        txs("\x1b[K");
    }
    size_t n = rl->line->len - rl->cursor;
    tx(rl->line->s + rl->cursor, n);
    move_back_cols(cols(rl->line->s + rl->cursor, n));
}

// --- history

void es_rl_init(es_readline_t *rl) {
    memset(rl, 0, sizeof(*rl));
    rl->hist_pos = -1;
}

// Keep [s] as the newest history line unless it is empty or repeats the
// newest one. A full arena forgets it.
static void push_history(es_readline_t *rl, const char *s, size_t n) {
    if (n == 0 || (rl->hist[0] != NULL && strlen(rl->hist[0]) == n
            && memcmp(rl->hist[0], s, n) == 0)) {
        return;
    }
    char *copy = es_gc_alloc_maybe(n + 1, 0);
    if (copy == NULL) {
        return;
    }
    memcpy(copy, s, n);
    copy[n] = '\0';
    memmove(rl->hist + 1, rl->hist, sizeof(rl->hist) - sizeof(rl->hist[0]));
    rl->hist[0] = copy;
}

// Show history line [pos] (-1: an empty line) in place of the line: back
// to the line's start while the old text is still there to count its
// columns, then the new text (ESC [ K first if it is shorter).
static void show_history(es_readline_t *rl, int pos) {
    size_t old_len = rl->line->len;
    const char *h = pos < 0 ? "" : rl->hist[pos];
    back(rl, rl->cursor - rl->start);
    rl->line->len = rl->start;
    rl->line->s[rl->start] = '\0';
    if (!es_rl_buf_add(rl->line, h, strlen(h))) {
        return; // the line stays empty
    }
    rl->hist_pos = (int8_t)pos;
    if (rl->line->len < old_len) {
        txs("\x1b[K");
    }
    forward(rl, rl->line->len - rl->start);
}

// --- editing

// Insert [n] bytes at the cursor and redraw.
static void insert(es_readline_t *rl, const char *s, size_t n) {
    if (es_rl_buf_insert(rl->line, rl->cursor, s, n)) {
        forward(rl, n);
        redraw_tail(rl, false);
    }
}

// Backspace: one character, or 4 spaces when only spaces (4 or more)
// stand before the cursor on this line.
static void backspace(es_readline_t *rl) {
    if (rl->cursor == rl->start) {
        return;
    }
    size_t spaces = 0;
    for (size_t i = rl->start; i < rl->cursor; i++) {
        if (rl->line->s[i] != ' ') {
            spaces = 0;
            break;
        }
        spaces++;
    }
    size_t n = spaces >= 4 ? 4 : 1;
    if (n == 1) { // the whole UTF-8 character
        while (rl->cursor - n > rl->start
            && ((uint8_t)rl->line->s[rl->cursor - n] & 0xc0) == 0x80) {
            n++;
        }
    }
    back(rl, n);
    buf_cut(rl->line, rl->cursor, n);
    redraw_tail(rl, true);
}

// Bytes of the character at / before the cursor (0 at the line's end /
// start).
static size_t char_after(const es_readline_t *rl) {
    size_t i = rl->cursor;
    if (i >= rl->line->len) {
        return 0;
    }
    for (i++; i < rl->line->len && ((uint8_t)rl->line->s[i] & 0xc0) == 0x80;
         i++) {
    }
    return i - rl->cursor;
}

static size_t char_before(const es_readline_t *rl) {
    size_t i = rl->cursor;
    if (i <= rl->start) {
        return 0;
    }
    for (i--; i > rl->start && ((uint8_t)rl->line->s[i] & 0xc0) == 0x80;
         i--) {
    }
    return rl->cursor - i;
}

static void delete_at_cursor(es_readline_t *rl) {
    size_t n = char_after(rl);
    if (n > 0) {
        buf_cut(rl->line, rl->cursor, n);
        redraw_tail(rl, true);
    }
}

// Tab: 4 spaces at the start of the line or after a space, else the
// completion of the name before the cursor (complete.h).
static void tab(es_readline_t *rl) {
    if (rl->cursor == rl->start || rl->line->s[rl->cursor - 1] == ' ') {
        insert(rl, "    ", 4);
        return;
    }
    char add[ES_COMPLETE_MAX];
    size_t n = es_complete(rl->line->s + rl->start, rl->cursor - rl->start,
        add);
    if (n == ES_COMPLETE_LISTED) {
        // The alternatives were printed: show the line again below them.
        txs(rl->prompt);
        tx(rl->line->s + rl->start, rl->cursor - rl->start);
        redraw_tail(rl, false);
    } else if (n > 0) {
        insert(rl, add, n);
    }
}

// The auto-indent of a continuation line: the previous line's indent (in
// steps of 4), one step more after a ':', none after two blank lines.
static void auto_indent(es_readline_t *rl) {
    const char *s = rl->line->s;
    size_t len = rl->line->len;
    if (!(rl->indent & INDENT_ON) || len < 2 || s[len - 1] != '\n') {
        return;
    }
    size_t i = len - 1; // start of the previous line
    while (i > 0 && s[i - 1] != '\n') {
        i--;
    }
    size_t j = i; // its first non-space
    while (j < len && s[j] == ' ') {
        j++;
    }
    if (i > 0 && j + 1 == len) { // blank: was the one before blank too?
        size_t k = i - 1;
        while (k > 0 && s[k - 1] == ' ') {
            k--;
        }
        if (k > 0 && s[k - 1] == '\n') {
            return;
        }
    }
    size_t n = (j - i) / 4 + (s[len - 2] == ':');
    for (; n > 0 && es_rl_buf_add(rl->line, "    ", 4); n--) {
        tx("    ", 4);
        rl->cursor += 4;
        rl->indent |= INDENT_JUST;
    }
}

void es_rl_start(es_readline_t *rl, es_rl_buf_t *line, const char *prompt) {
    if (line->s == NULL && !buf_room(line, 0)) {
        static char empty[1];
        line->s = empty; // no arena at all: an empty line (alloc 0)
    }
    rl->line = line;
    rl->prompt = prompt;
    rl->start = line->len;
    rl->cursor = line->len;
    rl->esc = ESC_NONE;
    rl->hist_pos = -1;
    txs(prompt);
    if (line->len == 0) {
        rl->indent = INDENT_ON;
    }
    auto_indent(rl);
}

// --- keys

static void key_home(es_readline_t *rl) {
    back(rl, rl->cursor - rl->start);
}

static void key_end(es_readline_t *rl) {
    forward(rl, rl->line->len - rl->cursor);
}

// The final byte of an escape sequence.
static void escape_key(es_readline_t *rl, int c) {
    if (c == 'A') {
        if (rl->hist_pos + 1 < ES_RL_HIST && rl->hist[rl->hist_pos + 1]) {
            show_history(rl, rl->hist_pos + 1);
        }
    } else if (c == 'B') {
        if (rl->hist_pos >= 0) {
            show_history(rl, rl->hist_pos - 1);
        }
    } else if (c == 'C') {
        forward(rl, char_after(rl));
    } else if (c == 'D') {
        back(rl, char_before(rl));
    } else if (c == 'H') {
        key_home(rl);
    } else if (c == 'F') {
        key_end(rl);
    }
}

// ESC [ n ~: 1 and 7 Home, 4 and 8 End, 3 Delete.
static void tilde_key(es_readline_t *rl, char digit) {
    if (digit == '1' || digit == '7') {
        key_home(rl);
    } else if (digit == '4' || digit == '8') {
        key_end(rl);
    } else if (digit == '3') {
        delete_at_cursor(rl);
    }
}

// One byte inside an escape sequence; a byte that fits no sequence ends
// it and is dropped.
static void escape_byte(es_readline_t *rl, int c) {
    uint8_t state = rl->esc;
    rl->esc = ESC_NONE;
    if (state == ESC_ESC) {
        rl->esc = c == '[' ? ESC_BRACKET : c == 'O' ? ESC_O : ESC_NONE;
    } else if (state == ESC_BRACKET) {
        if (c >= '0' && c <= '9') {
            rl->esc_digit = (char)c;
            rl->esc = ESC_DIGIT;
        } else {
            escape_key(rl, c);
        }
    } else if (state == ESC_DIGIT) {
        if (c == '~') {
            tilde_key(rl, rl->esc_digit);
        }
    } else if (c == 'H' || c == 'F') { // ESC O H / ESC O F
        escape_key(rl, c);
    }
}

// Enter: echo CRLF, keep the line in history.
static int enter(es_readline_t *rl) {
    txs("\r\n");
    push_history(rl, rl->line->s + rl->start, rl->line->len - rl->start);
    return 0;
}

// A control byte or a printable one outside an escape sequence. Ctrl-A
// to Ctrl-E end the line only when it is empty; Ctrl-C always; bytes
// from 0x80 (UTF-8) are text like printable ASCII.
static int plain_key(es_readline_t *rl, int c) {
    bool empty = rl->line->len == rl->start;
    if (c >= ES_CTRL_A && c <= ES_CTRL_E && empty) {
        return c;
    } else if (c == ES_CTRL_A) {
        key_home(rl);
    } else if (c == ES_CTRL_C) {
        return c;
    } else if (c == ES_CTRL_E) {
        key_end(rl);
    } else if (c == '\r' || c == '\n') {
        return enter(rl);
    } else if (c == 27) {
        rl->esc = ESC_ESC;
    } else if (c == 8 || c == 127) {
        backspace(rl);
    } else if ((rl->indent & INDENT_JUST) && (c == '\t' || c == ' ')) {
        // Typed (or pasted) indentation right after an auto-indent: no
        // more auto-indent for this input; a space replaces the indent
        // (it keeps one space), a tab keeps it.
        rl->indent = 0;
        if (c == ' ') {
            back(rl, 3);
            buf_cut(rl->line, rl->cursor, 3);
        }
    } else if (c == '\t') {
        tab(rl);
    } else if (c >= 32) {
        char ch = (char)c;
        insert(rl, &ch, 1);
    }
    return ES_RL_MORE;
}

int es_rl_key(es_readline_t *rl, int c) {
    bool after_cr = rl->after_cr;
    rl->after_cr = c == '\r';
    if (c == '\n' && after_cr && rl->esc == ESC_NONE) {
        return ES_RL_MORE; // the LF of a CRLF
    }
    int r;
    if (rl->esc != ESC_NONE) {
        escape_byte(rl, c);
        r = ES_RL_MORE;
    } else {
        r = plain_key(rl, c);
    }
    rl->indent &= (uint8_t)~INDENT_JUST; // only the key right after
    return r;
}

int es_readline(es_readline_t *rl, es_rl_buf_t *line, const char *prompt) {
    es_rl_start(rl, line, prompt);
    for (;;) {
        int c = es_term_rx();
        if (c < 0) {
            return ES_RL_EOF;
        }
        int r = es_rl_key(rl, c);
        if (r != ES_RL_MORE) {
            return r;
        }
    }
}
