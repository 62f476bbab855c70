// SPDX-License-Identifier: MIT
// The virtual filesystem (modules/vfs.c): filesystems mounted at paths,
// as MicroPython's VFS. A mounted filesystem is any object with the
// methods mount, umount, open, ilistdir, mkdir, rmdir, remove, rename,
// stat, statvfs, chdir, getcwd: the built-in VfsPosix, VfsFat and VfsLfs2
// or a class written in Python. Every path operation finds the mount
// (longest match; a mount at "/" matches what nothing else does) and calls
// that method with the rest of the path. docs/filesystem.md.
#ifndef ES_VFS_H
#define ES_VFS_H

#include <stdbool.h>

#include "fun.h"
#include "obj.h"

// One mounted filesystem, in es_g.vfs_mounts (a chain; a mount at "/" is
// always last).
typedef struct es_vfs_mount {
    es_val_t path;          // str: "/" or "/name"
    es_val_t obj;           // the filesystem object
    struct es_vfs_mount *next;
} es_vfs_mount_t;

// Mount a new VfsPosix (the host's directories) at "/" and make it the
// current filesystem, as MicroPython's unix port starts. Raises.
void es_vfs_mount_posix_root(void);

// open(path, mode) through the filesystem holding [path]: its open
// method's result. OSError ENODEV when nothing is mounted there.
es_val_t es_vfs_open(es_val_t path, es_val_t mode);

// For import: what is at [path] (0 nothing, 1 a file, 2 a directory),
// through the mounts. Raises only MemoryError (an error of the
// filesystem, as MicroPython, reads as nothing there).
int es_vfs_import_stat(const char *path);

// Import's source reader: open [path] for reading (a file object, or
// OSError), read up to [n] bytes (a count, 0 at the end; raises), close
// (never raises).
es_val_t es_vfs_reader_open(const char *path);
int es_vfs_reader_read(es_val_t f, void *buf, size_t n);
void es_vfs_reader_close(es_val_t f);

// A stat result: the 10-tuple (mode, ino, dev, nlink, uid, gid, size,
// atime, mtime, ctime) with [mode] 0x4000 (dir) or 0x8000 (file).
es_val_t es_vfs_stat_tuple(uint32_t mode, uint64_t size, int64_t mtime);

// The absolute, normalised form of [path] (str or bytes) inside a
// filesystem whose current directory is [cwd] (a str, "/" or "/a/b"):
// "." and empty parts dropped, ".." going up (never above "/"). A
// NUL-terminated text in the arena. Raises MemoryError.
const char *es_vfs_abspath(es_val_t cwd, es_val_t path);

// The functions os shares with vfs (modules/os.c lists them).
extern const es_fun_builtin_t es_vfs_mount_obj, es_vfs_umount_obj,
    es_vfs_chdir_obj, es_vfs_getcwd_obj, es_vfs_ilistdir_obj,
    es_vfs_listdir_obj, es_vfs_mkdir_obj, es_vfs_remove_obj,
    es_vfs_rename_obj, es_vfs_rmdir_obj, es_vfs_stat_obj,
    es_vfs_statvfs_obj, es_vfs_sync_obj;
// The filesystem types (modules/vfs_posix.c, vfs_fat.c, vfs_lfs.c).
extern const es_type_t es_type_vfs_posix, es_type_vfs_fat, es_type_vfs_lfs2;
#if ES_CFG_VFS_LFS1
extern const es_type_t es_type_vfs_lfs1;  // modules/vfs_lfs1.c
// The vfs and os table entry of VfsLfs1. In a #define, which
// tools/gen_intern.py does not read, so that ports without VfsLfs1 do not
// intern its name (it comes from vfs_lfs1.c, which they do not build).
#define ES_VFS_LFS1_ENTRY {ES_QV(VfsLfs1), ES_PTR(&es_type_vfs_lfs1)},
#else
#define ES_VFS_LFS1_ENTRY
#endif
// What is at [path] in VfsPosix [fs]: 0 nothing, 1 a file, 2 a directory.
// Raises only MemoryError.
int es_vfs_posix_import_stat(es_val_t fs, const char *path);

#endif
