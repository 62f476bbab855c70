// SPDX-License-Identifier: MIT
// UART0 as a byte stream: the one path between the console (console/) and
// whatever carries its bytes. On the chip it is the UART's FIFO and
// receive ring; on the host a terminal, a pseudo-terminal or a TCP client
// (ports/host/uart0.c); WebREPL and os.dupterm will feed the same path.
// No Python objects cross this interface.
#ifndef ES_HAL_UART_H
#define ES_HAL_UART_H

#include <stdbool.h>
#include <stddef.h>

// The next received byte (0..255), waiting for one; -1 when the input has
// ended for good (the host's stdin at end of file) or when a KeyboardInterrupt
// became pending while waiting (es_g.pending_exc set; the caller raises it).
int hal_uart0_rx(void);

// Is a received byte waiting (hal_uart0_rx would not wait)? Never waits.
bool hal_uart0_rx_any(void);

// Send [n] bytes of [s] as they are (no newline translation). Waits while
// the line is busy; never fails (bytes nobody can receive are dropped).
void hal_uart0_tx(const char *s, size_t n);

// The interrupt character: while it is [c] (0..255), receiving it does not
// queue it but makes a KeyboardInterrupt pending (es_g.pending_exc), as the
// chip's receive interrupt does; -1 turns this off. The console sets it to
// Ctrl-C (3) only while Python code runs, and that code may change it with
// micropython.kbd_intr until it ends: both write es_g.intr_char, the one
// place the character is kept.
void hal_uart0_set_interrupt_char(int c);

#endif
