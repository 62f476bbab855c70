// SPDX-License-Identifier: MIT
// Literals for the parser: numbers become values, adjacent string
// literals are concatenated (decoded by the lexer), and f-strings are split
// into literal parts and FORMAT fields whose expressions are parsed with a
// lexer of their own over the field's text.
#include <string.h>

#include "exc.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "parse.h"
#include "parse_int.h"
#include "str.h"

#define LONG_LITERAL 32 // bytes

// The literal hooks may be missing from the build (see float.h).
#pragma weak es_float_parse
#pragma weak es_complex_parse_imag
#pragma weak es_bytes_literal

static node_t *joined(parser_t *p, uint32_t line, node_t *parts) {
    node_t *n = es_parse_node(p, ES_N_JOINED, line);
    n->a = parts;
    return n;
}

// --- literals

void es_parse_sbuf_add(parser_t *p, const char *s, size_t n) {
    if (p->slen + n + 1 > p->salloc) {
        size_t want = (p->slen + n + 1) * 2;
        p->sbuf = es_gc_realloc(p->sbuf, want);
        p->salloc = es_gc_size(p->sbuf);
    }
    memcpy(p->sbuf + p->slen, s, n);
    p->slen += n;
    p->sbuf[p->slen] = 0;
}

node_t *es_parse_const(parser_t *p, es_val_t v, uint32_t line) {
    node_t *n = es_parse_node(p, ES_N_CONST, line);
    n->val = v;
    return n;
}

// Copy the number text without underscores into sbuf.
static void number_text(parser_t *p) {
    p->slen = 0;
    for (size_t i = 0; i < p->lx->len; i++) {
        if (p->lx->buf[i] != '_') {
            es_parse_sbuf_add(p, p->lx->buf + i, 1);
        }
    }
}

es_val_t es_parse_int(parser_t *p) {
    number_text(p);
    const char *s = p->sbuf;
    int base = 10;
    if (s[0] == '0' && s[1] != 0) {
        int c = s[1] | 0x20;
        base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        s += 2;
    }
    uint32_t v = 0;
    for (; *s; s++) {
        int d = *s <= '9' ? *s - '0' : (*s | 0x20) - 'a' + 10;
        if (v > (0x3fffffffu - (uint32_t)d) / (uint32_t)base) {
            return es_int_parse(p->sbuf, p->slen, 0, false);
        }
        v = v * (uint32_t)base + (uint32_t)d;
    }
    return es_small_new((es_int_t)v);
}

es_val_t es_parse_float(parser_t *p, bool imag) {
    number_text(p);
    es_val_t (*hook)(const char *, size_t) =
        imag ? es_complex_parse_imag : es_float_parse;
    if (hook == NULL) {
        es_parse_error(p, p->lx->tok_line, imag
            ? ES_ERR("complex literals not supported yet")
            : ES_ERR("float literals not supported yet"));
    }
    return hook(p->sbuf, p->slen);
}

static void parse_fstring_body(parser_t *p, const char *s, size_t n,
    bool raw, list_t *parts, uint32_t line);

// Turn sbuf[start..] into a CONST str part of [parts] (when not empty).
static void flush_literal(parser_t *p, list_t *parts, size_t start,
    uint32_t line) {
    if (p->slen > start) {
        es_qstr_t q = es_intern(p->sbuf + start, p->slen - start);
        list_add(parts, es_parse_const(p, es_qstr_val(q), line));
    }
    p->slen = start;
}

// One or more adjacent string literals.
node_t *es_parse_strings(parser_t *p) {
    uint32_t line = p->lx->tok_line;
    es_tok_t first = tok(p);
    list_t parts;
    list_init(&parts);
    bool fmt = false;
    p->slen = 0;
    while (tok(p) == ES_TOK_STRING || tok(p) == ES_TOK_BYTES
        || tok(p) == ES_TOK_FSTRING) {
        if ((tok(p) == ES_TOK_BYTES) != (first == ES_TOK_BYTES)) {
            es_parse_error(p, line,
                ES_ERR("cannot mix bytes and nonbytes literals"));
        }
        if (tok(p) == ES_TOK_FSTRING) {
            fmt = true;
            // the body is in the lexer's buffer: parse before advancing
            parse_fstring_body(p, p->lx->buf, p->lx->len,
                p->lx->str_flags & ES_LEX_RAW, &parts, p->lx->tok_line);
        } else {
            es_parse_sbuf_add(p, p->lx->buf, p->lx->len);
        }
        next(p);
    }
    if (first == ES_TOK_BYTES) {
        if (es_bytes_literal == NULL) {
            es_parse_error(p, line, ES_ERR("bytes literals not supported yet"));
        }
        return es_parse_const(p, es_bytes_literal(p->sbuf, p->slen), line);
    }
    if (!fmt) {
        // Long literals stay str objects until the compiler emits them (and
        // interns them then): docstrings, never emitted, cost no name RAM.
        es_val_t v = p->slen > LONG_LITERAL ? es_str_new(p->sbuf, p->slen)
            : es_qstr_val(es_intern(p->sbuf, p->slen));
        return es_parse_const(p, v, line);
    }
    flush_literal(p, &parts, 0, line);
    if (parts.head == NULL) {
        return es_parse_const(p, es_qstr_val(ES_QS(empty, "")), line);
    }
    return joined(p, line, parts.head);
}

// --- f-strings

static ES_NORETURN void fstring_error(parser_t *p, uint32_t line,
    const char *msg) {
    es_parse_error(p, line, msg);
}

