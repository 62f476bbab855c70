// SPDX-License-Identifier: MIT
// espy-cross: compiles Python source ahead of time (docs/frozen.md,
// docs/epy-format.md), on the build machine, with espy's own compiler.
//   espy-cross FILE.py [-o FILE.epy]       precompiled module file
//   espy-cross --freeze ROOT FILE.py...    C source of the frozen modules
//                                          (paths relative to ROOT)
// Name operands are compiled ES_NAME_WIDTH bytes wide (es_g.wide_names) so
// that the build (frozen C) or the loader (.epy) can put the target's
// interned-name numbers in their place without moving any bytecode.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cross.h"
#include "exc.h"
#include "frozen.h"
#include "interp.h"
#include "intern.h"
#include "nlr.h"
#include "state.h"

// espy-cross links no frozen modules of its own.
const es_frozen_module_t es_frozen_modules[] = {{0, NULL}};
const uint8_t es_frozen_text[] = {0};

typedef struct mem_reader {
    const char *s;
    size_t n, pos;
} mem_reader_t;

static int mem_next(void *data) {
    mem_reader_t *r = data;
    return r->pos < r->n ? (uint8_t)r->s[r->pos++] : -1;
}

// The whole of file [path] (malloc'd, the tool's own memory), or exit.
static char *read_all(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "espy-cross: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf != NULL && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    if (buf == NULL) {
        fprintf(stderr, "espy-cross: out of memory\n");
        exit(1);
    }
    *n = len;
    return buf;
}

// Compile [n] bytes of source [src]; on an error print it and exit(1).
static es_val_t compile_src(const char *src, size_t n, const char *path,
    const char *file_name) {
    mem_reader_t mr = {src, n, 0};
    es_reader_t reader = {&mr, mem_next};
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t code = es_compile(&reader, es_intern_cstr(file_name),
            ES_COMPILE_FILE);
        es_nlr_pop();
        return code;
    }
    es_handle_uncaught(buf.value);
    fprintf(stderr, "espy-cross: %s does not compile\n", path);
    exit(1);
}

es_val_t es_cross_compile(const char *path, const char *file_name) {
    size_t n;
    char *src = read_all(path, &n);
    es_val_t code = compile_src(src, n, path, file_name);
    free(src);
    return code;
}

static void usage(void) {
    fprintf(stderr, "usage: espy-cross FILE.py [-o FILE.epy]\n"
        "       espy-cross --freeze ROOT FILE.py...\n");
    exit(2);
}

// FILE.py -> FILE.epy
static char *default_out(const char *in) {
    size_t n = strlen(in);
    char *out = malloc(n + 5);
    if (out == NULL) {
        exit(1);
    }
    memcpy(out, in, n + 1);
    if (n > 3 && strcmp(in + n - 3, ".py") == 0) {
        out[n - 3] = '\0';
    }
    strcat(out, ".epy");
    return out;
}

int main(int argc, char **argv) {
    char stack_top;
    size_t heap_size = 16 * 1024 * 1024;
    void *heap = malloc(heap_size);
    if (heap == NULL || argc < 2) {
        usage();
    }
    es_init(heap, heap_size, &stack_top, 256 * 1024);
    es_g.wide_names = true;
    int status;
    if (strcmp(argv[1], "--freeze") == 0) {
        if (argc < 3) {
            usage();
        }
        status = es_cross_freeze(argv[2], argc - 3, argv + 3, stdout);
    } else {
        const char *out = NULL;
        if (argc == 4 && strcmp(argv[2], "-o") == 0) {
            out = argv[3];
        } else if (argc != 2) {
            usage();
        }
        char *def = out == NULL ? default_out(argv[1]) : NULL;
        status = es_cross_epy(argv[1], out != NULL ? out : def);
        free(def);
    }
    es_deinit();
    free(heap);
    return status;
}
