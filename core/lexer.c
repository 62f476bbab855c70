// SPDX-License-Identifier: MIT
// The lexer (see lexer.h). It keeps three bytes of lookahead from the
// reader, an indentation stack of fixed depth and one text buffer for the
// current token. Plain string literals are decoded here (escapes done);
// f-string bodies are returned raw and decoded by the parser, which also
// parses their fields.
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "intern.h"
#include "lexer.h"
#include "rom.h"
#include "str.h"
#include "tuple.h"

static int mem_next(void *data) {
    es_mem_reader_t *m = data;
    return m->pos < m->end ? (unsigned char)*m->pos++ : -1;
}

void es_reader_from_mem(es_reader_t *r, es_mem_reader_t *state,
    const char *s, size_t len) {
    state->pos = s;
    state->end = s + len;
    r->data = state;
    r->next = mem_next;
}

void es_lexer_error(const es_type_t *type, es_qstr_t file, uint32_t line,
    const char *msg) {
    // args = (msg, (filename, lineno, offset, text)) as CPython's
    es_val_t detail[4] = {es_qstr_val(file), es_small_new((es_int_t)line),
        ES_NONE, ES_NONE};
    es_val_t args[2] = {es_str_from_cstr(msg), ES_NULL};
    args[1] = es_tuple_new(4, detail);
    es_raise(es_exc_new(type, 2, args));
}

static ES_NORETURN void error(es_lexer_t *lx, const char *msg) {
    lx->failed = true;
    es_lexer_error(&es_type_SyntaxError, lx->file, lx->tok_line, msg);
}

// The next source byte, with CPython's universal newlines: "\r\n" and a
// lone "\r" read as "\n" (in string literals too).
static int read_src(es_lexer_t *lx) {
    int c = lx->src->next(lx->src->data);
    if (c == '\n' && lx->after_cr) {
        c = lx->src->next(lx->src->data);
    }
    lx->after_cr = c == '\r';
    return c == '\r' ? '\n' : c;
}

static void advance(es_lexer_t *lx) {
    if (lx->c0 == '\n') {
        lx->line++;
    }
    lx->last = lx->c0;
    lx->c0 = lx->c1;
    lx->c1 = lx->c2;
    lx->c2 = lx->c2 < 0 ? -1 : read_src(lx);
}

static void buf_add(es_lexer_t *lx, int c) {
    if (lx->len + 2 > lx->alloc) {
        size_t n = lx->alloc ? lx->alloc * 2 : 32;
        lx->buf = es_gc_realloc(lx->buf, n);
        lx->alloc = es_gc_size(lx->buf);
    }
    lx->buf[lx->len++] = (char)c;
    lx->buf[lx->len] = 0;
}

// Append c0 to the text and move on.
static void take(es_lexer_t *lx) {
    buf_add(lx, lx->c0);
    advance(lx);
}

void es_lexer_init(es_lexer_t *lx, es_reader_t *src, es_qstr_t file,
    uint32_t line, bool expr_only) {
    memset(lx, 0, sizeof(*lx));
    lx->src = src;
    lx->file = file;
    lx->line = line;
    lx->c0 = lx->c1 = lx->c2 = 0;
    lx->c2 = read_src(lx);
    advance(lx);
    advance(lx);
    if (lx->c0 == 0xef && lx->c1 == 0xbb && lx->c2 == 0xbf) {
        advance(lx); // a UTF-8 byte order mark
        advance(lx);
        advance(lx);
    }
    lx->at_bol = !expr_only;
    lx->expr_only = expr_only;
    lx->paren = expr_only ? 1 : 0; // an f-string field is inside {}
    lx->paren_char[0] = '{';
    lx->paren_line[0] = (uint16_t)line;
    buf_add(lx, 0);
    es_lexer_next(lx);
}

static bool is_name_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || c >= 0x80;
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_name_char(int c) {
    return is_name_start(c) || is_digit(c);
}

// --- indentation

// At a backslash that ends a line: skip it and the line end (false
// otherwise). A source that ends there is a SyntaxError.
static bool skip_continuation(es_lexer_t *lx) {
    if (lx->c0 != '\\' || (lx->c1 >= 0 && lx->c1 != '\n')) {
        return false;
    }
    uint32_t line = lx->line;
    advance(lx);
    if (lx->c0 == '\n') {
        advance(lx);
    }
    if (lx->c0 < 0) {
        lx->tok_line = line; // the backslash's line, as CPython
        error(lx, ES_ERR("unexpected EOF while parsing"));
    }
    return true;
}

