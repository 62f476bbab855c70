// SPDX-License-Identifier: MIT
// The flashbdev module, as the reference's frozen flashbdev but in C: the
// block device over the user area of the SPI flash (hal/flash.h), 4 KB
// sectors from esp.flash_user_start() (one more sector on a flash under
// 2 MB: the reference keeps one for native code) to 20 KB before the end
// (the SDK's parameters). FlashBdev(start_sec, blocks) has readblocks,
// writeblocks (without an offset it erases the sector first: FAT's calls),
// ioctl (4 count, 5 size, 6 erase), start_sec and blocks; flashbdev.bdev
// is the board's device (None on a flash under 1 MB), made at first use;
// a program may rebind it.
// VfsLfs2 and VfsFat reach the flash straight through es_flashbdev_bind,
// without Python calls or a buffer; the device costs the arena 16 bytes
// where the Python class cost about 540 (docs/filesystem.md).
#include <errno.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "hal/flash.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"
#include "state.h"
#include "vfs_blockdev.h"

#define SEC_SIZE 4096u
#define RESERVED_SECS 1

// start_sec and blocks are whatever the program gave (plain attributes,
// as the reference's), read as ints where they are used.
typedef struct flashbdev {
    es_obj_t base;
    es_val_t start_sec;
    es_val_t blocks;
} flashbdev_t;

static flashbdev_t *F(es_val_t v) {
    return (flashbdev_t *)es_obj(v);
}

static es_val_t fb_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 2, 2, n_kw, false);
    flashbdev_t *f = es_gc_alloc(sizeof(flashbdev_t), 0);
    f->base.type = type;
    f->start_sec = args[0];
    f->blocks = args[1];
    return es_val(f);
}

// The flash address of byte [off] of block [n], as the reference computes
// it ((n + start_sec) * SEC_SIZE + off); OSError(EIO) outside 32 bits, as
// esp.flash_read/flash_write give.
static uint32_t address(flashbdev_t *f, es_val_t n, es_val_t off) {
    int64_t a = ((int64_t)es_get_int(n) + es_get_int(f->start_sec)) * SEC_SIZE
        + (off == ES_NULL ? 0 : (int64_t)es_get_int(off));
    if (a < 0 || a > (int64_t)UINT32_MAX) {
        es_raise_os_error(-EIO);
    }
    return (uint32_t)a;
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(-EIO);
    }
}

static void erase(flashbdev_t *f, es_val_t n) {
    int64_t s = (int64_t)es_get_int(n) + es_get_int(f->start_sec);
    check(s < 0 || s > (int64_t)UINT32_MAX ? -EIO
        : hal_flash_erase((uint32_t)s));
}

// readblocks(n, buf, off=0)
static es_val_t fb_readblocks(size_t n_args, const es_val_t *args) {
    uint32_t a = address(F(args[0]), args[1], n_args > 3 ? args[3] : ES_NULL);
    size_t len;
    uint8_t *buf = es_bytes_need_rw(args[2], &len);
    check(hal_flash_read(a, buf, len));
    return ES_NONE;
}
static ES_FUN_VAR(fun_readblocks, 3, 4, fb_readblocks);

// writeblocks(n, buf, off=None): without an offset, erase block n first.
static es_val_t fb_writeblocks(size_t n_args, const es_val_t *args) {
    flashbdev_t *f = F(args[0]);
    es_val_t off = n_args > 3 ? args[3] : ES_NONE;
    uint32_t a = address(f, args[1], off == ES_NONE ? ES_NULL : off);
    size_t len;
    const uint8_t *buf = es_bytes_need(args[2], &len);
    if (len & 3) {
        es_raise_msg(&es_type_ValueError, ES_ERR("len must be multiple of 4"));
    }
    if (off == ES_NONE) {
        erase(f, args[1]);
    }
    check(hal_flash_write(a, buf, len));
    return ES_NONE;
}
static ES_FUN_VAR(fun_writeblocks, 3, 4, fb_writeblocks);

static es_val_t fb_ioctl(es_val_t self, es_val_t op, es_val_t arg) {
    flashbdev_t *f = F(self);
    switch (es_get_int(op)) {
    case 4: // the number of blocks
        return f->blocks;
    case 5: // the block size
        return es_int_from(SEC_SIZE);
    case 6: // erase a block
        erase(f, arg);
        return ES_SMALL(0);
    default:
        return ES_NONE;
    }
}
static ES_FUN_3(fun_ioctl, fb_ioctl);

static es_val_t *attr(es_val_t self, es_qstr_t name) {
    return name == ES_Q(start_sec) ? &F(self)->start_sec
        : name == ES_Q(blocks) ? &F(self)->blocks : NULL;
}

static es_val_t fb_load_attr(es_val_t self, es_qstr_t name) {
    es_val_t *a = attr(self, name);
    return a != NULL ? *a : ES_NULL;
}

// start_sec and blocks may be rebound (not deleted).
static bool fb_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    es_val_t *a = attr(self, name);
    if (a == NULL || value == ES_NULL) {
        return false;
    }
    *a = value;
    return true;
}

