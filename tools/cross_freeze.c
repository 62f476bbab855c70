// SPDX-License-Identifier: MIT
// espy-cross --freeze: the frozen modules as C source (docs/frozen.md).
// Every code object becomes a const es_code_t with const arrays for its
// bytecode, line table, local names, cells and constants; the C compiler
// places them in read-only data (flash on the chip). Names are written as
// ES_QS(fz_..., "text"), which tools/gen_intern.py collects from the
// generated file into the target's table of interned names (a text the
// sources already have becomes an alias), so the build decides their
// numbers; name operands in bytecode are ES_FROZEN_Q of those.
// The data of bytes constants is one array, es_frozen_text (text, like string
// literals: ports/qemu-lx106/flashreads-allow.txt).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "bytes.h"
#include "cross.h"
#include "disasm.h"
#include "float.h"
#include "int.h"
#include "intern.h"
#include "str.h"
#include "tuple.h"

typedef struct freezer {
    FILE *o;            // the code objects (written after fz_text)
    FILE *text;         // es_frozen_text initialiser
    size_t text_len;
    int next_id;        // code objects and constants numbered in order
    int errors;
} freezer_t;

// [s] as a C string literal: printable ASCII as is, the rest in octal.
static void c_string(FILE *o, const char *s, size_t n) {
    fputc('"', o);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 32 && c < 127 && c != '"' && c != '\\' && c != '?') {
            fputc(c, o);
        } else {
            fprintf(o, "\\%03o", c);
        }
    }
    fputc('"', o);
}

static bool is_c_ident(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return true;
}

// ES_QS(fz_i_<name>, "<name>") for an identifier, fz_x_<hex> otherwise:
// one id per text.
static void name_ref(FILE *o, es_qstr_t q) {
    size_t n;
    const char *s = es_qstr_str(q, &n);
    fputs("ES_QS(", o);
    if (is_c_ident(s, n)) {
        fprintf(o, "fz_i_%.*s", (int)n, s);
    } else {
        fputs("fz_x_", o);
        for (size_t i = 0; i < n; i++) {
            fprintf(o, "%02x", (unsigned char)s[i]);
        }
    }
    fputs(", ", o);
    c_string(o, s, n);
    fputc(')', o);
}

// The bytecode, one instruction a line; name operands as ES_FROZEN_Q.
static void emit_bytecode(freezer_t *fz, const es_code_t *c, int id) {
    FILE *o = fz->o;
    fprintf(o, "static const uint8_t fz_bc_%d[] = {\n", id);
    const uint8_t *ip = c->bytecode, *end = ip + c->n_bytecode;
    while (ip < end) {
        fprintf(o, "    %u,", *ip);
        const char *f = es_disasm_operands((es_opcode_t)*ip++);
        for (; *f; f++) {
            if (*f == 'J') {
                fprintf(o, " %u, %u,", ip[0], ip[1]);
                ip += 2;
                continue;
            }
            const uint8_t *arg = ip;
            uint32_t u = es_disasm_read_u(&ip);
            if (*f == 'Q') {
                fputs(" ES_FROZEN_Q(", o);
                name_ref(o, (es_qstr_t)u);
                fputs("),", o);
                continue;
            }
            for (; arg < ip; arg++) {
                fprintf(o, " %u,", *arg);
            }
        }
        fputc('\n', o);
    }
    fputs("};\n", o);
}

static void emit_bytes_array(FILE *o, const char *kind, int id,
    const uint8_t *b, size_t n) {
    fprintf(o, "static const uint8_t fz_%s_%d[] = {", kind, id);
    for (size_t i = 0; i < n; i++) {
        fprintf(o, "%s%u,", i % 16 ? " " : "\n    ", b[i]);
    }
    fputs("\n};\n", o);
}

// A big int constant from its magnitude digits.
static void emit_bigint_digits(FILE *o, int id, const es_digit_t *d,
    size_t n, bool neg) {
    fprintf(o, "static const struct { es_obj_t base; uint32_t len, neg; "
        "es_digit_t d[%zu]; } fz_int_%d = {{&es_type_int}, %zu, %d, {", n, id,
        n, neg);
    for (size_t i = 0; i < n; i++) {
        fprintf(o, "%s0x%04x", i ? ", " : "", d[i]);
    }
    fputs("}};\n", o);
}

// An int constant (beyond 31 bits: smaller ones are in the bytecode): a
// small int on a 64-bit target when it fits there, else a const big int.
static void emit_int(freezer_t *fz, es_val_t v, int id) {
    FILE *o = fz->o;
    if (es_is_small(v)) {
        es_int_t i = es_small_get(v);
        uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        es_digit_t d[4];
        size_t n = 0;
        for (; m != 0; m >>= 16) {
            d[n++] = (es_digit_t)m;
        }
        fputs("#if INTPTR_MAX > INT32_MAX\n", o);
        fprintf(o, "#define FZ_INT_%d ES_SMALL(%lldLL)\n#else\n", id,
            (long long)i);
        emit_bigint_digits(o, id, d, n, i < 0);
        fprintf(o, "#define FZ_INT_%d ES_PTR(&fz_int_%d)\n#endif\n", id, id);
        return;
    }
    const es_bigint_t *b = (const es_bigint_t *)v;
    emit_bigint_digits(o, id, b->d, b->len, b->neg);
    fprintf(o, "#define FZ_INT_%d ES_PTR(&fz_int_%d)\n", id, id);
}

