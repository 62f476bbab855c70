// SPDX-License-Identifier: MIT
// os.dupterm's slots (modules/os_dupterm.c), for the console and the
// ports: where the console's output goes and what input it gets besides
// UART0's.
#ifndef ES_OS_DUPTERM_H
#define ES_OS_DUPTERM_H

#include <stdbool.h>
#include <stddef.h>

#include "fun.h"

// Board mode, at each start: slot 1 holds the UART0 object.
void es_dupterm_board(void);
// Is UART0 the console's (always outside board mode; in board mode while
// its object is in a slot)?
bool es_dupterm_uart0(void);
// A copy of [n] bytes of console output to each stream in a slot. Never
// raises: a stream whose write() fails is taken out, with a message.
void es_dupterm_tx(const char *s, size_t n);
// The next input byte queued by os.dupterm_notify(), or -1; is one there?
int es_dupterm_rx(void);
bool es_dupterm_rx_any(void);

extern const es_fun_builtin_t es_os_dupterm_obj, es_os_dupterm_notify_obj;

#endif
