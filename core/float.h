// SPDX-License-Identifier: MIT
// Float and complex literals: the hooks the compiler calls for them. The
// float/complex types come later (their engineer implements these); until
// then the compiler, which references them weakly, raises SyntaxError
// "float literals not supported yet".
#ifndef ES_FLOAT_H
#define ES_FLOAT_H

#include "obj.h"

// The float value of the literal text [s] ([len] bytes, underscores
// removed, e.g. "1.5e3"), correctly rounded. Raises MemoryError.
es_val_t es_float_parse(const char *s, size_t len);

// The complex value 0+xj of the imaginary literal text [s] without its
// 'j' (e.g. "2.5"). Raises MemoryError.
es_val_t es_complex_parse_imag(const char *s, size_t len);

// A bytes object holding a copy of [len] bytes at [s] (bytes literals).
// Raises MemoryError.
es_val_t es_bytes_literal(const char *s, size_t len);

#endif
