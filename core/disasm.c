// SPDX-License-Identifier: MIT
// The disassembler (see disasm.h). Operand formats follow bytecode.h: U
// varint, S zigzag varint, J 16-bit relative jump (shown as its target).
#include "bytecode.h"
#include "code.h"
#include "disasm.h"
#include "exc.h"
#include "intern.h"
#include "print.h"
#include "runtime.h"

static const char *const op_names[] = {
#define ES_OP_NAME(name) #name,
    ES_OPCODES(ES_OP_NAME)
#undef ES_OP_NAME
};

uint32_t es_disasm_read_u(const uint8_t **ip) {
    uint32_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *(*ip)++;
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

const char *es_disasm_operands(es_opcode_t op) {
    switch (op) {
        case ES_OP_LOAD_CONST_SMALL_INT: return "S";
        case ES_OP_LOAD_CONST_STR: case ES_OP_LOAD_NAME: case ES_OP_STORE_NAME:
        case ES_OP_DELETE_NAME: case ES_OP_LOAD_GLOBAL: case ES_OP_STORE_GLOBAL:
        case ES_OP_DELETE_GLOBAL: case ES_OP_LOAD_ATTR: case ES_OP_STORE_ATTR:
        case ES_OP_DELETE_ATTR: case ES_OP_LOAD_METHOD: case ES_OP_IMPORT_NAME:
        case ES_OP_IMPORT_FROM: case ES_OP_CALL_ASYNC:
            return "Q";
        case ES_OP_LOAD_CONST_OBJ: return "C";
        case ES_OP_LOAD_FAST: case ES_OP_STORE_FAST: case ES_OP_DELETE_FAST:
        case ES_OP_LOAD_DEREF: case ES_OP_STORE_DEREF: case ES_OP_DELETE_DEREF:
        case ES_OP_UNARY_OP: case ES_OP_BINARY_OP: case ES_OP_RAISE_VARARGS:
        case ES_OP_BUILD_TUPLE: case ES_OP_BUILD_LIST: case ES_OP_BUILD_MAP:
        case ES_OP_BUILD_SET: case ES_OP_BUILD_SLICE: case ES_OP_LIST_APPEND:
        case ES_OP_SET_ADD: case ES_OP_MAP_ADD: case ES_OP_LIST_EXTEND:
        case ES_OP_SET_UPDATE: case ES_OP_DICT_UPDATE: case ES_OP_DICT_MERGE:
        case ES_OP_UNPACK_SEQUENCE: case ES_OP_UNPACK_EX:
        case ES_OP_FORMAT_VALUE: case ES_OP_BUILD_STRING:
        case ES_OP_CALL_FUNCTION_EX: case ES_OP_FOR_RANGE_SETUP:
            return "U";
        case ES_OP_MAKE_FUNCTION: case ES_OP_CALL_FUNCTION:
        case ES_OP_CALL_METHOD:
            return "UU";
        case ES_OP_JUMP: case ES_OP_POP_JUMP_IF_FALSE: case ES_OP_POP_JUMP_IF_TRUE:
        case ES_OP_JUMP_IF_FALSE_OR_POP: case ES_OP_JUMP_IF_TRUE_OR_POP:
        case ES_OP_FOR_ITER: case ES_OP_FOR_STACK: case ES_OP_SETUP_EXCEPT: case ES_OP_SETUP_FINALLY:
        case ES_OP_SETUP_WITH:
            return "J";
        default:
            return "";
    }
}

// Print one instruction at *ip and advance past it.
static void print_insn(const es_print_t *p, const es_code_t *c,
    const uint8_t **ip) {
    const uint8_t *start = c->bytecode;
    size_t off = (size_t)(*ip - start);
    es_opcode_t op = (es_opcode_t)*(*ip)++;
    es_printf(p, "  %4u %5u %s", (unsigned)es_code_line(c, off),
        (unsigned)off, op < ES_N_OPCODES ? op_names[op] : "???");
    for (const char *f = es_disasm_operands(op); *f; f++) {
        if (*f == 'J') {
            int16_t rel = (int16_t)((*ip)[0] | ((*ip)[1] << 8));
            *ip += 2;
            es_printf(p, " ->%u", (unsigned)((size_t)(*ip - start) + rel));
            continue;
        }
        uint32_t u = es_disasm_read_u(ip);
        if (*f == 'S') {
            es_printf(p, " %ld", (long)((u >> 1) ^ (0u - (u & 1))));
        } else if (*f == 'Q') {
            es_printf(p, " %q", (es_qstr_t)u);
        } else if (*f == 'C') {
            es_printf(p, " %u (%r)", (unsigned)u,
                u < c->n_consts ? c->consts[u] : ES_NONE);
        } else {
            es_printf(p, " %u", (unsigned)u);
        }
    }
    es_print_cstr(p, "\n");
}

void es_disasm(const es_print_t *p, es_val_t code) {
    es_stack_check();
    const es_code_t *c = (const es_code_t *)code;
    es_printf(p, "code %q (%q line %u): flags 0x%x pos %u kwonly %u locals %u"
        " free %u stack %u blocks %u\n", c->name, c->file,
        (unsigned)c->first_line, (unsigned)c->flags, (unsigned)c->n_pos,
        (unsigned)c->n_kwonly, (unsigned)c->n_locals, (unsigned)c->n_free,
        (unsigned)c->n_stack, (unsigned)c->n_blocks);
    for (size_t i = 0; i < c->n_locals; i++) {
        es_printf(p, "  slot %u: %q\n", (unsigned)i, c->names[i]);
    }
    for (size_t i = 0; i < c->n_cells; i++) {
        es_printf(p, "  cell: slot %u\n", (unsigned)c->cells[i]);
    }
    const uint8_t *ip = c->bytecode, *end = c->bytecode + c->n_bytecode;
    while (ip < end) {
        print_insn(p, c, &ip);
    }
    for (size_t i = 0; i < c->n_consts; i++) {
        if (es_is_type(c->consts[i], &es_type_code)) {
            es_disasm(p, c->consts[i]);
        }
    }
}
