// SPDX-License-Identifier: MIT
// The parts of espy-cross (tools/espy_cross.c): compiling a file, writing
// frozen modules as C (tools/cross_freeze.c) and .epy files
// (tools/cross_epy.c). They run on the build machine and may use the C
// library's memory and stdio.
#ifndef ES_CROSS_H
#define ES_CROSS_H

#include <stdio.h>

#include "code.h"
#include "compile.h"

// Compile the source file [path] as a module whose code objects name
// [file_name]; on a SyntaxError print it and exit(1).
es_val_t es_cross_compile(const char *path, const char *file_name);

// Write the frozen modules [files] (n of them, under directory [root]) to
// [out] as C: const code objects and es_frozen_modules. 0, or 1 on error
// (reported on stderr).
int es_cross_freeze(const char *root, int n, char **files, FILE *out);

// Compile [in] and write it to [out] in the .epy format. 0 or 1.
int es_cross_epy(const char *in, const char *out);

#endif
