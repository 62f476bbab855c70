// SPDX-License-Identifier: MIT
// The block device the filesystems of fs/ work on: a struct of calls and a
// geometry, like littlefs's configuration. modules/vfs_blockdev.c makes one
// from a Python object with readblocks/writeblocks/ioctl. Calls return 0 or
// a negative errno, and may raise (a device written in Python).
#ifndef ES_FS_BDEV_H
#define ES_FS_BDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct fs_bdev {
    void *ctx;
    // Read [n] bytes at byte [off] of block [block] into [buf].
    int (*read)(void *ctx, uint32_t block, uint32_t off, void *buf,
        uint32_t n);
    // Write [n] bytes at [off] of [block]. With [off] 0 and [n] a whole
    // block, a device that needs it erases the block first (the simple
    // interface, used by FAT); littlefs erases explicitly and programs
    // parts of blocks.
    int (*write)(void *ctx, uint32_t block, uint32_t off, const void *buf,
        uint32_t n);
    // Erase [block] (a no-op for devices without erase).
    int (*erase)(void *ctx, uint32_t block);
    // Push written data to the medium.
    int (*sync)(void *ctx);
    uint32_t block_size;
    uint32_t block_count;
    bool readonly;          // writes give -EROFS
} fs_bdev_t;

// Error codes used by fs/ (MicroPython's numbering, which is Linux's; the
// lx106 C library numbers some differently).
enum {
    FS_EPERM = 1, FS_ENOENT = 2, FS_EIO = 5, FS_EBADF = 9, FS_ENOMEM = 12,
    FS_EACCES = 13, FS_EEXIST = 17, FS_ENODEV = 19, FS_ENOTDIR = 20,
    FS_EISDIR = 21, FS_EINVAL = 22, FS_EFBIG = 27, FS_ENOSPC = 28,
    FS_EROFS = 30, FS_ENAMETOOLONG = 36, FS_ENOTEMPTY = 39,
    FS_ECORRUPT = 84,  // EILSEQ: littlefs's LFS_ERR_CORRUPT
};

#endif
