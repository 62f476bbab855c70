// SPDX-License-Identifier: MIT
// The .epy loader (docs/epy-format.md): reads a precompiled module from a
// byte stream into code objects in the arena. Every count, index and
// operand is checked before use, the bytecode is walked instruction by
// instruction (known opcodes, operands inside the code, slots, constants
// and names in range, jumps onto instruction starts, no falling off the
// end), and the CRC-32 at the end must match: a file that is not exactly
// what espy-cross writes raises ValueError. What is not checked is the
// value stack's discipline (docs/epy-format.md, "Trust").
#include <string.h>

#include "bytes.h"
#include "code.h"
#include "disasm.h"
#include "epy.h"
#include "exc.h"
#include "float.h"
#include "gc.h"
#include "int_priv.h"
#include "intern.h"
#include "str.h"
#include "tuple.h"

// Limits of what a valid file holds (espy-cross never writes more).
#define MAX_NAMES 65535
#define MAX_NAME_LEN 4096
#define MAX_CODE_BYTES (1u << 20)
#define MAX_DEPTH 32 // code objects nested in code objects
#define FLAGS_KNOWN 0x3f

typedef struct loader {
    es_reader_t *src;
    uint32_t crc;       // of every byte read so far
    es_qstr_t *names;   // the file's name table, interned
    uint32_t n_names;
    es_qstr_t file;
    int depth;
} loader_t;

ES_NORETURN static void corrupt(const char *what) {
    es_raise_fmt(&es_type_ValueError, ES_ERR("corrupt .epy file (%s)"), what);
}

uint32_t es_epy_crc32_update(uint32_t crc, const void *data, size_t n) {
    const uint8_t *p = data;
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
    }
    return ~crc;
}

uint32_t es_epy_crc32(const void *data, size_t n) {
    return es_epy_crc32_update(0, data, n);
}

// The next byte; a file that ends here is truncated.
static uint8_t next(loader_t *l) {
    int c = l->src->next(l->src->data);
    if (c < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("truncated .epy file"));
    }
    uint8_t b = (uint8_t)c;
    l->crc = es_epy_crc32_update(l->crc, &b, 1);
    return b;
}

static void read_into(loader_t *l, uint8_t *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        buf[i] = next(l);
    }
}

// An unsigned varint no larger than [max].
static uint32_t read_uint(loader_t *l, uint32_t max) {
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t b = next(l);
        if (shift > 28) {
            corrupt("number too long");
        }
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            break;
        }
    }
    if (v > max) {
        corrupt("number out of range");
    }
    return (uint32_t)v;
}

// A leaf block of [n] bytes read from the file (NULL when n is 0).
static uint8_t *read_block(loader_t *l, size_t n) {
    if (n == 0) {
        return NULL;
    }
    uint8_t *b = es_gc_alloc(n, ES_GC_LEAF);
    read_into(l, b, n);
    return b;
}

// --- the header and the name table

// "EPY", the version, the name width. A MicroPython .mpy starts with 'M'.
static void read_header(loader_t *l) {
    uint8_t h[5];
    read_into(l, h, 1);
    if (h[0] == 'M') {
        es_raise_msg(&es_type_ValueError, ES_ERR("incompatible .mpy file"));
    }
    read_into(l, h + 1, 4);
    if (memcmp(h, ES_EPY_MAGIC, 3) != 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("not an .epy file"));
    }
    if (h[3] != ES_EPY_VERSION || h[4] != ES_NAME_WIDTH) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("incompatible .epy file "
            "(version %d, this espy reads %d)"), h[3], ES_EPY_VERSION);
    }
}

// Whether [s] is valid UTF-8 (a name or str constant becomes a str).
static bool valid_utf8(const uint8_t *s, size_t n) {
    const char *why;
    return es_utf8_bad((const char *)s, n, &why) == n;
}

static void read_names(loader_t *l) {
    l->n_names = read_uint(l, MAX_NAMES);
    l->names = es_gc_alloc((l->n_names + 1) * sizeof(es_qstr_t), ES_GC_LEAF);
    uint8_t *buf = es_gc_alloc(MAX_NAME_LEN + 1, ES_GC_LEAF);
    for (uint32_t i = 0; i < l->n_names; i++) {
        uint32_t n = read_uint(l, MAX_NAME_LEN);
        read_into(l, buf, n);
        if (!valid_utf8(buf, n)) {
            corrupt("name not UTF-8");
        }
        l->names[i] = es_intern((const char *)buf, n);
    }
    es_gc_free(buf);
}

