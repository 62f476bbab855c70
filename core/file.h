// SPDX-License-Identifier: MIT
// Files on the port's file system: the open() builtin and its file objects
// (core/file.c). A file owns a port handle and is allocated ES_GC_FINAL:
// the collector's finalizer flushes and closes one the program dropped.
#ifndef ES_FILE_H
#define ES_FILE_H

#include "fun.h"

// open(file, mode='r', buffering=-1, encoding=None, ...): a file object
// (text or binary) reading/writing through port_file_*. When the port is
// out of handles (EMFILE/ENFILE) it collects (finalizing dropped files)
// and tries once more.
extern const es_fun_builtin_t es_builtin_open;

#endif
