// SPDX-License-Identifier: MIT
// Files on the port's file system: the open() builtin and its file objects
// (core/file.c). A file owns a port handle and is allocated ES_GC_FINAL:
// the collector's finalizer flushes and closes one the program dropped.
#ifndef ES_FILE_H
#define ES_FILE_H

#include <stdbool.h>
#include <stdint.h>

#include "fun.h"

// A file's backend: the calls a filesystem provides for its open files.
// [h] is the backend's handle. read: a count, 0 at the end, or a negative
// errno; write: a count or a negative errno; seek: the new position (whence
// 0 start, 1 current, 2 end) or a negative errno; sync (may be NULL):
// push what is written to the medium; close: release [h] (after a final
// sync), 0 or a negative errno. Calls may raise (a block device written
// in Python); the file object keeps its state consistent either way.
typedef struct es_stream_ops {
    int (*read)(void *h, void *buf, size_t n);
    int (*write)(void *h, const void *buf, size_t n);
    int64_t (*seek)(void *h, int64_t off, int whence);
    int (*sync)(void *h);
    int (*close)(void *h);
} es_stream_ops_t;

// The port's files (port_file_*), [h] being the port's handle as intptr_t.
extern const es_stream_ops_t es_file_port_ops;

// Mode bits of a file object.
enum { ES_FILE_READ = 1, ES_FILE_WRITE = 2, ES_FILE_BINARY = 4 };

// Parse open()'s [mode] (r w a x, b t, +): ES_FILE_* bits, the kind letter
// in [*kind] ('r' when the mode has none, as MicroPython) and whether '+'
// was given. ValueError "invalid mode".
unsigned es_file_mode(const char *mode, char *kind, bool *plus);
// A new file object (io.TextIOWrapper, or io.FileIO with ES_FILE_BINARY in
// [flags]) over handle [h] of [ops]; closed by close(), `with` or the
// collector. Raises MemoryError (then [h] is not released).
es_val_t es_file_new(const es_stream_ops_t *ops, void *h, unsigned flags);
// Open host file [path] with open()'s [mode] (a str, or ES_NULL for 'r')
// through the port: the file object, or OSError.
es_val_t es_file_open_port(const char *path, es_val_t mode);
// Read up to [n] bytes from file object [f] at the C level: a count, 0 at
// the end, a negative errno (-EINVAL when [f] is not a built-in file).
int es_file_read_c(es_val_t f, void *buf, size_t n);
// Is [v] a built-in file object?
bool es_is_file(es_val_t v);
// What a stream's write takes, as MicroPython's streams: a str (its UTF-8)
// or a bytes-like object (its bytes, as they are: ampy's `get` writes bytes
// to sys.stdout), in [*s] and [*n]. Returns the count write reports: a
// str's code points on a [text] stream (CPython's), else bytes. Otherwise
// TypeError, with CPython's text for a text or a binary stream.
size_t es_write_arg(es_val_t data, bool text, const char **s, size_t *n);

// open(file, mode='r', buffering=-1, encoding=None, ...): opens through
// the mounted filesystems (modules/vfs.c: es_vfs_open). For the port's
// files, when out of handles (EMFILE/ENFILE) it collects (finalizing
// dropped files) and tries once more.
extern const es_fun_builtin_t es_builtin_open;

#endif
