// SPDX-License-Identifier: MIT
// The lexer: turns a stream of source bytes into Python 3 tokens, one at a
// time, with INDENT/DEDENT and implicit line joining. It never needs the
// whole source in memory: bytes come from an es_reader_t, and only the
// current token's text is kept (in one growing arena buffer).
#ifndef ES_LEXER_H
#define ES_LEXER_H

#include "obj.h"

// A byte source: next() returns the next byte (0..255) or -1 at the end.
typedef struct es_reader {
    void *data;
    int (*next)(void *data);
} es_reader_t;

// State of a reader over memory (the caller keeps it alive).
typedef struct es_mem_reader {
    const char *pos, *end;
} es_mem_reader_t;

// Make [r] read the [len] bytes at [s] using [state]. Never allocates.
void es_reader_from_mem(es_reader_t *r, es_mem_reader_t *state,
    const char *s, size_t len);

// Token kinds. Keywords and operators have their own kinds.
#define ES_TOKENS(X) \
    X(EOF) X(NEWLINE) X(INDENT) X(DEDENT) X(NAME) X(INT) X(FLOAT) X(IMAG) \
    X(STRING) X(BYTES) X(FSTRING) \
    X(KW_FALSE) X(KW_NONE) X(KW_TRUE) X(KW_AND) X(KW_AS) X(KW_ASSERT) \
    X(KW_ASYNC) X(KW_AWAIT) X(KW_BREAK) X(KW_CLASS) X(KW_CONTINUE) \
    X(KW_DEF) X(KW_DEL) X(KW_ELIF) X(KW_ELSE) X(KW_EXCEPT) X(KW_FINALLY) \
    X(KW_FOR) X(KW_FROM) X(KW_GLOBAL) X(KW_IF) X(KW_IMPORT) X(KW_IN) \
    X(KW_IS) X(KW_LAMBDA) X(KW_NONLOCAL) X(KW_NOT) X(KW_OR) X(KW_PASS) \
    X(KW_RAISE) X(KW_RETURN) X(KW_TRY) X(KW_WHILE) X(KW_WITH) X(KW_YIELD) \
    X(LPAR) X(RPAR) X(LSQB) X(RSQB) X(LBRACE) X(RBRACE) X(COMMA) \
    X(COLON) X(SEMI) X(DOT) X(ELLIPSIS) X(AT) X(ASSIGN) X(ARROW) \
    X(WALRUS) X(TILDE) \
    X(LT) X(GT) X(EQ) X(LE) X(GE) X(NE) \
    X(PIPE) X(CARET) X(AMP) X(LSHIFT) X(RSHIFT) X(PLUS) X(MINUS) X(STAR) \
    X(DSLASH) X(SLASH) X(PERCENT) X(DSTAR) \
    X(AUG_PIPE) X(AUG_CARET) X(AUG_AMP) X(AUG_LSHIFT) X(AUG_RSHIFT) \
    X(AUG_PLUS) X(AUG_MINUS) X(AUG_STAR) X(AUG_AT) X(AUG_DSLASH) \
    X(AUG_SLASH) X(AUG_PERCENT) X(AUG_DSTAR)

typedef enum {
#define ES_TOK_ENUM(name) ES_TOK_##name,
    ES_TOKENS(ES_TOK_ENUM)
#undef ES_TOK_ENUM
    ES_N_TOKS
} es_tok_t;

// String token flags (es_lexer_t.str_flags).
#define ES_LEX_RAW 0x1

#define ES_LEX_MAX_INDENT 100 // nested blocks, as CPython
#define ES_LEX_MAX_PAREN 200  // nested brackets, as CPython

typedef struct es_lexer {
    es_reader_t *src;
    es_qstr_t file;
    int c0, c1, c2;          // lookahead bytes (-1 = end)
    int last;                // the byte before c0
    bool after_cr;           // the last byte read was a '\r' (read_src)
    uint32_t line;           // line of c0
    uint32_t tok_line;       // line where the current token starts
    es_tok_t tok;            // the current token
    uint8_t str_flags;       // ES_LEX_RAW for STRING/BYTES/FSTRING
    bool at_bol;             // next token starts a logical line
    bool mid_line;           // tokens were given since the last NEWLINE
    bool expr_only;          // see es_lexer_init
    uint16_t paren;          // bracket depth
    bool scan_only;          // at the end give EOF even inside brackets
    bool failed;             // the lexer raised an error
    bool soft;               // that error is one CPython's tokenizer
                             // reports without an exception (indentation,
                             // line continuation, stray character)
    es_tok_t prev;           // the token before the current one
    uint16_t prev_paren;     // bracket depth after the previous token
    char paren_char[ES_LEX_MAX_PAREN];      // open brackets
    uint16_t paren_line[ES_LEX_MAX_PAREN];  // and their lines
    int16_t pending;         // DEDENTs (<0) or INDENT (>0) still to give
    uint16_t n_indent;
    uint16_t indent[ES_LEX_MAX_INDENT + 1];  // columns, tab size 8
    uint16_t indent1[ES_LEX_MAX_INDENT + 1]; // columns, tab size 1
    // Text of NAME/number tokens and the decoded body of strings (raw body
    // of f-strings). NUL-terminated; valid until the next token.
    char *buf;
    size_t len, alloc;
} es_lexer_t;

// Start lexing [src] (named [file] in errors; its first line is numbered
// [line]) and read the first token. [expr_only]: the source is one
// expression (f-string fields): newlines are ignored. Raises SyntaxError,
// MemoryError.
void es_lexer_init(es_lexer_t *lx, es_reader_t *src, es_qstr_t file,
    uint32_t line, bool expr_only);
// Advance to the next token. Raises SyntaxError, MemoryError.
void es_lexer_next(es_lexer_t *lx);

// Raise "'(' was never closed" for the innermost open bracket.
ES_NORETURN void es_lexer_unclosed(es_lexer_t *lx);

// Raise SyntaxError (or IndentationError when [type] says so) with [msg]
// at [line] of [file]: args are (msg, (file, line, None, None)) as in
// CPython; the traceback printer shows `  File "x.py", line N`.
ES_NORETURN void es_lexer_error(const es_type_t *type, es_qstr_t file,
    uint32_t line, const char *msg);

// Decode the backslash escapes of the [n] bytes at [s] into [out] (which
// may be [s]: the result is never longer). [bytes]: \u, \U and \N stay as
// they are. Returns the decoded length, or (size_t)-1 with *[err] set to
// a message for an invalid escape.
size_t es_lexer_unescape(const char *s, size_t n, char *out, bool bytes,
    const char **err);

#endif
