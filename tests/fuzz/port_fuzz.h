// SPDX-License-Identifier: MIT
// The fuzz targets' port (tests/fuzz/port_fuzz.c).
#ifndef ES_PORT_FUZZ_H
#define ES_PORT_FUZZ_H

// Start a run: [polls] pending-event polls before every later poll raises
// RuntimeError; the clock restarts at 0. The caller sets es_g.pending
// after es_init so that polling starts.
void fuzz_port_reset(unsigned long polls);

#endif
