// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as an .epy file (docs/epy-format.md) given
// to the loader in a fresh interpreter (64 KB heap). The last four bytes
// are first set to the CRC-32 of the others, so that mutations reach the
// structural checks behind the checksum. Loading must end in a code object
// or a ValueError/MemoryError/RecursionError; a crash, a sanitizer report,
// an abort or another exception is a finding. The loaded code is not run:
// the loader does not verify the value stack's discipline (docs/
// epy-format.md, "Trust"), which only espy-cross's output satisfies.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "epy.h"
#include "exc.h"
#include "interp.h"
#include "intern.h"
#include "nlr.h"
#include "state.h"
#include "runtime.h"
#include "port_fuzz.h"

#define HEAP_SIZE (64 * 1024)
#define STACK_LIMIT (256 * 1024) // ASan frames are large

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static _Alignas(16) unsigned char heap[HEAP_SIZE];

typedef struct mem {
    const uint8_t *p;
    size_t n, pos;
} mem_t;

static int mem_next(void *data) {
    mem_t *m = data;
    return m->pos < m->n ? m->p[m->pos++] : -1;
}

static void load(const uint8_t *buf, size_t size) {
    mem_t m = {buf, size, 0};
    es_reader_t r = {&m, mem_next};
    es_nlr_buf_t nb;
    if (es_nlr_push(&nb) == 0) {
        es_epy_load(&r, ES_QS(fuzz_epy, "fuzz.epy"));
        es_nlr_pop();
    } else if (!es_isinstance(nb.value, &es_type_ValueError)
        && !es_isinstance(nb.value, &es_type_MemoryError)
        && !es_isinstance(nb.value, &es_type_RecursionError)) {
        abort(); // the loader raised something it must not
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *buf = malloc(size + 1);
    memcpy(buf, data, size);
    if (size >= 4) {
        uint32_t crc = es_epy_crc32(buf, size - 4);
        for (int i = 0; i < 4; i++, crc >>= 8) {
            buf[size - 4 + i] = (uint8_t)crc;
        }
    }
    char stack_top;
    es_init(heap, sizeof(heap), &stack_top, STACK_LIMIT);
    fuzz_port_reset(1000);
    load(buf, size);
    es_deinit();
    free(buf);
    return 0;
}