static es_qstr_t read_name(loader_t *l) {
    if (l->n_names == 0) {
        corrupt("name index");
    }
    return l->names[read_uint(l, l->n_names - 1)];
}

// --- constants

static es_val_t read_code(loader_t *l);

static double read_double(loader_t *l) {
    uint8_t b[8];
    read_into(l, b, 8);
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--) {
        u = u << 8 | b[i];
    }
    double d;
    memcpy(&d, &u, 8);
    return d;
}

// 'I': sign, digit count, 16-bit digits (least significant first).
static es_val_t read_int(loader_t *l) {
    uint8_t neg = next(l);
    uint32_t n = read_uint(l, MAX_CODE_BYTES / 2);
    if (neg > 1) {
        corrupt("int sign");
    }
    es_digit_t *d = es_gc_alloc((n + 1) * sizeof(es_digit_t), ES_GC_LEAF);
    for (uint32_t i = 0; i < n; i++) {
        uint8_t lo = next(l);
        d[i] = (es_digit_t)(lo | next(l) << 8);
    }
    es_val_t v = es_int_from_digits(d, n, neg);
    es_gc_free(d);
    return v;
}

// 'S': a str (UTF-8), interned as the compiler's string constants are.
static es_val_t read_str(loader_t *l) {
    uint32_t n = read_uint(l, MAX_CODE_BYTES);
    if (n == 0) {
        return es_str_empty();
    }
    uint8_t *b = read_block(l, n);
    if (!valid_utf8(b, n)) {
        corrupt("str not UTF-8");
    }
    es_val_t v = es_qstr_val(es_intern((const char *)b, n));
    es_gc_free(b);
    return v;
}

static es_val_t read_const(loader_t *l);

// 'T': a tuple of constants (nested ones count towards MAX_DEPTH).
static es_val_t read_tuple(loader_t *l) {
    uint32_t n = read_uint(l, 0xffff);
    if (++l->depth > MAX_DEPTH) {
        corrupt("constants nested too deep");
    }
    es_val_t t = es_tuple_new(n, NULL);
    size_t len;
    es_val_t *items;
    es_tuple_get(t, &len, &items);
    for (uint32_t i = 0; i < n; i++) {
        items[i] = read_const(l);
    }
    l->depth--;
    return t;
}

static es_val_t read_const(loader_t *l) {
    es_stack_check();
    switch (next(l)) {
    case 'n':
        return ES_NONE;
    case 't':
        return ES_TRUE;
    case 'f':
        return ES_FALSE;
    case 'e':
        return ES_ELLIPSIS;
    case 'S':
        return read_str(l);
    case 'T':
        return read_tuple(l);
    case 'C':
        return read_code(l);
    case 'I':
        return read_int(l);
    case 'F':
        return es_float_new(read_double(l));
    case 'J': {
        double re = read_double(l);
        return es_complex_new(re, read_double(l));
    }
    case 'B': {
        uint32_t n = read_uint(l, MAX_CODE_BYTES);
        uint8_t *b = read_block(l, n);
        es_val_t v = es_bytes_new(n > 0 ? b : (const uint8_t *)"", n);
        es_gc_free(b);
        return v;
    }
    default:
        corrupt("constant kind");
    }
}

// --- checking the bytecode

typedef struct check {
    loader_t *l;
    es_code_t *c;
    uint8_t *starts;    // one bit per bytecode offset: an instruction starts
    uint8_t last_op;
} check_t;

static bool is_cell_slot(const es_code_t *c, uint32_t slot) {
    if (slot >= (uint32_t)(c->n_locals - c->n_free) && slot < c->n_locals) {
        return true;
    }
    for (size_t i = 0; i < c->n_cells; i++) {
        if (c->cells[i] == slot) {
            return true;
        }
    }
    return false;
}

// A U operand at *ip (inside the code); advances *ip.
static uint32_t operand(const es_code_t *c, size_t *ip) {
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        if (*ip >= c->n_bytecode || shift > 28) {
            corrupt("bytecode operand");
        }
        uint8_t b = c->bytecode[(*ip)++];
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
        }
    }
}

