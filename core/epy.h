// SPDX-License-Identifier: MIT
// Precompiled modules: espy's own bytecode file format, .epy
// (docs/epy-format.md), written by espy-cross and loaded by import.
#ifndef ES_EPY_H
#define ES_EPY_H

#include "compile.h"
#include "obj.h"

// Read an .epy file from [src] and return its module code object, named
// [file] in tracebacks. A file that is not a valid .epy of this version
// (corrupt, truncated, another version, a MicroPython .mpy) raises
// ValueError; never crashes. Raises MemoryError.
es_val_t es_epy_load(es_reader_t *src, es_qstr_t file);

#endif