static int emit_code(freezer_t *fz, const es_code_t *c);

static char *emit_const(freezer_t *fz, es_val_t v);

// A tuple of constants: its items first.
static void emit_tuple(freezer_t *fz, es_val_t v, int id) {
    size_t n;
    es_val_t *items;
    es_tuple_get(v, &n, &items);
    char **refs = calloc(n + 1, sizeof(char *));
    for (size_t i = 0; i < n; i++) {
        refs[i] = emit_const(fz, items[i]);
    }
    fprintf(fz->o, "static ES_CONST_TUPLE(fz_tuple_%d, %zu", id, n);
    for (size_t i = 0; i < n; i++) {
        fprintf(fz->o, ",\n    %s", refs[i]);
        free(refs[i]);
    }
    fputs(");\n", fz->o);
    free(refs);
}

// An object constant (float, complex, bytes) as a const object.
static bool emit_object(freezer_t *fz, es_val_t v, int id, FILE *ref) {
    FILE *o = fz->o;
    if (es_is_type(v, &es_type_float)) {
        fprintf(o, "static const es_float_t fz_float_%d = "
            "{.base = {&es_type_float}, .value = %a};\n", id,
            ((const es_float_t *)v)->value);
        fprintf(ref, "ES_PTR(&fz_float_%d)", id);
    } else if (es_is_type(v, &es_type_complex)) {
        const es_complex_t *z = (const es_complex_t *)v;
        fprintf(o, "static const es_complex_t fz_complex_%d = "
            "{.base = {&es_type_complex}, .re = %a, .im = %a};\n", id, z->re,
            z->im);
        fprintf(ref, "ES_PTR(&fz_complex_%d)", id);
    } else if (es_is_type(v, &es_type_bytes)) {
        const es_bytes_t *b = (const es_bytes_t *)v;
        // The hash is stored: a const object is never written.
        fprintf(o, "static const es_bytes_t fz_bytes_%d = "
            "{.base = {&es_type_bytes}, .hash = 0x%08xu, .len = %zu, "
            ".data = (uint8_t *)es_frozen_text + %zu};\n", id,
            es_hash_bytes((const char *)b->data, b->len), b->len,
            fz->text_len);
        for (size_t i = 0; i < b->len; i++) {
            fprintf(fz->text, "%u,%s", b->data[i], i % 16 == 15 ? "\n" : " ");
        }
        fz->text_len += b->len;
        fprintf(ref, "ES_PTR(&fz_bytes_%d)", id);
    } else {
        return false;
    }
    return true;
}

// Constant [v] as a const object (or a value needing none); returns its
// reference, a C expression of type es_val_t (malloc'd).
static char *emit_const(freezer_t *fz, es_val_t v) {
    char *text = NULL;
    size_t len = 0;
    FILE *ref = open_memstream(&text, &len);
    int id = fz->next_id++;
    if (v == ES_NONE || v == ES_TRUE || v == ES_FALSE || v == ES_ELLIPSIS) {
        fputs(v == ES_NONE ? "ES_NONE" : v == ES_TRUE ? "ES_TRUE"
            : v == ES_FALSE ? "ES_FALSE" : "ES_ELLIPSIS", ref);
    } else if (es_is_str(v)) {
        fputs("ES_QVAL(", ref);
        name_ref(ref, es_qstr_get(es_str_intern(v)));
        fputc(')', ref);
    } else if (es_is_type(v, &es_type_code)) {
        fprintf(ref, "ES_PTR(&fz_code_%d)",
            emit_code(fz, (const es_code_t *)v));
    } else if (es_is_small(v) || es_is_bigint(v)) {
        emit_int(fz, v, id);
        fprintf(ref, "FZ_INT_%d", id);
    } else if (es_is_tuple(v)) {
        emit_tuple(fz, v, id);
        fprintf(ref, "ES_PTR(&fz_tuple_%d)", id);
    } else if (!emit_object(fz, v, id, ref)) {
        fprintf(stderr, "espy-cross: a constant of type %s cannot be frozen\n",
            es_qstr_str(es_type_of(v)->name, NULL));
        fz->errors++;
        fputs("ES_NONE", ref);
    }
    fclose(ref);
    return text;
}

// The consts array of [c] (its code objects and other constants first).
static void emit_consts(freezer_t *fz, const es_code_t *c, int id) {
    char **refs = calloc(c->n_consts + 1, sizeof(char *));
    for (size_t i = 0; i < c->n_consts; i++) {
        refs[i] = emit_const(fz, c->consts[i]);
    }
    if (c->n_consts > 0) {
        fprintf(fz->o, "static const es_val_t fz_consts_%d[] = {", id);
        for (size_t i = 0; i < c->n_consts; i++) {
            fprintf(fz->o, "\n    %s,", refs[i]);
            free(refs[i]);
        }
        fputs("\n};\n", fz->o);
    }
    free(refs);
}