// Measure the indentation of the next non-blank line; false at the end.
// As CPython, a continuation line in the indentation goes on with it: the
// columns at the first backslash are the line's indentation, and a line
// that is blank after its continuations is blank.
static bool measure_indent(es_lexer_t *lx, unsigned *col, unsigned *col1) {
    for (;;) {
        unsigned cont = 0, cont1 = 0;
        bool continued = false;
        *col = *col1 = 0;
        for (;;) {
            if (lx->c0 == '\t') {
                *col = (*col / 8 + 1) * 8;
            } else if (lx->c0 == ' ') {
                (*col)++;
            } else if (lx->c0 == '\f') {
                *col = 0;
            } else if (skip_continuation(lx)) {
                if (!continued) { // the columns at the first backslash
                    continued = true;
                    cont = *col;
                    cont1 = *col1;
                }
                continue;
            } else {
                break;
            }
            (*col1)++;
            advance(lx);
        }
        if (lx->c0 == '#') {
            while (lx->c0 != '\n' && lx->c0 >= 0) {
                advance(lx);
            }
        }
        if (lx->c0 != '\n') {
            if (continued) {
                *col = cont;
                *col1 = cont1;
            }
            return lx->c0 >= 0;
        }
        advance(lx);
    }
}

static ES_NORETURN void indent_error(es_lexer_t *lx, const char *msg) {
    lx->failed = true;
    lx->soft = true;
    es_lexer_error(&es_type_IndentationError, lx->file, lx->line, msg);
}

static ES_NORETURN void tab_error(es_lexer_t *lx) {
    indent_error(lx, ES_ERR("inconsistent use of tabs and spaces in indentation"));
}

// At the start of a logical line: set pending INDENT/DEDENTs.
static void do_indent(es_lexer_t *lx) {
    unsigned col, col1;
    lx->at_bol = false;
    if (!measure_indent(lx, &col, &col1)) {
        return;
    }
    unsigned n = lx->n_indent;
    if (col > lx->indent[n]) {
        if (col1 <= lx->indent1[n]) {
            tab_error(lx);
        }
        if (n >= ES_LEX_MAX_INDENT) {
            indent_error(lx, ES_ERR("too many levels of indentation"));
        }
        lx->n_indent++;
        lx->indent[n + 1] = (uint16_t)col;
        lx->indent1[n + 1] = (uint16_t)col1;
        lx->pending = 1;
        return;
    }
    while (col < lx->indent[lx->n_indent]) {
        lx->n_indent--;
        lx->pending--;
    }
    if (col != lx->indent[lx->n_indent]) {
        indent_error(lx,
            ES_ERR("unindent does not match any outer indentation level"));
    }
    if (col1 != lx->indent1[lx->n_indent]) {
        tab_error(lx);
    }
}

// Skip blanks, comments, continuation lines and newlines inside brackets.
static void skip_space(es_lexer_t *lx) {
    for (;;) {
        int c = lx->c0;
        if (c == ' ' || c == '\t' || c == '\f') {
            advance(lx);
        } else if (c == '#') {
            while (lx->c0 != '\n' && lx->c0 >= 0) {
                advance(lx);
            }
        } else if (skip_continuation(lx)) {
            continue;
        } else if (c == '\n' && lx->paren > 0) {
            advance(lx);
        } else {
            return;
        }
    }
}

// --- names and keywords

// Fixed-size entries, zero-padded: a name of up to 8 characters and its
// terminator compare within one entry. Read through core/rom.h (flash,
// where this table lives on the chip, reads only as words).
#define KEYWORD_MAX 8
static const char keywords[][KEYWORD_MAX + 1] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};

// The keyword token of the name [s] of [len] characters, or ES_TOK_NAME.
static es_tok_t keyword(const char *s, size_t len) {
    if (len < 2 || len > KEYWORD_MAX) {
        return ES_TOK_NAME;
    }
    for (size_t i = 0; i < ES_ARRAY_SIZE(keywords); i++) {
        if (es_rom_u8(keywords[i]) == (uint8_t)s[0]
            && es_rom_memcmp(keywords[i], s, len + 1) == 0) {
            return (es_tok_t)(ES_TOK_KW_FALSE + i);
        }
    }
    return ES_TOK_NAME;
}

