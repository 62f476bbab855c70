// SPDX-License-Identifier: MIT
// The io module's helpers for other modules (modules/io.c): reading a
// stream written in Python as MicroPython's stream layer does.
#ifndef ES_IO_H
#define ES_IO_H

#include "obj.h"

// Everything [stream] has left: stream.read() when it has a read method,
// else its readinto(buf) called with a 1-byte buffer until it gives 0 (an
// io.IOBase subclass; a byte a time, as MicroPython's json.load reads).
// A readinto result that is not an int from 0 to len(buf) raises
// OSError(EIO) (None: EAGAIN, no data now). May raise anything the
// stream's methods raise; allocates.
es_val_t es_io_read_all(es_val_t stream);

#endif