// A name operand: exactly ES_NAME_WIDTH bytes holding a table index,
// rewritten in place with the interned name's number.
static void name_operand(check_t *k, size_t *ip) {
    es_code_t *c = k->c;
    uint8_t *p = (uint8_t *)c->bytecode + *ip;
    if (*ip + ES_NAME_WIDTH > c->n_bytecode) {
        corrupt("bytecode operand");
    }
    uint32_t v = 0;
    for (int i = ES_NAME_WIDTH - 1; i >= 0; i--) {
        bool more = p[i] & 0x80;
        if (more != (i < ES_NAME_WIDTH - 1)) {
            corrupt("name operand");
        }
        v = v << 7 | (p[i] & 0x7f);
    }
    if (v >= k->l->n_names) {
        corrupt("name index");
    }
    uint32_t q = k->l->names[v];
    if (q >> (7 * ES_NAME_WIDTH)) {
        es_raise_msg(&es_type_ValueError, ES_ERR("too many names"));
    }
    for (int i = 0; i < ES_NAME_WIDTH; i++, q >>= 7) {
        p[i] = (uint8_t)((q & 0x7f) | (i < ES_NAME_WIDTH - 1 ? 0x80 : 0));
    }
    *ip += ES_NAME_WIDTH;
}

// The value [u] of operand [n] (0 or 1) of [op]: in range for it?
static void check_value(const es_code_t *c, es_opcode_t op, int n,
    uint32_t u) {
    bool ok = true;
    switch (op) {
    case ES_OP_LOAD_FAST: case ES_OP_STORE_FAST: case ES_OP_DELETE_FAST:
        ok = u < c->n_locals;
        break;
    case ES_OP_LOAD_DEREF: case ES_OP_STORE_DEREF: case ES_OP_DELETE_DEREF:
        ok = is_cell_slot(c, u);
        break;
    case ES_OP_LOAD_CONST_OBJ:
        ok = u < c->n_consts;
        break;
    case ES_OP_MAKE_FUNCTION:
        ok = n == 0 ? u < c->n_consts && es_is_type(c->consts[u],
            &es_type_code) : u <= 7;
        break;
    case ES_OP_UNARY_OP:
        ok = u < ES_N_UOPS;
        break;
    case ES_OP_BINARY_OP:
        ok = u < ES_N_BOPS;
        break;
    case ES_OP_RAISE_VARARGS:
        ok = u <= 2;
        break;
    case ES_OP_BUILD_SLICE:
        ok = u == 2 || u == 3;
        break;
    case ES_OP_FORMAT_VALUE:
        ok = u <= 7;
        break;
    case ES_OP_CALL_FUNCTION_EX:
        ok = u <= 1;
        break;
    case ES_OP_LOAD_CONST_SMALL_INT: // zigzag: 31-bit values only
        ok = u <= 0x7fffffff;
        break;
    default:
        ok = u <= 0xffff; // counts and depths
        break;
    }
    if (!ok) {
        corrupt("bytecode operand");
    }
}

// The jump operand at *ip: its target must lie in the code (an
// instruction start: checked once all are known).
static void jump_operand(check_t *k, size_t *ip, uint32_t *targets,
    size_t *n_targets) {
    const es_code_t *c = k->c;
    if (*ip + 2 > c->n_bytecode) {
        corrupt("bytecode operand");
    }
    int16_t rel = (int16_t)(c->bytecode[*ip] | c->bytecode[*ip + 1] << 8);
    *ip += 2;
    int64_t t = (int64_t)*ip + rel;
    if (t < 0 || t >= (int64_t)c->n_bytecode) {
        corrupt("jump target");
    }
    targets[(*n_targets)++] = (uint32_t)t;
}

// One instruction at *ip.
static void check_insn(check_t *k, size_t *ip, uint32_t *targets,
    size_t *n_targets) {
    es_code_t *c = k->c;
    k->starts[*ip / 8] |= (uint8_t)(1u << (*ip % 8));
    uint8_t op = c->bytecode[(*ip)++];
    if (op >= ES_N_OPCODES) {
        corrupt("opcode");
    }
    k->last_op = op;
    const char *f = es_disasm_operands((es_opcode_t)op);
    for (int n = 0; f[n]; n++) {
        if (f[n] == 'Q') {
            name_operand(k, ip);
        } else if (f[n] == 'J') {
            jump_operand(k, ip, targets, n_targets);
        } else {
            check_value(c, (es_opcode_t)op, n, operand(c, ip));
        }
    }
}

// Walk the bytecode of [c]: see the top of the file.
static void check_bytecode(loader_t *l, es_code_t *c) {
    check_t k = {l, c, es_gc_alloc(c->n_bytecode / 8 + 1, ES_GC_LEAF), 0};
    memset(k.starts, 0, c->n_bytecode / 8 + 1);
    // At most one jump per instruction, and an instruction is 1+ bytes.
    uint32_t *targets = es_gc_alloc(c->n_bytecode * sizeof(uint32_t),
        ES_GC_LEAF);
    size_t n_targets = 0;
    for (size_t ip = 0; ip < c->n_bytecode;) {
        check_insn(&k, &ip, targets, &n_targets);
    }
    for (size_t i = 0; i < n_targets; i++) {
        if (!(k.starts[targets[i] / 8] & (1u << (targets[i] % 8)))) {
            corrupt("jump target");
        }
    }
    if (k.last_op != ES_OP_RETURN_VALUE && k.last_op != ES_OP_JUMP
        && k.last_op != ES_OP_RAISE_VARARGS) {
        corrupt("code runs off its end");
    }
    es_gc_free(targets);
    es_gc_free(k.starts);
}

