// SPDX-License-Identifier: MIT
// espy-cross FILE.py [-o FILE.epy]: the .epy writer (docs/epy-format.md is
// the format; core/epy.c the loader). Names become indices into the file's
// name table, in the ES_NAME_WIDTH bytes the compiler left for each name
// operand; the file ends with a CRC-32 of everything before it.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "cross.h"
#include "disasm.h"
#include "epy.h"
#include "float.h"
#include "int.h"
#include "intern.h"
#include "str.h"
#include "tuple.h"

// A growing byte buffer (the tool's own memory).
typedef struct out {
    uint8_t *b;
    size_t n, cap;
    es_qstr_t *names; // the name table, in order of first use
    size_t n_names, cap_names;
} out_t;

static void put(out_t *o, const void *p, size_t n) {
    if (o->n + n > o->cap) {
        o->cap = (o->n + n) * 2 + 256;
        o->b = realloc(o->b, o->cap);
        if (o->b == NULL) {
            fprintf(stderr, "espy-cross: out of memory\n");
            exit(1);
        }
    }
    memcpy(o->b + o->n, p, n);
    o->n += n;
}

static void put_u8(out_t *o, uint8_t v) {
    put(o, &v, 1);
}

static void put_uint(out_t *o, uint32_t v) {
    while (v >= 0x80) {
        put_u8(o, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_u8(o, (uint8_t)v);
}

// The index of [q] in the name table (added on first use).
static uint32_t name_index(out_t *o, es_qstr_t q) {
    for (size_t i = 0; i < o->n_names; i++) {
        if (o->names[i] == q) {
            return (uint32_t)i;
        }
    }
    if (o->n_names == o->cap_names) {
        o->cap_names = o->cap_names * 2 + 64;
        o->names = realloc(o->names, o->cap_names * sizeof(es_qstr_t));
        if (o->names == NULL) {
            exit(1);
        }
    }
    o->names[o->n_names] = q;
    return (uint32_t)o->n_names++;
}

// Name [q] as an index varint of exactly ES_NAME_WIDTH bytes.
static void put_wide_name(out_t *o, es_qstr_t q) {
    uint32_t v = name_index(o, q);
    for (int i = 0; i < ES_NAME_WIDTH - 1; i++, v >>= 7) {
        put_u8(o, (uint8_t)(0x80 | (v & 0x7f)));
    }
    put_u8(o, (uint8_t)v);
}

// The bytecode with each name operand replaced by its table index.
static void put_bytecode(out_t *o, const es_code_t *c) {
    put_uint(o, c->n_bytecode);
    const uint8_t *ip = c->bytecode, *end = ip + c->n_bytecode;
    while (ip < end) {
        put_u8(o, *ip);
        const char *f = es_disasm_operands((es_opcode_t)*ip++);
        for (; *f; f++) {
            const uint8_t *arg = ip;
            if (*f == 'J') {
                ip += 2;
            } else {
                uint32_t u = es_disasm_read_u(&ip);
                if (*f == 'Q') {
                    put_wide_name(o, (es_qstr_t)u);
                    continue;
                }
            }
            put(o, arg, (size_t)(ip - arg));
        }
    }
}

static void put_code(out_t *o, const es_code_t *c);

// An int constant (beyond 31 bits): sign, 16-bit digits, least first.
static void put_int(out_t *o, es_val_t v) {
    es_digit_t small[4];
    const es_digit_t *d = small;
    size_t n = 0;
    bool neg;
    if (es_is_small(v)) {
        es_int_t i = es_small_get(v);
        neg = i < 0;
        for (uint64_t m = neg ? 0 - (uint64_t)i : (uint64_t)i; m; m >>= 16) {
            small[n++] = (es_digit_t)m;
        }
    } else {
        const es_bigint_t *b = (const es_bigint_t *)v;
        d = b->d;
        n = b->len;
        neg = b->neg;
    }
    put_u8(o, 'I');
    put_u8(o, neg);
    put_uint(o, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        put_u8(o, (uint8_t)d[i]);
        put_u8(o, (uint8_t)(d[i] >> 8));
    }
}

// An IEEE double, little-endian.
static void put_double(out_t *o, double x) {
    uint64_t u;
    memcpy(&u, &x, 8);
    for (int i = 0; i < 8; i++, u >>= 8) {
        put_u8(o, (uint8_t)u);
    }
}

// One constant: a tag byte, then its data. False if it cannot be written.
static bool put_const(out_t *o, es_val_t v) {
    if (v == ES_NONE || v == ES_TRUE || v == ES_FALSE || v == ES_ELLIPSIS) {
        put_u8(o, v == ES_NONE ? 'n' : v == ES_TRUE ? 't' : v == ES_FALSE
            ? 'f' : 'e');
    } else if (es_is_str(v)) {
        size_t n;
        const char *s = es_str_data(v, &n);
        put_u8(o, 'S');
        put_uint(o, (uint32_t)n);
        put(o, s, n);
    } else if (es_is_tuple(v)) {
        size_t n;
        es_val_t *items;
        es_tuple_get(v, &n, &items);
        put_u8(o, 'T');
        put_uint(o, (uint32_t)n);
        for (size_t i = 0; i < n; i++) {
            if (!put_const(o, items[i])) {
                return false;
            }
        }
    } else if (es_is_type(v, &es_type_code)) {
        put_u8(o, 'C');
        put_code(o, (const es_code_t *)v);
    } else if (es_is_small(v) || es_is_bigint(v)) {
        put_int(o, v);
    } else if (es_is_type(v, &es_type_float)) {
        put_u8(o, 'F');
        put_double(o, ((const es_float_t *)v)->value);
    } else if (es_is_type(v, &es_type_complex)) {
        put_u8(o, 'J');
        put_double(o, ((const es_complex_t *)v)->re);
        put_double(o, ((const es_complex_t *)v)->im);
    } else if (es_is_type(v, &es_type_bytes)) {
        const es_bytes_t *b = (const es_bytes_t *)v;
        put_u8(o, 'B');
        put_uint(o, (uint32_t)b->len);
        put(o, b->data, b->len);
    } else {
        fprintf(stderr, "espy-cross: a constant of type %s cannot be "
            "written\n", es_qstr_str(es_type_of(v)->name, NULL));
        return false;
    }
    return true;
}

static void put_code(out_t *o, const es_code_t *c) {
    uint32_t head[] = {c->flags, c->n_pos, c->n_kwonly, c->n_locals,
        c->n_free, c->n_stack, c->n_blocks, c->n_cells};
    for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++) {
        put_uint(o, head[i]);
    }
    put_uint(o, name_index(o, c->name));
    put_uint(o, c->qualname == 0 ? 0 : name_index(o, c->qualname) + 1);
    put_uint(o, c->first_line);
    for (size_t i = 0; i < c->n_cells; i++) {
        put_uint(o, c->cells[i]);
    }
    for (size_t i = 0; i < c->n_locals; i++) {
        put_uint(o, name_index(o, c->names[i]));
    }
    put_uint(o, c->n_lines);
    put(o, c->lines, c->n_lines);
    put_bytecode(o, c);
    put_uint(o, c->n_consts);
    for (size_t i = 0; i < c->n_consts; i++) {
        if (!put_const(o, c->consts[i])) {
            exit(1);
        }
    }
}

// Write [data] to the file [path]: 0, or 1 with a message.
static int write_file(const char *path, const uint8_t *data, size_t n) {
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "espy-cross: %s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

int es_cross_epy(const char *in, const char *out_path) {
    es_val_t code = es_cross_compile(in, in);
    out_t body = {0}, file = {0};
    put_code(&body, (const es_code_t *)code);
    // The header, the name table (known only now), the code, the CRC.
    put(&file, ES_EPY_MAGIC, 3);
    put_u8(&file, ES_EPY_VERSION);
    put_u8(&file, ES_NAME_WIDTH);
    put_uint(&file, (uint32_t)body.n_names);
    for (size_t i = 0; i < body.n_names; i++) {
        size_t len;
        const char *s = es_qstr_str(body.names[i], &len);
        put_uint(&file, (uint32_t)len);
        put(&file, s, len);
    }
    put(&file, body.b, body.n);
    uint32_t crc = es_epy_crc32(file.b, file.n);
    for (int i = 0; i < 4; i++, crc >>= 8) {
        put_u8(&file, (uint8_t)crc);
    }
    int status = write_file(out_path, file.b, file.n);
    free(body.b);
    free(body.names);
    free(file.b);
    return status;
}
