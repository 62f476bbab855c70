// SPDX-License-Identifier: MIT
// The host's UART0 transports behind hal/uart.h: the controlling terminal
// or stdin/stdout ("stdio"), a pseudo-terminal ("pty", served until
// killed, surviving client disconnects) or a TCP port on 127.0.0.1
// ("tcp:PORT", one client at a time).
#ifndef ES_HOST_UART0_H
#define ES_HOST_UART0_H

#include <stdbool.h>

// Open the transport [spec] ("stdio", "pty", "tcp:PORT"). [board]: board
// mode (a terminal stays raw, Ctrl-C reaches running code as the
// interrupt character, Ctrl-] quits); plain mode's terminal is raw only
// while the line editor reads and has its own modes (and SIGINT) while
// code runs. False after a message on stderr when it cannot be opened.
bool uart0_open(const char *spec, bool board);

// Is UART0 the console (uart0_open succeeded)? In board mode?
bool uart0_active(void);
bool uart0_board(void);

// Restore the terminal's modes (also done at exit and on fatal signals).
void uart0_close(void);

// Has the input ended for good (stdin at end of file, or Ctrl-] typed)?
bool uart0_ended(void);

// For port_poll: take the bytes that have arrived (the interrupt
// character among them makes a KeyboardInterrupt pending).
void uart0_poll(void);

// Bytes received as if from the line (a scenario's write-serial).
void uart0_feed(const char *s, size_t n);

#endif