// --- code objects

// The counts at the start of a code object, checked against each other.
static void read_counts(loader_t *l, es_code_t *c) {
    uint32_t flags = read_uint(l, 0xffff);
    c->flags = (uint16_t)flags;
    c->n_pos = (uint8_t)read_uint(l, 0xff);
    c->n_kwonly = (uint8_t)read_uint(l, 0xff);
    c->n_locals = (uint16_t)read_uint(l, 0xffff);
    c->n_free = (uint16_t)read_uint(l, c->n_locals);
    c->n_stack = (uint16_t)read_uint(l, 0xffff);
    c->n_blocks = (uint16_t)read_uint(l, 0xffff);
    c->n_cells = (uint16_t)read_uint(l, c->n_locals);
    size_t params = (size_t)c->n_pos + c->n_kwonly
        + !!(flags & ES_CODE_VARARGS) + !!(flags & ES_CODE_VARKW);
    if ((flags & 0xff & ~FLAGS_KNOWN) || (flags >> ES_CODE_POSONLY_SHIFT)
        > c->n_pos || params > (size_t)(c->n_locals - c->n_free)) {
        corrupt("code header");
    }
}

static void read_tables(loader_t *l, es_code_t *c) {
    c->name = read_name(l);
    uint32_t qual = read_uint(l, l->n_names);
    c->qualname = qual == 0 ? 0 : l->names[qual - 1];
    c->first_line = read_uint(l, UINT32_MAX);
    c->file = l->file;
    uint16_t *cells = es_gc_alloc((c->n_cells + 1) * sizeof(uint16_t),
        ES_GC_LEAF);
    for (size_t i = 0; i < c->n_cells; i++) {
        cells[i] = (uint16_t)read_uint(l, c->n_locals - 1u);
    }
    c->cells = cells;
    es_qstr_t *names = es_gc_alloc((c->n_locals + 1) * sizeof(es_qstr_t),
        ES_GC_LEAF);
    for (size_t i = 0; i < c->n_locals; i++) {
        names[i] = read_name(l);
    }
    c->names = names;
    c->n_lines = read_uint(l, MAX_CODE_BYTES);
    c->lines = read_block(l, c->n_lines);
    c->n_bytecode = read_uint(l, MAX_CODE_BYTES);
    if (c->n_bytecode == 0) {
        corrupt("empty code");
    }
    c->bytecode = read_block(l, c->n_bytecode);
}

static es_val_t read_code(loader_t *l) {
    es_stack_check();
    if (++l->depth > MAX_DEPTH) {
        corrupt("code nested too deep");
    }
    es_code_t *c = es_gc_alloc(sizeof(es_code_t), 0);
    c->base.type = &es_type_code;
    read_counts(l, c);
    read_tables(l, c);
    uint32_t n = read_uint(l, 0xffff);
    es_val_t *consts = es_gc_alloc((n + 1) * sizeof(es_val_t), 0);
    c->consts = consts;
    for (uint32_t i = 0; i < n; i++) {
        consts[i] = read_const(l);
        c->n_consts = (uint16_t)(i + 1);
    }
    check_bytecode(l, c);
    l->depth--;
    return es_val(c);
}

es_val_t es_epy_load(es_reader_t *src, es_qstr_t file) {
    loader_t l = {src, 0, NULL, 0, file, 0};
    read_header(&l);
    read_names(&l);
    es_code_t *c = (es_code_t *)read_code(&l);
    if (c->flags & (ES_CODE_NEWLOCALS | ES_CODE_GENERATOR | ES_CODE_VARARGS
        | ES_CODE_VARKW) || c->n_pos || c->n_kwonly || c->n_free) {
        corrupt("not a module");
    }
    uint32_t crc = l.crc;
    uint8_t stored[4];
    read_into(&l, stored, 4);
    if (src->next(src->data) >= 0) {
        corrupt("data after the end");
    }
    if ((stored[0] | stored[1] << 8 | stored[2] << 16 | (uint32_t)stored[3]
        << 24) != crc) {
        corrupt("checksum");
    }
    es_gc_free(l.names);
    return es_val(c);
}
