// SPDX-License-Identifier: MIT
// Printers and formatted printing. es_printf is the one formatter behind
// error messages and reprs; it understands a few value conversions (%r, %S,
// %T, %q) besides C's own. Growing strings (vstr) live in the arena.
#include <string.h>

#include "gc.h"
#include "intern.h"
#include "port.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "str.h"

static void write_fd(void *data, const char *s, size_t n) {
    port_write((int)(uintptr_t)data, s, n);
}

const es_print_t es_print_stdout = {(void *)1, write_fd};
const es_print_t es_print_stderr = {(void *)2, write_fd};

void es_print_strn(const es_print_t *p, const char *s, size_t n) {
    if (n > 0) {
        p->write(p->data, s, n);
    }
}

void es_print_cstr(const es_print_t *p, const char *s) {
    es_print_strn(p, s, strlen(s));
}

// --- numbers

// A field of [n] bytes at [s], padded to [width] with [pad] on the left (or
// spaces on the right when [left]). A '-' sign stays before zero padding.
static void print_padded(const es_print_t *p, const char *s, size_t n,
    int width, char pad, bool left) {
    size_t w = width > 0 ? (size_t)width : 0;
    if (!left && pad == '0' && n > 0 && s[0] == '-') {
        es_print_strn(p, s, 1);
        s++;
        n--;
        w = w > 0 ? w - 1 : 0;
    }
    if (!left) {
        for (; w > n; w--) {
            es_print_strn(p, &pad, 1);
        }
    }
    es_print_strn(p, s, n);
    if (left) {
        for (; w > n; w--) {
            es_print_strn(p, " ", 1);
        }
    }
}

// Digits of [u] in [base] (upper case when [upper]) at the end of [buf];
// returns the start.
static char *format_unsigned(char *end, unsigned long long u, unsigned base,
    bool upper) {
    char *s = end;
    do {
        *--s = es_rom_digit((unsigned)(u % base), upper);
        u /= base;
    } while (u != 0);
    return s;
}

typedef struct spec {
    int width, prec;
    char pad;
    bool left;
    int longs;  // 'l' count, or 2 for 'z'/'j' sized values on 64-bit
    bool size;  // 'z'
} spec_t;

// %d %i %u %x %X with the length modifiers l, ll and z (size_t/intptr_t).
static void print_int(const es_print_t *p, const spec_t *sp, char conv,
    va_list *ap) {
    char buf[24];
    char *end = buf + sizeof(buf);
    bool neg = false;
    unsigned long long u;
    if (conv == 'd' || conv == 'i') {
        long long v = sp->size ? (long long)va_arg(*ap, intptr_t)
            : sp->longs >= 2 ? va_arg(*ap, long long)
            : sp->longs == 1 ? va_arg(*ap, long) : va_arg(*ap, int);
        neg = v < 0;
        u = neg ? 0ull - (unsigned long long)v : (unsigned long long)v;
    } else {
        u = sp->size ? (unsigned long long)va_arg(*ap, size_t)
            : sp->longs >= 2 ? va_arg(*ap, unsigned long long)
            : sp->longs == 1 ? va_arg(*ap, unsigned long)
            : va_arg(*ap, unsigned);
    }
    unsigned base = (conv == 'x' || conv == 'X') ? 16 : 10;
    char *s = format_unsigned(end, u, base, conv == 'X');
    if (neg) {
        *--s = '-';
    }
    print_padded(p, s, (size_t)(end - s), sp->width, sp->pad, sp->left);
}

// %p as 0x followed by lower-case hex, as CPython's default reprs.
static void print_ptr(const es_print_t *p, const void *ptr) {
    char buf[24];
    char *end = buf + sizeof(buf);
    char *s = format_unsigned(end, (uintptr_t)ptr, 16, false);
    *--s = 'x';
    *--s = '0';
    es_print_strn(p, s, (size_t)(end - s));
}

// --- the formatter

// Read flags, width, precision and length modifiers after '%'.
static const char *parse_spec(const char *f, spec_t *sp, va_list *ap) {
    memset(sp, 0, sizeof(*sp));
    sp->pad = ' ';
    sp->prec = -1;
    for (;; f++) {
        if (*f == '-') {
            sp->left = true;
        } else if (*f == '0') {
            sp->pad = '0';
        } else {
            break;
        }
    }
    if (*f == '*') {
        sp->width = va_arg(*ap, int);
        f++;
    }
    for (; *f >= '0' && *f <= '9'; f++) {
        sp->width = sp->width * 10 + (*f - '0');
    }
    if (*f == '.') {
        f++;
        sp->prec = 0;
        if (*f == '*') {
            sp->prec = va_arg(*ap, int);
            f++;
        }
        for (; *f >= '0' && *f <= '9'; f++) {
            sp->prec = sp->prec * 10 + (*f - '0');
        }
    }
    for (; *f == 'l' || *f == 'z' || *f == 'j'; f++) {
        if (*f == 'z') {
            sp->size = true;
        } else {
            sp->longs++;
        }
    }
    return f;
}

