// SPDX-License-Identifier: MIT
// Text -> double, correctly rounded (ties to even) with exact big-integer
// arithmetic, never libc strtod: decimal literals, float() strings with
// inf/infinity/nan in any case, subnormals and huge exponents.
#ifndef ES_STRTOD_H
#define ES_STRTOD_H

#include <stdbool.h>
#include <stddef.h>

// Parse all [len] bytes at [s] as [sign] (digits [. [digits]] | . digits)
// [(e|E) [sign] digits], or [sign] inf / infinity / nan in any case. With
// [underscores], single underscores may separate digits (float()'s and the
// literals' rule). No surrounding whitespace. Stores the correctly rounded
// value in *out and returns true; false when the text does not match.
// Raises MemoryError (very long digit strings need a scratch block).
bool es_strtod(const char *s, size_t len, bool underscores, double *out);

#endif