static void emit_names(freezer_t *fz, const es_code_t *c, int id) {
    FILE *o = fz->o;
    if (c->n_locals > 0) {
        fprintf(o, "static const es_qstr_t fz_names_%d[] = {", id);
        for (size_t i = 0; i < c->n_locals; i++) {
            fputs("\n    ", o);
            name_ref(o, c->names[i]);
            fputc(',', o);
        }
        fputs("\n};\n", o);
    }
    if (c->n_cells > 0) {
        fprintf(o, "static const uint16_t fz_cells_%d[] = {", id);
        for (size_t i = 0; i < c->n_cells; i++) {
            fprintf(o, "%s%u", i ? ", " : "", c->cells[i]);
        }
        fputs("};\n", o);
    }
}

// Write [c] and everything it holds; returns its number.
static int emit_code(freezer_t *fz, const es_code_t *c) {
    int id = fz->next_id++;
    FILE *o = fz->o;
    emit_consts(fz, c, id);
    emit_names(fz, c, id);
    emit_bytecode(fz, c, id);
    if (c->n_lines > 0) {
        emit_bytes_array(o, "lines", id, c->lines, c->n_lines);
    }
    fprintf(o, "static const es_code_t fz_code_%d = {\n"
        "    .base = {&es_type_code}, .flags = 0x%x, .n_pos = %u,\n"
        "    .n_kwonly = %u, .n_locals = %u, .n_free = %u, .n_stack = %u,\n"
        "    .n_blocks = %u, .n_cells = %u, .n_consts = %u,\n    .name = ",
        id, c->flags, c->n_pos, c->n_kwonly, c->n_locals, c->n_free,
        c->n_stack, c->n_blocks, c->n_cells, c->n_consts);
    name_ref(o, c->name);
    fputs(",\n    .file = ", o);
    name_ref(o, c->file);
    fprintf(o, ",\n    .first_line = %u, .n_bytecode = %u, .n_lines = %u,\n"
        "    .bytecode = fz_bc_%d,\n", (unsigned)c->first_line,
        (unsigned)c->n_bytecode, (unsigned)c->n_lines, id);
    if (c->n_consts > 0) {
        fprintf(o, "    .consts = fz_consts_%d,\n", id);
    }
    if (c->n_lines > 0) {
        fprintf(o, "    .lines = fz_lines_%d,\n", id);
    }
    if (c->n_locals > 0) {
        fprintf(o, "    .names = fz_names_%d,\n", id);
    }
    if (c->n_cells > 0) {
        fprintf(o, "    .cells = fz_cells_%d,\n", id);
    }
    if (c->qualname != 0) {
        fputs("    .qualname = ", o);
        name_ref(o, c->qualname);
        fputs(",\n", o);
    }
    fputs("};\n\n", o);
    return id;
}

// [path] relative to [root] ("frozen/pkg/x.py" -> "pkg/x.py").
static const char *relative(const char *root, const char *path) {
    size_t n = strlen(root);
    while (n > 0 && root[n - 1] == '/') {
        n--;
    }
    if (strncmp(path, root, n) == 0 && path[n] == '/') {
        return path + n + 1;
    }
    return path;
}

int es_cross_freeze(const char *root, int n, char **files, FILE *out) {
    char *body = NULL, *text = NULL;
    size_t body_len = 0, text_size = 0;
    freezer_t fz = {open_memstream(&body, &body_len),
        open_memstream(&text, &text_size), 0, 0, 0};
    int *ids = calloc((size_t)n + 1, sizeof(int));
    for (int i = 0; i < n; i++) {
        const char *rel = relative(root, files[i]);
        char file_name[512];
        snprintf(file_name, sizeof(file_name), ".frozen/%s", rel);
        es_val_t code = es_cross_compile(files[i], file_name);
        fprintf(fz.o, "// %s\n", rel);
        ids[i] = emit_code(&fz, (const es_code_t *)code);
    }
    fclose(fz.o);
    fclose(fz.text);
    fputs("// Generated by espy-cross --freeze; do not edit.\n"
        "#include <stdint.h>\n#include \"bytes.h\"\n#include \"float.h\"\n"
        "#include \"frozen.h\"\n#include \"int.h\"\n#include \"intern.h\"\n"
        "#include \"map.h\"\n#include \"tuple.h\"\n\n", out);
    // At least one byte: C has no empty arrays.
    fprintf(out, "const uint8_t es_frozen_text[] = {\n%s0};\n\n", text);
    fputs(body, out);
    fputs("const es_frozen_module_t es_frozen_modules[] = {\n", out);
    for (int i = 0; i < n; i++) {
        fputs("    {", out);
        const char *rel = relative(root, files[i]);
        fz.o = out;
        name_ref(out, es_intern_cstr(rel));
        fprintf(out, ", &fz_code_%d},\n", ids[i]);
    }
    fputs("    {0, NULL},\n};\n", out);
    free(ids);
    free(body);
    free(text);
    return fz.errors ? 1 : 0;
}
