// SPDX-License-Identifier: MIT
// Precompiled modules: espy's own bytecode file format, .epy
// (docs/epy-format.md), written by espy-cross and loaded by import.
#ifndef ES_EPY_H
#define ES_EPY_H

#include "compile.h"
#include "obj.h"

// The file starts with these three bytes, the version and ES_NAME_WIDTH.
#define ES_EPY_MAGIC "EPY"
#define ES_EPY_VERSION 1

// Read an .epy file from [src] and return its module code object, named
// [file] in tracebacks. A file that is not a valid .epy of this version
// (corrupt, truncated, another version, a MicroPython .mpy) raises
// ValueError; never crashes. Raises MemoryError.
es_val_t es_epy_load(es_reader_t *src, es_qstr_t file);

// CRC-32 (IEEE 802.3, as zlib's crc32) of [n] bytes, and the same carried
// on from an earlier [crc] (0 to start). Computed bit by bit: no table in
// flash. Never raises.
uint32_t es_epy_crc32(const void *data, size_t n);
uint32_t es_epy_crc32_update(uint32_t crc, const void *data, size_t n);

#endif