// Parse [n] bytes at [s] as an expression list with a lexer of its own.
static node_t *parse_sub_expr(parser_t *p, const char *s, size_t n,
    uint32_t line) {
    es_stack_check();
    es_mem_reader_t m;
    es_reader_t r;
    es_reader_from_mem(&r, &m, s, n);
    // in the arena, not on the small C stack
    es_lexer_t *sub = es_gc_alloc(sizeof(es_lexer_t), 0);
    es_lexer_t *outer = p->lx;
    es_lexer_init(sub, &r, outer->file, line, true);
    p->lx = sub;
    if (tok(p) == ES_TOK_EOF) {
        p->lx = outer;
        fstring_error(p, line,
            ES_ERR("f-string: empty expression not allowed"));
    }
    node_t *e = es_parse_testlist(p, true);
    if (tok(p) != ES_TOK_EOF) {
        p->lx = outer;
        fstring_error(p, line, ES_ERR("f-string: expecting '}'"));
    }
    p->lx = outer;
    es_gc_free(sub->buf);
    es_gc_free(sub);
    return e;
}

// The end of the expression field starting at s[i]: the index of the
// first '}', '!', ':' or '=' outside brackets and strings.
static size_t field_end(const char *s, size_t n, size_t i) {
    int depth = 0;
    char quote = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        } else if (depth == 0 && (c == '}' || c == ':'
            || (c == '!' && (i + 1 >= n || s[i + 1] != '='))
            || (c == '=' && i + 1 < n && s[i + 1] != '='
                && (i == 0 || !strchr("=!<>", s[i - 1]))))) {
            return i;
        }
    }
    return n;
}

// The end of a format spec starting at s[i]: the '}' closing the field.
static size_t spec_end(const char *s, size_t n, size_t i) {
    int depth = 0;
    for (; i < n; i++) {
        if (s[i] == '{') {
            depth++;
        } else if (s[i] == '}') {
            if (depth == 0) {
                return i;
            }
            depth--;
        }
    }
    return n;
}

// Parse the field at s[i] (just after '{'); returns the index after '}'.
// The literal text before it (in sbuf) becomes a part first.
static size_t parse_field(parser_t *p, const char *s, size_t n, size_t i,
    list_t *parts, uint32_t line) {
    size_t e = field_end(s, n, i);
    if (e >= n) {
        fstring_error(p, line, ES_ERR("f-string: expecting '}'"));
    }
    node_t *f = es_parse_node(p, ES_N_FORMAT, line);
    bool debug = s[e] == '=';
    size_t after = e;
    if (debug) {
        // {x = }: the text "x = " then repr(x)
        for (after = e + 1; after < n && s[after] == ' '; after++) {
        }
        es_parse_sbuf_add(p, s + i, after - i);
        f->op = 2;
    }
    flush_literal(p, parts, 0, line);
    f->a = parse_sub_expr(p, s + i, e - i, line);
    p->slen = 0; // literals inside the expression used the buffer
    i = after;
    if (i < n && s[i] == '!') {
        char c = i + 1 < n ? s[i + 1] : 0;
        f->op = c == 's' ? 1 : c == 'r' ? 2 : c == 'a' ? 3 : 0;
        if (f->op == 0) {
            fstring_error(p, line, ES_ERR("f-string: invalid conversion "
                "character: expected 's', 'r', or 'a'"));
        }
        i += 2;
    } else if (debug && i < n && s[i] == ':') {
        f->op = 0; // {x=:spec} formats instead of repr
    }
    if (i < n && s[i] == ':') {
        size_t end = spec_end(s, n, i + 1);
        list_t spec;
        list_init(&spec);
        parse_fstring_body(p, s + i + 1, end - i - 1, true, &spec, line);
        flush_literal(p, &spec, 0, line);
        f->b = joined(p, line, spec.head);
        i = end;
    }
    if (i >= n || s[i] != '}') {
        fstring_error(p, line, ES_ERR("f-string: expecting '}'"));
    }
    list_add(parts, f);
    return i + 1;
}

// Decode the escapes of sbuf[start..] in place (unless [raw]).
static void decode_tail(parser_t *p, size_t start, bool raw, uint32_t line) {
    if (raw || p->slen == start) {
        return;
    }
    const char *err = NULL;
    size_t n = es_lexer_unescape(p->sbuf + start, p->slen - start,
        p->sbuf + start, false, &err);
    if (n == (size_t)-1) {
        es_parse_error(p, line, err);
    }
    p->slen = start + n;
}

// Parse an f-string body: literal text (decoded unless [raw]) goes to
// sbuf, each field flushes it as a part and adds a FORMAT part.
static void parse_fstring_body(parser_t *p, const char *s, size_t n,
    bool raw, list_t *parts, uint32_t line) {
    es_stack_check();
    size_t start = p->slen;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if ((c == '{' || c == '}') && i + 1 < n && s[i + 1] == c) {
            es_parse_sbuf_add(p, s + i, 1);
            i += 2;
        } else if (c == '{') {
            decode_tail(p, start, raw, line);
            i = parse_field(p, s, n, i + 1, parts, line);
            start = p->slen;
        } else if (c == '}') {
            fstring_error(p, line,
                ES_ERR("f-string: single '}' is not allowed"));
        } else {
            es_parse_sbuf_add(p, s + i, 1);
            i++;
        }
    }
    decode_tail(p, start, raw, line);
}

