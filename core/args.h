// SPDX-License-Identifier: MIT
// Argument binding: how the positional and keyword arguments of a call are
// matched to a Python function's parameters (positional, defaults, keyword
// arguments, keyword-only parameters, *args and **kwargs), with CPython's
// TypeError messages.
#ifndef ES_ARGS_H
#define ES_ARGS_H

#include "fun.h"

// Bind a call of [fun] with [n_args] positionals and [n_kw] (interned-name
// key, value) pairs at [args] into [slots] (the frame's locals, all
// ES_NULL on entry): parameters first, then *args and **kwargs. Raises
// TypeError for a mismatch, MemoryError.
void es_args_bind(const es_fun_t *fun, es_val_t *slots, size_t n_args,
    size_t n_kw, const es_val_t *args);

#endif
