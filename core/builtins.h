// SPDX-License-Identifier: MIT
// The builtins module (core/builtins.c) and the iterator types behind
// enumerate, zip, map, filter, reversed and iter(f, sentinel)
// (core/builtins_iter.c).
#ifndef ES_BUILTINS_H
#define ES_BUILTINS_H

#include "map.h"

// The builtins module's dict: a const table.
extern const es_dict_t es_builtins_dict;

extern const es_type_t es_type_enumerate, es_type_zip, es_type_map,
    es_type_filter, es_type_reversed, es_type_callable_iter;

// compile(), exec(), eval() and execfile() (core/builtins_eval.c).
extern const struct es_fun_builtin es_builtin_compile, es_builtin_exec,
    es_builtin_eval, es_builtin_execfile;

// iter(callable, sentinel): an iterator calling [fn] until it returns a
// value equal to [sentinel]. Raises MemoryError.
es_val_t es_callable_iter_new(es_val_t fn, es_val_t sentinel);

// Pick the keyword arguments named in [names] (n of them) from a call's
// [n_kw] (name, value) pairs after [n_args] positionals into [out]
// (ES_NULL when absent). TypeError for any other keyword, naming [fname].
void es_builtins_get_kw(es_qstr_t fname, size_t n_args, size_t n_kw,
    const es_val_t *args, size_t n, const es_qstr_t *names, es_val_t *out);

#endif