// String prefix flags from the name in buf, or -1 when not a prefix.
#define PFX_RAW 1
#define PFX_BYTES 2
#define PFX_F 4
static int string_prefix(const es_lexer_t *lx) {
    if (lx->len > 2) {
        return -1;
    }
    int flags = 0;
    for (size_t i = 0; i < lx->len; i++) {
        int c = lx->buf[i] | 0x20, bit;
        bit = c == 'r' ? PFX_RAW : c == 'b' ? PFX_BYTES : c == 'f' ? PFX_F
            : c == 'u' ? 8 : 0;
        if (bit == 0 || (flags & bit)) {
            return -1;
        }
        flags |= bit;
    }
    if ((flags & 8) && lx->len > 1) {
        return -1; // u combines with nothing
    }
    if ((flags & PFX_BYTES) && (flags & PFX_F)) {
        return -1;
    }
    return flags & 7;
}

// --- strings

static ES_NORETURN void unterminated(es_lexer_t *lx, bool triple) {
    char msg[80];
    const char *what = triple ? "unterminated triple-quoted string literal"
                              : "unterminated string literal";
    size_t n = strlen(what);
    memcpy(msg, what, n);
    unsigned line = lx->line, i = 0;
    if (triple && lx->len > 0 && lx->buf[lx->len - 1] == '\n') {
        line--;
    }
    char digits[12];
    do {
        digits[i++] = (char)('0' + line % 10);
        line /= 10;
    } while (line);
    memcpy(msg + n, " (detected at line ", 19);
    n += 19;
    while (i) {
        msg[n++] = digits[--i];
    }
    msg[n++] = ')';
    msg[n] = 0;
    error(lx, msg);
}

// Nesting of f-strings (PEP 701): inside a replacement field a quote opens
// a nested string, which may reuse the enclosing one's quote. A string
// nests at most this deep, with at most this many open brackets a level.
#define FSTR_MAX_NEST 32

// Does the nested string opening at c0 have an f prefix? Its prefix is the
// name just before it at the end of buf.
static bool nested_is_f(const es_lexer_t *lx) {
    size_t i = lx->len, k = 0;
    bool f = false;
    for (; i > 0 && is_name_char((unsigned char)lx->buf[i - 1]); i--, k++) {
        f |= (lx->buf[i - 1] | 0x20) == 'f';
    }
    return f && k <= 2;
}

static void take_quotes(es_lexer_t *lx, int n, bool keep) {
    for (; n > 0; n--) {
        if (keep) {
            take(lx);
        } else {
            advance(lx);
        }
    }
}

static ES_NORETURN void fstring_too_deep(es_lexer_t *lx) {
    error(lx, ES_ERR("f-string: expressions nested too deeply"));
}

// One character of an f-string's replacement field (expression, brackets
// inside it) at c0, taken into buf; the field [stack] follows it: 'F' a
// field's expression, 'B' a bracket inside it, 'S' the field's format spec.
static void field_char(es_lexer_t *lx, char *stack, int *sp, int nest);

// Read the body of a string whose opening quote is c0; buf gets the raw
// body (backslashes kept; with [keep], the quotes too). [fstr]: an
// f-string, whose fields may hold strings; [nest]: how deep it is.
static void read_string_body(es_lexer_t *lx, bool fstr, bool keep, int nest) {
    int q = lx->c0;
    bool triple = lx->c1 == q && lx->c2 == q;
    take_quotes(lx, triple ? 3 : 1, keep);
    char stack[FSTR_MAX_NEST];
    int sp = 0;
    for (;;) {
        int c = lx->c0;
        if ((c < 0 || (c == '\n' && !triple)) && nest > 0) {
            error(lx, ES_ERR("f-string: expecting '}'")); // as CPython 3.12
        }
        if (c < 0 || (c == '\n' && !triple)) {
            unterminated(lx, triple);
        }
        if (sp > 0 && stack[sp - 1] != 'S') {
            field_char(lx, stack, &sp, nest);
            continue;
        }
        if (c == q && (!triple || (lx->c1 == q && lx->c2 == q))) {
            take_quotes(lx, triple ? 3 : 1, keep);
            return;
        }
        if (fstr && (c == '{' || c == '}')) {
            if (sp == 0 && lx->c1 == c) {
                take(lx); // {{ or }}
            } else if (c == '{') {
                if (sp == FSTR_MAX_NEST) {
                    fstring_too_deep(lx);
                }
                stack[sp++] = 'F';
            } else if (sp > 0) {
                sp--; // the end of a field's format spec
            }
        }
        if (c == '\\') {
            take(lx);
            if (lx->c0 < 0) {
                unterminated(lx, triple);
            }
        }
        take(lx);
    }
}

