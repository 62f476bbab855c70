// SPDX-License-Identifier: MIT
// The range type (core/range.c): range(stop), range(start, stop[, step]).
// Built-in code makes ranges through the type's make_new slot.
#ifndef ES_RANGE_H
#define ES_RANGE_H

#include "obj.h"

extern const es_type_t es_type_range;

#endif
