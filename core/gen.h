// SPDX-License-Identifier: MIT
// Generators: calling a generator function makes a generator object that
// owns its frame (allocated inside the object, not on the frame stack).
// next()/send()/throw()/close() resume the frame in a nested VM loop until
// it yields or returns. `yield from` delegates to a sub-iterator.
#ifndef ES_GEN_H
#define ES_GEN_H

#include "frame.h"

extern const es_type_t es_type_gen;

// A new generator for a call of generator function [fun] with the usual
// argument layout at [args]. Binds the arguments now (TypeError).
es_val_t es_gen_new(const es_fun_t *fun, size_t n_args, size_t n_kw,
    const es_val_t *args);

// Resume generator [gen]: send [send] (None for next()) or, when [throw] is
// not ES_NULL, raise [throw] (an exception instance) at the yield. Returns
// true when it yielded *out, false when it finished returning *out.
// Raises whatever the generator raises (a StopIteration leaking out of
// its body becomes RuntimeError), ValueError when it is already running.
bool es_gen_resume(es_val_t gen, es_val_t send, es_val_t throw,
    es_val_t *out);

// For the VM (GET_AWAITABLE): the iterator `await obj` runs: a generator
// or coroutine itself, else obj.__await__(), else (as MicroPython, for a
// class with __iter__) iter(obj). Raises TypeError.
es_val_t es_gen_awaitable(es_val_t obj);

// For the VM: an exception [exc] leaves the frame [f] of a generator,
// which is now finished. Returns the exception to raise on (a StopIteration
// becomes RuntimeError). Raises MemoryError.
es_val_t es_gen_frame_raised(es_frame_t *f, es_val_t exc);

#endif
