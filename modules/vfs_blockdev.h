// SPDX-License-Identifier: MIT
// A block device written in Python (readblocks/writeblocks/ioctl, or the
// old count/sync protocol) seen as fs/bdev.h's calls (modules/
// vfs_blockdev.c), for VfsFat and VfsLfs2.
#ifndef ES_VFS_BLOCKDEV_H
#define ES_VFS_BLOCKDEV_H

#include "fs/bdev.h"
#include "obj.h"

typedef struct es_blockdev {
    fs_bdev_t bd;          // what the filesystem calls (ctx: this)
    es_val_t obj;          // the Python device
    es_val_t readblocks[2], writeblocks[2], ioctl[2]; // loaded methods
    es_val_t count[2], sync[2]; // the old protocol (no ioctl)
    es_val_t buf;          // bytearray passed to the device
    bool ext;              // always the extended form (littlefs's calls)
} es_blockdev_t;

// Set up [d] over device [obj]: its methods, block size (ioctl 5, else
// 512) and count (ioctl 4). Raises (AttributeError when readblocks is
// missing, the device's own errors).
void es_blockdev_init(es_blockdev_t *d, es_val_t obj, bool readonly);

// ioctl([op], [arg]) of the device: its answer (None when it has none).
es_val_t es_blockdev_ioctl(es_blockdev_t *d, int op, int arg);

// When [obj] is a flashbdev.FlashBdev (modules/flashbdev.c), set up [d]
// to reach the flash straight (no Python calls, no buffer) and return
// true; false for any other device.
bool es_flashbdev_bind(es_blockdev_t *d, es_val_t obj);

// The flash address where the user area starts (esp.flash_user_start(),
// modules/esp.c).
uint32_t es_esp_user_start(void);

// MicroPython's block device ioctl numbers.
enum { ES_BD_INIT = 1, ES_BD_DEINIT = 2, ES_BD_SYNC = 3, ES_BD_COUNT = 4,
    ES_BD_SIZE = 5, ES_BD_ERASE = 6 };

#endif