static void field_char(es_lexer_t *lx, char *stack, int *sp, int nest) {
    int c = lx->c0;
    if (c == '\'' || c == '"') {
        if (nest == FSTR_MAX_NEST) {
            fstring_too_deep(lx);
        }
        es_stack_check();
        read_string_body(lx, nested_is_f(lx), true, nest + 1);
        return;
    }
    if (c == '(' || c == '[' || c == '{') {
        if (*sp == FSTR_MAX_NEST) {
            fstring_too_deep(lx);
        }
        stack[(*sp)++] = 'B';
    } else if (c == '}' || ((c == ')' || c == ']') && stack[*sp - 1] == 'B')) {
        (*sp)--;
    } else if (c == ':' && stack[*sp - 1] == 'F') {
        stack[*sp - 1] = 'S';
    }
    take(lx);
}

static void check_utf8(es_lexer_t *lx);

static void lex_string(es_lexer_t *lx, int pfx) {
    lx->len = 0;
    read_string_body(lx, (pfx & PFX_F) != 0, false, 0);
    lx->str_flags = (pfx & PFX_RAW) ? ES_LEX_RAW : 0;
    if (!(pfx & PFX_BYTES)) {
        check_utf8(lx);
    }
    if (pfx & PFX_F) {
        lx->tok = ES_TOK_FSTRING;
        return;
    }
    lx->tok = (pfx & PFX_BYTES) ? ES_TOK_BYTES : ES_TOK_STRING;
    if (pfx & PFX_BYTES) {
        for (size_t i = 0; i < lx->len; i++) {
            if ((unsigned char)lx->buf[i] >= 0x80) {
                error(lx, ES_ERR(
                    "bytes can only contain ASCII literal characters"));
            }
        }
    }
    if (!(pfx & PFX_RAW)) {
        const char *err = NULL;
        size_t n = es_lexer_unescape(lx->buf, lx->len, lx->buf,
            (pfx & PFX_BYTES) != 0, &err);
        if (n == (size_t)-1) {
            error(lx, err);
        }
        lx->len = n;
        lx->buf[n] = 0;
    }
}

static int hexval(int c) {
    if (is_digit(c)) {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static size_t put_utf8(char *out, uint32_t c) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

// Decode one escape at s[i] (just after the backslash); returns the bytes
// consumed, or 0 for an invalid escape (with *err set). *len gets what
// was written to out (which has room for 4 bytes).
static size_t one_escape(const char *s, size_t n, char *out, size_t *len,
    bool bytes, const char **err) {
    static const char simple[] = "\n\n\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    char c = s[0];
    for (size_t k = 0; es_rom_u8(&simple[k]); k += 2) { // flash: rom.h
        if (es_rom_u8(&simple[k]) == (uint8_t)c) {
            *len = c == '\n' ? 0 : 1;
            out[0] = (char)es_rom_u8(&simple[k + 1]);
            return 1;
        }
    }
    if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        size_t k = 0;
        while (k < 3 && k < n && s[k] >= '0' && s[k] <= '7') {
            v = v * 8 + (uint32_t)(s[k++] - '0');
        }
        *len = bytes ? (out[0] = (char)v, 1) : put_utf8(out, v);
        return k;
    }
    size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits == 0 || (bytes && c != 'x')) {
        if (c == 'N' && !bytes) {
            *err = ES_ERR("\\N{...} escapes are not supported");
            return 0;
        }
        out[0] = '\\'; // unknown escapes stay as they are
        out[1] = c;
        *len = 2;
        return 1;
    }
    uint32_t v = 0;
    for (size_t k = 1; k <= digits; k++) {
        int h = k < n ? hexval(s[k]) : -1;
        if (h < 0) {
            *err = c == 'x' ? ES_ERR("invalid \\x escape")
                : ES_ERR("truncated \\uXXXX escape");
            return 0;
        }
        v = v * 16 + (uint32_t)h;
    }
    if (v > 0x10ffff) {
        *err = ES_ERR("illegal Unicode character");
        return 0;
    }
    *len = bytes ? (out[0] = (char)v, 1) : put_utf8(out, v);
    return digits + 1;
}