static const es_map_elem_t fb_locals_table[] = {
    {ES_QV(readblocks), ES_PTR(&fun_readblocks)},
    {ES_QV(writeblocks), ES_PTR(&fun_writeblocks)},
    {ES_QV(ioctl), ES_PTR(&fun_ioctl)},
    {ES_QV(SEC_SIZE), ES_SMALL(SEC_SIZE)},
    {ES_QV(RESERVED_SECS), ES_SMALL(RESERVED_SECS)},
};
static ES_CONST_DICT(fb_locals, fb_locals_table);

static const es_type_t flashbdev_type = {
    .base = {&es_type_type},
    .name = ES_Q(FlashBdev),
    .parent = &es_type_object,
    .make_new = fb_make,
    .load_attr = fb_load_attr,
    .store_attr = fb_store_attr,
    .locals = ES_PTR(&fb_locals),
};

// --- the filesystems' calls (fs/bdev.h)

// The flash sector of [block] of the device: -1 when start_sec (which
// the program may rebind) puts it outside 32 bits. May raise (start_sec
// is no int).
static int64_t sector_of(es_blockdev_t *d, uint32_t block) {
    int64_t s = (int64_t)es_get_int(F(d->obj)->start_sec) + block;
    return s < 0 || s >= (int64_t)(UINT32_MAX / SEC_SIZE) ? -1 : s;
}

static int bd_read(void *ctx, uint32_t block, uint32_t off, void *buf,
    uint32_t n) {
    int64_t s = sector_of(ctx, block);
    return s < 0 || hal_flash_read((uint32_t)s * SEC_SIZE + off, buf, n) < 0
        ? -FS_EIO : 0;
}

static int bd_erase(void *ctx, uint32_t block) {
    es_blockdev_t *d = ctx;
    if (d->bd.readonly) {
        return -FS_EROFS;
    }
    int64_t s = sector_of(d, block);
    return s < 0 || hal_flash_erase((uint32_t)s) < 0 ? -FS_EIO : 0;
}

// A whole block at offset 0 in the simple interface (FAT's) is erased
// first, as writeblocks without an offset does.
static int bd_write(void *ctx, uint32_t block, uint32_t off,
    const void *buf, uint32_t n) {
    es_blockdev_t *d = ctx;
    if (d->bd.readonly) {
        return -FS_EROFS;
    }
    if (!d->ext && off == 0 && n == SEC_SIZE && bd_erase(ctx, block) < 0) {
        return -FS_EIO;
    }
    int64_t s = sector_of(d, block);
    return s < 0 || hal_flash_write((uint32_t)s * SEC_SIZE + off, buf, n) < 0
        ? -FS_EIO : 0;
}

static int bd_sync(void *ctx) {
    ES_UNUSED(ctx);
    return 0;
}

bool es_flashbdev_bind(es_blockdev_t *d, es_val_t obj) {
    if (!es_is_obj(obj) || es_obj(obj)->type != &flashbdev_type) {
        return false;
    }
    flashbdev_t *f = F(obj);
    es_int_t start = es_get_int(f->start_sec), n = es_get_int(f->blocks);
    if (start < 0 || n < 0 || (uint64_t)start + (uint64_t)n
        > hal_flash_size() / SEC_SIZE) {
        es_raise_os_error(-FS_EINVAL); // blocks outside the flash
    }
    d->obj = obj;
    d->bd.ctx = d;
    d->bd.read = bd_read;
    d->bd.write = bd_write;
    d->bd.erase = bd_erase;
    d->bd.sync = bd_sync;
    d->bd.block_size = SEC_SIZE;
    d->bd.block_count = (uint32_t)n;
    return true;
}

// --- the module

// The board's device: the user area of the flash, or None under 1 MB.
static es_val_t make_bdev(void) {
    uint32_t size = hal_flash_size();
    if (size < (1u << 20)) {
        return ES_NONE;
    }
    uint32_t start = es_esp_user_start() / SEC_SIZE;
    if (start < 256) {
        start += RESERVED_SECS; // one sector for native code on 1 MB
    }
    es_val_t args[2] = {es_int_from(start),
        es_int_from((size - 20480) / SEC_SIZE - start)};
    return fb_make(&flashbdev_type, 2, 0, args);
}

// flashbdev.bdev, made once per interpreter (es_g holds it).
static es_val_t fb_getattr(es_val_t name) {
    if (!es_is_qstr(name) || es_qstr_get(name) != ES_Q(bdev)) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("module 'flashbdev' has no attribute '%S'"), name);
    }
    if (es_g.flash_bdev == ES_NULL) {
        es_g.flash_bdev = make_bdev();
    }
    return es_g.flash_bdev;
}
static ES_FUN_1(fun_getattr, fb_getattr);

bool es_flashbdev_store_attr(es_qstr_t name, es_val_t value) {
    if (name != ES_Q(bdev) || value == ES_NULL) {
        return false;
    }
    es_g.flash_bdev = value;
    return true;
}

static const es_map_elem_t flashbdev_table[] = {
    {ES_QV(__name__), ES_QV(flashbdev)},
    {ES_QV(FlashBdev), ES_PTR(&flashbdev_type)},
    {ES_QV(__getattr__), ES_PTR(&fun_getattr)},
};
static ES_CONST_DICT(flashbdev_dict, flashbdev_table);

const es_module_t es_module_flashbdev = {{&es_type_module},
    ES_PTR(&flashbdev_dict)};
