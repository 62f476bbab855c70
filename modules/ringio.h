// SPDX-License-Identifier: MIT
// micropython.RingIO (modules/ringio.c), for the micropython module's
// table.
#ifndef ES_RINGIO_H
#define ES_RINGIO_H

#include "obj.h"

// The RingIO type: RingIO(size) or RingIO(writable buffer); see ringio.c.
extern const es_type_t es_type_ringio;

#endif