size_t es_lexer_unescape(const char *s, size_t n, char *out, bool bytes,
    const char **err) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\' || i + 1 >= n) {
            out[o++] = s[i++];
            continue;
        }
        char tmp[4];
        size_t len = 0;
        size_t used = one_escape(s + i + 1, n - i - 1, tmp, &len, bytes, err);
        if (used == 0) {
            return (size_t)-1;
        }
        memcpy(out + o, tmp, len);
        o += len;
        i += used + 1;
    }
    return o;
}

// --- numbers

static void take_digits(es_lexer_t *lx, int base) {
    for (;;) {
        int c = lx->c0;
        bool ok = base == 16 ? hexval(c) >= 0 : is_digit(c) && c - '0' < base;
        if (c == '_' && lx->len > 0 && lx->buf[lx->len - 1] != '_') {
            ok = true;
        } else if (base == 10 && is_digit(c)) {
            ok = true;
        }
        if (!ok) {
            break;
        }
        take(lx);
    }
    if (lx->len > 0 && lx->buf[lx->len - 1] == '_') {
        error(lx, ES_ERR("invalid decimal literal"));
    }
}

// Does a keyword that may follow a number without a space start at c0
// ("1if x else 2", as CPython still accepts)? Checks what lookahead holds.
static bool keyword_follows(const es_lexer_t *lx) {
    // Their first three bytes (zero-padded), one word each: flash reads
    // only as words.
    static const uint32_t kws[] = {'a' | 'n' << 8 | 'd' << 16,
        'e' | 'l' << 8 | 's' << 16, 'f' | 'o' << 8 | 'r' << 16, 'i' | 'f' << 8,
        'i' | 'n' << 8, 'i' | 's' << 8, 'n' | 'o' << 8 | 't' << 16,
        'o' | 'r' << 8};
    for (size_t i = 0; i < ES_ARRAY_SIZE(kws); i++) {
        uint32_t k = kws[i];
        int k2 = (int)(k >> 16);
        if ((int)(k & 0xff) == lx->c0 && (int)(k >> 8 & 0xff) == lx->c1
            && (k2 == 0 ? !is_name_char(lx->c2) : k2 == lx->c2)) {
            return true;
        }
    }
    return false;
}

static void lex_number(es_lexer_t *lx) {
    lx->len = 0;
    lx->tok = ES_TOK_INT;
    if (lx->c0 == '0' && strchr("xXoObB", lx->c1) && lx->c1 > 0) {
        int b = lx->c1 | 0x20;
        take(lx);
        take(lx);
        size_t start = lx->len;
        if (lx->c0 == '_') {
            advance(lx);
        }
        take_digits(lx, b == 'x' ? 16 : b == 'o' ? 8 : 2);
        if (b != 'x' && is_digit(lx->c0)) {
            char msg[] = "invalid digit 'x' in binary literal";
            msg[15] = (char)lx->c0;
            if (b == 'o') {
                memcpy(msg + 21, "octal literal", 14);
            }
            error(lx, msg);
        }
        if (lx->len == start || (is_name_char(lx->c0) && !keyword_follows(lx))) {
            error(lx, b == 'x' ? ES_ERR("invalid hexadecimal literal")
                : b == 'o' ? ES_ERR("invalid octal literal")
                : ES_ERR("invalid binary literal"));
        }
        return;
    }
    take_digits(lx, 10);
    if (lx->c0 == '.') {
        lx->tok = ES_TOK_FLOAT;
        take(lx);
        if (is_digit(lx->c0)) {
            take_digits(lx, 10);
        }
    }
    if ((lx->c0 | 0x20) == 'e' && (is_digit(lx->c1)
        || ((lx->c1 == '+' || lx->c1 == '-') && is_digit(lx->c2)))) {
        lx->tok = ES_TOK_FLOAT;
        take(lx);
        if (lx->c0 == '+' || lx->c0 == '-') {
            take(lx);
        }
        take_digits(lx, 10);
    }
    if ((lx->c0 | 0x20) == 'j') {
        lx->tok = ES_TOK_IMAG;
        advance(lx);
    }
    if (is_name_char(lx->c0) && !keyword_follows(lx)) {
        error(lx, ES_ERR("invalid decimal literal"));
    }
    if (lx->tok == ES_TOK_INT && lx->buf[0] == '0') {
        for (size_t i = 1; i < lx->len; i++) {
            if (lx->buf[i] != '0' && lx->buf[i] != '_') {
                error(lx, ES_ERR("leading zeros in decimal integer literals"
                    " are not permitted; use an 0o prefix for octal"
                    " integers"));
            }
        }
    }
}

