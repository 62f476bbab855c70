// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as the source of a program, compiled and run
// in a fresh interpreter with a 64 KB heap, a bounded C stack and a
// bounded number of pending-event polls (tests/fuzz/port_fuzz.c), so no
// input can exhaust the machine or hang. A crash, a sanitizer report, an
// abort (port_fatal, a failed ES_ASSERT) or a timeout is a finding.
#include <stddef.h>
#include <stdint.h>

#include "interp.h"
#include "intern.h"
#include "state.h"
#include "port_fuzz.h"

#define HEAP_SIZE (64 * 1024)
#define STACK_LIMIT (256 * 1024) // ASan frames are large
#define POLLS 20000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static _Alignas(16) unsigned char heap[HEAP_SIZE];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    es_init(heap, sizeof(heap), &stack_top, STACK_LIMIT);
    fuzz_port_reset(POLLS);
    es_g.pending = 1;
    es_run_str((const char *)data, size, ES_QS(lt_string_gt, "<string>"),
        ES_RUN_FILE);
    es_deinit();
    return 0;
}
