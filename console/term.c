// SPDX-License-Identifier: MIT
// The console's terminal (term.h): UART0 and os.dupterm's streams.
#include "hal/uart.h"
#include "os_dupterm.h"
#include "term.h"

void es_term_tx(const char *s, size_t n) {
    if (es_dupterm_uart0()) {
        hal_uart0_tx(s, n);
    }
    es_dupterm_tx(s, n);
}

int es_term_rx(void) {
    for (;;) {
        int c = es_dupterm_rx();
        if (c >= 0) {
            return c;
        }
        c = hal_uart0_rx();
        if (c < 0 || es_dupterm_uart0()) {
            return c;
        }
    }
}