// --- operators

// Each entry is one word (flash reads only as words): up to three bytes of
// text (zero-filled) and the token in the top byte. Longest texts first
// within a starting byte.
#define OP(a, b, c, tok) \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 \
        | (uint32_t)(tok) << 24)
static const uint32_t ops[] = {
    OP('*', '*', '=', ES_TOK_AUG_DSTAR), OP('/', '/', '=', ES_TOK_AUG_DSLASH),
    OP('>', '>', '=', ES_TOK_AUG_RSHIFT), OP('<', '<', '=', ES_TOK_AUG_LSHIFT),
    OP('.', '.', '.', ES_TOK_ELLIPSIS),
    OP('*', '*', 0, ES_TOK_DSTAR), OP('/', '/', 0, ES_TOK_DSLASH),
    OP('>', '>', 0, ES_TOK_RSHIFT), OP('<', '<', 0, ES_TOK_LSHIFT),
    OP('<', '=', 0, ES_TOK_LE), OP('>', '=', 0, ES_TOK_GE),
    OP('=', '=', 0, ES_TOK_EQ), OP('!', '=', 0, ES_TOK_NE),
    OP('-', '>', 0, ES_TOK_ARROW), OP(':', '=', 0, ES_TOK_WALRUS),
    OP('+', '=', 0, ES_TOK_AUG_PLUS), OP('-', '=', 0, ES_TOK_AUG_MINUS),
    OP('*', '=', 0, ES_TOK_AUG_STAR), OP('/', '=', 0, ES_TOK_AUG_SLASH),
    OP('%', '=', 0, ES_TOK_AUG_PERCENT), OP('@', '=', 0, ES_TOK_AUG_AT),
    OP('&', '=', 0, ES_TOK_AUG_AMP), OP('|', '=', 0, ES_TOK_AUG_PIPE),
    OP('^', '=', 0, ES_TOK_AUG_CARET),
    OP('(', 0, 0, ES_TOK_LPAR), OP(')', 0, 0, ES_TOK_RPAR),
    OP('[', 0, 0, ES_TOK_LSQB), OP(']', 0, 0, ES_TOK_RSQB),
    OP('{', 0, 0, ES_TOK_LBRACE), OP('}', 0, 0, ES_TOK_RBRACE),
    OP(',', 0, 0, ES_TOK_COMMA), OP(':', 0, 0, ES_TOK_COLON),
    OP(';', 0, 0, ES_TOK_SEMI), OP('.', 0, 0, ES_TOK_DOT),
    OP('@', 0, 0, ES_TOK_AT), OP('=', 0, 0, ES_TOK_ASSIGN),
    OP('~', 0, 0, ES_TOK_TILDE), OP('<', 0, 0, ES_TOK_LT),
    OP('>', 0, 0, ES_TOK_GT), OP('|', 0, 0, ES_TOK_PIPE),
    OP('^', 0, 0, ES_TOK_CARET), OP('&', 0, 0, ES_TOK_AMP),
    OP('+', 0, 0, ES_TOK_PLUS), OP('-', 0, 0, ES_TOK_MINUS),
    OP('*', 0, 0, ES_TOK_STAR), OP('/', 0, 0, ES_TOK_SLASH),
    OP('%', 0, 0, ES_TOK_PERCENT),
};
#undef OP

