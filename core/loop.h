// SPDX-License-Identifier: MIT
// Loops that allocate nothing (heap_lock, interrupt handlers): the state of
// a walk over an iterable in three values that live on the caller's stack
// (the VM's value stack for `for`, a C array for builtins such as sum).
#ifndef ES_LOOP_H
#define ES_LOOP_H

#include "obj.h"

// Start a loop over s[0]; fills s[0..2]:
//   x sequence, y index, z True    exact tuple, list, bytes, bytearray or
//                                  array.array
//   x dict/set, y position and size packed, z False
//                                  exact dict, set or frozenset (keys)
//   x iterator, y = z = NULL       anything else (es_getiter: it may
//                                  allocate, raise, call Python)
// The VM adds a fourth kind, range() of small ints, with a small int z.
void es_loop_start(es_val_t *s);
// The next item of a loop started by es_loop_start, or ES_STOP. Raises
// RuntimeError when a dict or set changed size meanwhile, whatever the
// iterator raises, and MemoryError for an array's big-int items.
es_val_t es_loop_next(es_val_t *s);

#endif
