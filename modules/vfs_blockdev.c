// SPDX-License-Identifier: MIT
// Block devices written in Python, as MicroPython's VFS calls them:
// readblocks(n, buf) / writeblocks(n, buf) with whole blocks (the simple
// interface, FAT), readblocks(n, buf, off) / writeblocks(n, buf, off) with
// parts of a block and ioctl(6, n) to erase (the extended one, littlefs),
// ioctl(op, arg) for init, sync and geometry. Data passes through one
// bytearray, seen through a memoryview, that the device fills or reads; a
// read/write returning a non-zero int is that negative errno (a positive
// one is EINVAL), None is success.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "runtime.h"
#include "vfs_blockdev.h"

// The bytearray for [n] bytes, made when the last one is too small or
// was changed by the device.
static es_bytes_t *buffer(es_blockdev_t *d, uint32_t n) {
    es_bytes_t *b = d->buf != ES_NULL ? (es_bytes_t *)es_obj(d->buf) : NULL;
    if (b == NULL || b->base.type != &es_type_bytearray || b->alloc < n) {
        d->buf = es_bytearray_new(NULL, n);
        b = (es_bytes_t *)es_obj(d->buf);
    }
    b->len = n;
    return b;
}

static int result(es_val_t r) {
    if (r == ES_NONE) {
        return 0;
    }
    if (!es_is_int(r)) { // MicroPython's text for a device's bad answer
        es_raise_fmt(&es_type_TypeError, ES_ERR("can't convert %T to int"), r);
    }
    es_int_t i = es_get_int(r);
    return i > 0 ? -FS_EINVAL : (int)i;
}

// Call [m] (readblocks or writeblocks) on [n] bytes of block [block] at
// [off] (the extended form when [ext]).
static int call_rw(const es_val_t *m, uint32_t block,
    uint32_t off, es_bytes_t *b, bool ext) {
    // A memoryview, as the reference passes: the device cannot resize it.
    es_val_t view = es_call1(ES_PTR(&es_type_memoryview), es_val(b));
    es_val_t call[5] = {m[0], m[1], es_int_from((es_int_t)block), view,
        es_int_from((es_int_t)off)};
    return result(es_call_method(ext ? 3 : 2, 0, call));
}

// A whole block with offset 0 takes the simple form (FAT's calls);
// anything else, and every littlefs call, the extended one.
static bool extended(es_blockdev_t *d, uint32_t off, uint32_t n) {
    return d->ext || off != 0 || n != d->bd.block_size;
}

static int bd_read(void *ctx, uint32_t block, uint32_t off, void *buf,
    uint32_t n) {
    es_blockdev_t *d = ctx;
    es_bytes_t *b = buffer(d, n);
    int r = call_rw(d->readblocks, block, off, b, extended(d, off, n));
    b = (es_bytes_t *)es_obj(d->buf);
    if (r == 0) {
        if (b->len < n) {
            return -FS_EIO; // the device shrank the buffer
        }
        memcpy(buf, b->data, n);
    }
    return r;
}

static int bd_write(void *ctx, uint32_t block, uint32_t off,
    const void *buf, uint32_t n) {
    es_blockdev_t *d = ctx;
    if (d->writeblocks[0] == ES_NULL || d->bd.readonly) {
        return -FS_EROFS;
    }
    es_bytes_t *b = buffer(d, n);
    memcpy(b->data, buf, n);
    return call_rw(d->writeblocks, block, off, b, extended(d, off, n));
}

static int bd_erase(void *ctx, uint32_t block) {
    es_blockdev_t *d = ctx;
    if (d->bd.readonly) {
        return -FS_EROFS;
    }
    es_val_t r = es_blockdev_ioctl(d, ES_BD_ERASE, (int)block);
    return result(r);
}

static int bd_sync(void *ctx) {
    es_blockdev_t *d = ctx;
    es_blockdev_ioctl(d, ES_BD_SYNC, 0);
    return 0;
}

es_val_t es_blockdev_ioctl(es_blockdev_t *d, int op, int arg) {
    if (d->ioctl[0] != ES_NULL) {
        es_val_t call[4] = {d->ioctl[0], d->ioctl[1], ES_SMALL(op),
            ES_SMALL(arg)};
        return es_call_method(2, 0, call);
    }
    es_val_t call[2];
    if (op == ES_BD_SYNC && d->sync[0] != ES_NULL) {
        memcpy(call, d->sync, sizeof(call));
        es_call_method(0, 0, call);
    } else if (op == ES_BD_COUNT) {
        memcpy(call, d->count, sizeof(call));
        return es_call_method(0, 0, call);
    }
    return ES_NONE;
}

// A geometry answer: an int, or [dflt] for None.
static uint32_t geometry(es_val_t v, uint32_t dflt) {
    if (v == ES_NONE) {
        return dflt;
    }
    es_int_t i = es_get_int(v);
    return i < 0 || i > 0x7fffffff ? 0 : (uint32_t)i;
}

void es_blockdev_init(es_blockdev_t *d, es_val_t obj, bool readonly) {
    memset(d, 0, sizeof(*d));
    d->obj = obj;
    d->buf = ES_NULL;
    if (es_flashbdev_bind(d, obj)) {
        d->bd.readonly = readonly;
        return;
    }
    es_load_method(obj, ES_Q(readblocks), d->readblocks);
    es_load_method_maybe(obj, ES_Q(writeblocks), d->writeblocks);
    es_load_method_maybe(obj, ES_Q(ioctl), d->ioctl);
    if (d->ioctl[0] == ES_NULL) {
        es_load_method_maybe(obj, ES_Q(sync), d->sync);
        es_load_method(obj, ES_Q(count), d->count);
    }
    d->bd.ctx = d;
    d->bd.read = bd_read;
    d->bd.write = bd_write;
    d->bd.erase = bd_erase;
    d->bd.sync = bd_sync;
    d->bd.readonly = readonly || d->writeblocks[0] == ES_NULL;
    d->bd.block_size = geometry(es_blockdev_ioctl(d, ES_BD_SIZE, 0), 512);
    d->bd.block_count = geometry(es_blockdev_ioctl(d, ES_BD_COUNT, 0), 0);
}
