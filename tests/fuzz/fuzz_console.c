// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as what arrives on UART0, fed to the console
// (console/: line editor, completion, friendly and paste modes, raw REPL,
// raw-paste, input()'s line, the boot files' runs, cooked output) in a
// fresh interpreter, soft resets rebuilding the interpreter as the host
// port does, until the bytes run out. The first byte chooses: bit 0 board
// mode (else plain), bit 1 an input() line read first, bit 2 a 16 KB heap
// (else 64 KB: inputs that outgrow the heap). The code the sessions run
// is bounded by the poll budget of port_fuzz.c. A crash, a sanitizer
// report, an abort or a timeout is a finding.
#include <stddef.h>
#include <stdint.h>

#include "console/repl.h"
#include "hal/uart.h"
#include "interp.h"
#include "intern.h"
#include "nlr.h"
#include "print.h"
#include "state.h"
#include "port_fuzz.h"

#define HEAP_SIZE (64 * 1024)
#define STACK_LIMIT (256 * 1024) // ASan frames are large
#define POLLS 1000 // the console is fuzzed here, not the VM

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static _Alignas(16) unsigned char heap[HEAP_SIZE];
static const uint8_t *in_pos, *in_end;
static char *stack_top;
static size_t heap_size;
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
    es_init(heap, heap_size, stack_top, STACK_LIMIT);
    fuzz_port_reset(POLLS);
    es_g.pending = 1;
}

// A line read as input() reads it on the board (the console's editor).
static void read_input_line(void) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_vstr_t v;
        es_vstr_init(&v, 16);
        es_console_input(&v);
        es_nlr_pop();
    }
}

// The boot sequence's runs: boot.py (none: the sealed port has no files,
// so its error is reported) and a main program given as text.
static void boot(es_console_t *con) {
    static const char main_py[] = "print('main', 1)\n";
    es_console_run_file(con, "boot.py");
    es_console_run_src(con, main_py, sizeof(main_py) - 1,
        ES_QS(main_dot_py, "main.py"));
}

// The console in a frame below es_init's stack top, as in the host port.
static void run(uint8_t flags) {
    es_console_t con;
    es_console_init(&con, flags & 1, "fuzz");
    if (flags & 2) {
        read_input_line();
    }
    boot(&con);
    while (es_console_run(&con) == ES_CON_SOFT_RESET && in_pos < in_end) {
        es_deinit();
        es_console_soft_reboot_msg();
        start();
        es_console_new_arena(&con);
        boot(&con);
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
    heap_size = data[0] & 4 ? 16 * 1024 : sizeof(heap);
    es_console_write_cooked((const char *)in_pos, size - 1); // as output
    start();
    run(data[0]);
    es_deinit();
    return 0;
}
