// SPDX-License-Identifier: MIT
// The console's terminal: UART0 and the streams os.dupterm attached
// (modules/os_dupterm.h). The console reads and writes only through here.
#ifndef ES_TERM_H
#define ES_TERM_H

#include <stddef.h>

// Send [n] bytes as they are: to UART0 unless os.dupterm(None, 1) took it
// out of its slot, and a copy to each dupterm stream.
void es_term_tx(const char *s, size_t n);

// The next input byte, waiting for one: what os.dupterm_notify() queued
// first, then UART0's (dropped while UART0 is out of its slot, as they
// go to machine.UART on the chip); -1 as hal_uart0_rx (the input ended,
// or a KeyboardInterrupt became pending).
int es_term_rx(void);

#endif