static void print_cstr_spec(const es_print_t *p, const spec_t *sp,
    const char *s) {
    if (s == NULL) {
        s = "(null)";
    }
    size_t n = sp->prec >= 0 ? strnlen(s, (size_t)sp->prec) : strlen(s);
    print_padded(p, s, n, sp->width, ' ', sp->left);
}

// One conversion [conv] with its spec; returns false for an unknown one.
static bool print_conv(const es_print_t *p, const spec_t *sp, char conv,
    va_list *ap) {
    switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X':
            print_int(p, sp, conv, ap);
            return true;
        case 'c': {
            char c = (char)va_arg(*ap, int);
            print_padded(p, &c, 1, sp->width, ' ', sp->left);
            return true;
        }
        case 's':
            print_cstr_spec(p, sp, va_arg(*ap, const char *));
            return true;
        case 'p':
            print_ptr(p, va_arg(*ap, const void *));
            return true;
        case 'q': {
            size_t n;
            const char *s = es_qstr_str((es_qstr_t)va_arg(*ap, unsigned), &n);
            print_padded(p, s, n, sp->width, ' ', sp->left);
            return true;
        }
        case 'r': case 'S':
            es_print_val(p, va_arg(*ap, es_val_t),
                conv == 'r' ? ES_PRINT_REPR : ES_PRINT_STR);
            return true;
        case 'T': {
            size_t n;
            const char *s = es_qstr_str(es_type_name(va_arg(*ap, es_val_t)), &n);
            print_padded(p, s, n, sp->width, ' ', sp->left);
            return true;
        }
        default:
            return false;
    }
}

// Unknown conversions are printed as written, so a message never loses
// text; the va_list is copied so a caller's stays usable.
void es_vprintf(const es_print_t *p, const char *fmt, va_list ap) {
    va_list aq;
    va_copy(aq, ap);
    const char *f = fmt;
    while (*f != '\0') {
        const char *start = f;
        while (*f != '\0' && *f != '%') {
            f++;
        }
        es_print_strn(p, start, (size_t)(f - start));
        if (*f == '\0') {
            break;
        }
        f++; // the '%'
        if (*f == '%') {
            es_print_strn(p, f++, 1);
            continue;
        }
        spec_t sp;
        f = parse_spec(f, &sp, &aq);
        if (*f == '\0') {
            break;
        }
        if (!print_conv(p, &sp, *f, &aq)) {
            es_print_strn(p, f - 1, 2);
        }
        f++;
    }
    va_end(aq);
}

void es_printf(const es_print_t *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    es_vprintf(p, fmt, ap);
    va_end(ap);
}

// --- growing strings

void es_vstr_init(es_vstr_t *v, size_t alloc) {
    v->len = 0;
    v->alloc = alloc < 16 ? 16 : alloc;
    v->buf = es_gc_alloc(v->alloc, ES_GC_LEAF);
    v->fixed = false;
}

void es_vstr_init_on(es_vstr_t *v, char *buf, size_t size) {
    v->buf = buf;
    v->len = 0;
    v->alloc = size;
    v->fixed = true;
    buf[0] = '\0';
}

void es_vstr_drop(es_vstr_t *v) {
    if (!v->fixed) {
        es_gc_free(v->buf);
    }
    v->buf = NULL;
    v->len = v->alloc = 0;
}

// Grows by doubling; the buffer stays NUL-terminated for C callers (file
// paths for the port).
void es_vstr_add(es_vstr_t *v, const char *s, size_t n) {
    if (v->len + n + 1 > v->alloc) {
        size_t want = v->alloc * 2;
        if (want < v->len + n + 1) {
            want = v->len + n + 1;
        }
        if (v->fixed) {
            char *b = es_gc_alloc(want, ES_GC_LEAF);
            memcpy(b, v->buf, v->len + 1);
            v->buf = b;
            v->fixed = false;
        } else {
            v->buf = es_gc_realloc(v->buf, want);
        }
        v->alloc = want;
    }
    memcpy(v->buf + v->len, s, n);
    v->len += n;
    v->buf[v->len] = '\0';
}

static void vstr_write(void *data, const char *s, size_t n) {
    es_vstr_add(data, s, n);
}

void es_vstr_printer(es_vstr_t *v, es_print_t *p) {
    p->data = v;
    p->write = vstr_write;
}

// The text is copied into a str and the buffer given back at once, so a
// vstr costs no memory after use.
es_val_t es_vstr_to_str(es_vstr_t *v) {
    es_val_t s = es_str_new(v->buf, v->len);
    es_vstr_drop(v);
    return s;
}
