// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as what arrives on UART0, fed to the console
// (console/: line editor, completion, friendly and paste modes, raw REPL,
// raw-paste) in a fresh interpreter with a 64 KB heap, in board mode or
// plain mode (the first byte's low bit), soft resets rebuilding the
// interpreter as the host port does, until the bytes run out. The code the
// sessions run is bounded by the poll budget of port_fuzz.c. A crash, a
// sanitizer report, an abort or a timeout is a finding.
#include <stddef.h>
#include <stdint.h>

#include "console/repl.h"
#include "hal/uart.h"
#include "interp.h"
#include "state.h"
#include "port_fuzz.h"

#define HEAP_SIZE (64 * 1024)
#define STACK_LIMIT (256 * 1024) // ASan frames are large
#define POLLS 1000 // the console is fuzzed here, not the VM

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static _Alignas(16) unsigned char heap[HEAP_SIZE];
static const uint8_t *in_pos, *in_end;
static char *stack_top;
static volatile char sink;

int hal_uart0_rx(void) {
    return in_pos < in_end ? *in_pos++ : -1;
}

bool hal_uart0_rx_any(void) {
    return in_pos < in_end;
}

// Output is dropped, but read: a byte past what the console owns would be
// an ASan report here.
void hal_uart0_tx(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        sink ^= s[i];
    }
}

// Code starts to run: the port polls again (an uncaught exception's
// handler clears es_g.pending, and the poll budget must stay in force for
// every run of a session, or `while True: pass` after an error would never
// end).
void hal_uart0_set_interrupt_char(int c) {
    if (c >= 0) {
        es_g.pending = 1;
    }
}

static void start(void) {
    es_init(heap, sizeof(heap), stack_top, STACK_LIMIT);
    fuzz_port_reset(POLLS);
    es_g.pending = 1;
}

// The console in a frame below es_init's stack top, as in the host port.
static void run(bool board) {
    es_console_t con;
    es_console_init(&con, board, "fuzz");
    while (es_console_run(&con) == ES_CON_SOFT_RESET && in_pos < in_end) {
        es_deinit();
        es_console_soft_reboot_msg();
        start();
        es_console_new_arena(&con);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char top;
    if (size == 0) {
        return 0;
    }
    stack_top = &top;
    in_pos = data + 1;
    in_end = data + size;
    start();
    run(data[0] & 1);
    es_deinit();
    return 0;
}
