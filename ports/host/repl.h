// SPDX-License-Identifier: MIT
// The host's interactive prompt and stdin runner (ports/host/repl.c).
#ifndef ES_HOST_REPL_H
#define ES_HOST_REPL_H

#include <stdbool.h>

// Run the prompt on stdin until Ctrl-D (end of input) or SystemExit;
// prints the banner when [banner]. Returns the exit status.
int repl_run(bool banner);
// Run all of stdin as a file named "<stdin>". Returns the exit status.
int repl_run_stdin(void);

#endif
