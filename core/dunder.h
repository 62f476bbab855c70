// SPDX-License-Identifier: MIT
// Operator special methods of built-in types (core/dunder.c).
#ifndef ES_DUNDER_H
#define ES_DUNDER_H

#include "obj.h"

// The built-in function behind special method [name] (__add__, __radd__,
// __eq__, __neg__, __hash__, __str__...) for instances of built-in type
// [t], taking self first; ES_NULL when [name] is no such method or [t] has
// no slot for it. Never raises.
es_val_t es_dunder_lookup(const es_type_t *t, es_qstr_t name);

#endif
