// SPDX-License-Identifier: MIT
// Tab completion for the line editor: the name before the cursor, a
// global or builtin, or an attribute after dots (`os.pa`, `x.real.bit`),
// looked up without calling anything but dir().
#ifndef ES_CONSOLE_COMPLETE_H
#define ES_CONSOLE_COMPLETE_H

#include <stddef.h>

#define ES_COMPLETE_LISTED ((size_t)-1)
#define ES_COMPLETE_MAX 64 // longest completion returned at once

// Complete the end of the [n] bytes at [line] (the text before the
// cursor). Returns the number of bytes to insert, copied to [out] (room
// for ES_COMPLETE_MAX): the rest of the only match, or the common prefix
// of several; 0 when nothing matches or nothing can be added but one
// match; ES_COMPLETE_LISTED when several matches share no longer prefix:
// they were printed (CRLF, the names in 16-column slots, lines of at most
// 64 columns, CRLF), as the reference does. Never raises.
size_t es_complete(const char *line, size_t n, char *out);

#endif