// Append the decimal digits of [n] to the text at [s] (room for 10).
static void put_decimal(char *s, uint32_t n) {
    char d[12];
    size_t k = 0;
    do {
        d[k++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    s += strlen(s);
    while (k) {
        *s++ = d[--k];
    }
    *s = 0;
}

// The token's text becomes a str (a string literal's, or a name's), and
// every str holds valid UTF-8 (core/str.h): other bytes are a SyntaxError
// with CPython's "(unicode error)" text. Comments may hold any bytes.
static void check_utf8(es_lexer_t *lx) {
    const char *why;
    size_t i = es_utf8_bad(lx->buf, lx->len, &why);
    if (i == lx->len) {
        return;
    }
    uint8_t bad = (uint8_t)lx->buf[i];
    char msg[128];
    strcpy(msg, "(unicode error) 'utf-8' codec can't decode byte 0x");
    size_t n = strlen(msg);
    msg[n++] = es_rom_digit(bad >> 4, false);
    msg[n++] = es_rom_digit(bad & 0xf, false);
    strcpy(msg + n, " in position ");
    put_decimal(msg, (uint32_t)i);
    strcat(msg, ": ");
    strcat(msg, why);
    for (size_t j = 0; j < i; j++) { // the bad byte's line, as CPython's
        lx->tok_line += lx->buf[j] == '\n';
    }
    error(lx, msg);
}

static ES_NORETURN void mismatch(es_lexer_t *lx, char close) {
    char msg[96] = "closing parenthesis 'x' does not match opening parenthesis 'y'";
    char open = lx->paren_char[lx->paren - 1];
    uint32_t line = lx->paren_line[lx->paren - 1];
    msg[21] = close;
    msg[60] = open;
    if (line != (uint16_t)lx->tok_line) {
        strcat(msg, " on line ");
        put_decimal(msg, line);
    }
    error(lx, msg);
}

static void bracket(es_lexer_t *lx, es_tok_t t) {
    if (t == ES_TOK_LPAR || t == ES_TOK_LSQB || t == ES_TOK_LBRACE) {
        if (lx->paren >= ES_LEX_MAX_PAREN) {
            error(lx, ES_ERR("too many nested parentheses"));
        }
        lx->paren_char[lx->paren] = t == ES_TOK_LPAR ? '('
            : t == ES_TOK_LSQB ? '[' : '{';
        lx->paren_line[lx->paren++] = (uint16_t)lx->tok_line;
    } else if (t == ES_TOK_RPAR || t == ES_TOK_RSQB || t == ES_TOK_RBRACE) {
        char close = t == ES_TOK_RPAR ? ')' : t == ES_TOK_RSQB ? ']' : '}';
        if (lx->paren == (lx->expr_only ? 1 : 0)) {
            char msg[] = "unmatched ')'";
            msg[11] = close;
            error(lx, msg);
        }
        char open = lx->paren_char[lx->paren - 1];
        if ((open == '(') != (close == ')') || (open == '[') != (close == ']')) {
            mismatch(lx, close);
        }
        lx->paren--;
    }
}

static void lex_op(es_lexer_t *lx) {
    int c[3] = {lx->c0, lx->c1, lx->c2};
    for (size_t i = 0; i < ES_ARRAY_SIZE(ops); i++) {
        uint32_t op = ops[i];
        size_t n = 0;
        while (n < 3 && (op >> (8 * n) & 0xff) != 0
            && (int)(op >> (8 * n) & 0xff) == c[n]) {
            n++;
        }
        if (n == 3 || (n > 0 && (op >> (8 * n) & 0xff) == 0)) {
            while (n--) {
                advance(lx);
            }
            lx->tok = (es_tok_t)(op >> 24);
            bracket(lx, lx->tok);
            return;
        }
    }
    lx->soft = true;
    if (c[0] == '\\') {
        error(lx, ES_ERR("unexpected character after line continuation character"));
    }
    error(lx, ES_ERR("invalid syntax"));
}

// The code point of the UTF-8 sequence starting at c0 when it is a
// punctuation, space or symbol character that cannot be in a name (the
// ones copied-and-pasted code brings: no-break space, curly quotes,
// dashes, currency, arrows, math); else 0. Other non-ASCII characters
// are taken as identifier characters (no Unicode tables on the chip).
static uint32_t bad_char(const es_lexer_t *lx) {
    int c0 = lx->c0, c1 = lx->c1, c2 = lx->c2;
    if (c0 == 0xc2 && c1 >= 0xa0 && c1 <= 0xbf && c1 != 0xaa && c1 != 0xb5
        && c1 != 0xb7 && c1 != 0xba) {
        return (uint32_t)c1; // U+00A0..U+00BF, letters excepted
    }
    if (c0 == 0xc3 && (c1 == 0x97 || c1 == 0xb7)) {
        return (uint32_t)(0xc0 + (c1 & 0x3f)); // multiplication, division
    }
    uint32_t cp = ((uint32_t)(c0 & 0x0f) << 12) | ((uint32_t)(c1 & 0x3f) << 6)
        | (uint32_t)(c2 & 0x3f);
    if (c0 == 0xe2 && ((cp >= 0x2000 && cp <= 0x206f)
        || (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0x2190 && cp <= 0x23ff))) {
        return cp;
    }
    return c0 == 0xe3 && cp >= 0x3000 && cp <= 0x3003 ? cp : 0;
}

static ES_NORETURN void bad_char_error(es_lexer_t *lx, uint32_t cp) {
    char msg[64];
    bool space = cp == 0xa0 || cp == 0xad || (cp >= 0x2000 && cp <= 0x200f)
        || (cp >= 0x2028 && cp <= 0x202f) || cp == 0x205f || cp == 0x2060
        || cp == 0x3000;
    size_t n;
    if (space) {
        strcpy(msg, "invalid non-printable character U+");
    } else {
        strcpy(msg, "invalid character '");
        n = strlen(msg);
        size_t len = cp < 0x800 ? 2 : 3;
        int b[3] = {lx->c0, lx->c1, lx->c2};
        for (size_t i = 0; i < len; i++) {
            msg[n++] = (char)b[i];
        }
        strcpy(msg + n, "' (U+");
    }
    n = strlen(msg);
    for (int shift = 12; shift >= 0; shift -= 4) {
        msg[n++] = es_rom_digit((cp >> shift) & 0xf, true);
    }
    msg[n] = 0;
    if (!space) {
        strcat(msg, ")");
    }
    lx->tok_line = lx->line;
    error(lx, msg);
}

static void lex_name(es_lexer_t *lx) {
    lx->len = 0;
    bool wide = false;
    while (is_name_char(lx->c0)) {
        uint32_t cp = lx->c0 >= 0x80 ? bad_char(lx) : 0;
        if (cp != 0) {
            bad_char_error(lx, cp);
        }
        wide = wide || lx->c0 >= 0x80;
        take(lx);
    }
    if (lx->c0 == '\'' || lx->c0 == '"') {
        int pfx = string_prefix(lx);
        if (pfx >= 0) {
            lex_string(lx, pfx);
            return;
        }
    }
    if (wide) {
        check_utf8(lx);
    }
    lx->tok = keyword(lx->buf, lx->len);
}

void es_lexer_unclosed(es_lexer_t *lx) {
    char msg[] = "'(' was never closed";
    msg[1] = lx->paren_char[lx->paren - 1];
    lx->tok_line = lx->paren_line[lx->paren - 1];
    error(lx, msg);
}

// End of input: NEWLINE for an unfinished line, DEDENTs, then EOF.
static void lex_eof(es_lexer_t *lx) {
    if (lx->last == '\n' && lx->line > 1) {
        lx->tok_line = lx->line - 1; // as CPython: the last line's number
    }
    if (lx->expr_only) {
        lx->tok = ES_TOK_EOF;
    } else if (lx->paren > 0 && lx->scan_only) {
        lx->tok = ES_TOK_EOF;
    } else if (lx->paren > 0) {
        es_lexer_unclosed(lx);
    } else if (lx->mid_line) {
        lx->tok = ES_TOK_NEWLINE;
    } else if (lx->n_indent > 0) {
        lx->n_indent--;
        lx->tok = ES_TOK_DEDENT;
    } else {
        lx->tok = ES_TOK_EOF;
    }
}

static void lex_token(es_lexer_t *lx) {
    if (lx->at_bol && lx->paren == 0) {
        do_indent(lx);
        if (lx->pending != 0) {
            return;
        }
    }
    skip_space(lx);
    lx->tok_line = lx->line;
    int c = lx->c0;
    if (c < 0) {
        lex_eof(lx);
    } else if (c == '\n') {
        advance(lx);
        lx->tok = ES_TOK_NEWLINE;
        lx->at_bol = true;
    } else if (is_name_start(c)) {
        lex_name(lx);
    } else if (is_digit(c) || (c == '.' && is_digit(lx->c1))) {
        lex_number(lx);
    } else if (c == '\'' || c == '"') {
        lex_string(lx, 0);
    } else {
        lex_op(lx);
    }
}

void es_lexer_next(es_lexer_t *lx) {
    lx->prev = lx->tok;
    lx->prev_paren = lx->paren;
    if (lx->pending == 0) {
        lex_token(lx);
    }
    if (lx->pending != 0) {
        lx->tok = lx->pending > 0 ? ES_TOK_INDENT : ES_TOK_DEDENT;
        lx->pending += lx->pending > 0 ? -1 : 1;
        lx->tok_line = lx->line;
        return;
    }
    lx->mid_line = lx->tok != ES_TOK_NEWLINE && lx->tok != ES_TOK_EOF
        && lx->tok != ES_TOK_DEDENT;
}
