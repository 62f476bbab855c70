// SPDX-License-Identifier: MIT
// VfsLfs1(bdev, *, readsize=32, progsize=32, lookahead=32): littlefs v1
// (fs/lfs1.c) on a block device written in Python, with the methods of
// MicroPython's VfsLfs1 (those of VfsLfs2, modules/vfs_lfs.c, without
// modification times: stat gives 0). Host ports only (ES_CFG_VFS_LFS1).
#include "config.h"

#if ES_CFG_VFS_LFS1

#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "fs/lfs1.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"
#include "vfs_blockdev.h"

typedef struct vfs_lfs1 {
    es_obj_t base;
    es_blockdev_t dev;
    lfs1_t lfs;
    es_val_t cwd;        // str: "/" or "/a/b"
} vfs_lfs1_t;

static vfs_lfs1_t *V(es_val_t v) {
    return (vfs_lfs1_t *)es_obj(v);
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
}

static const char *path_of(es_val_t self, es_val_t path) {
    return es_vfs_abspath(V(self)->cwd, path);
}

// The device of VfsLfs1(...) and VfsLfs1.mkfs(...), set up in [dev]; the
// sizes are accepted and not needed (reads and programs of any size).
static void dev_args(size_t n_args, size_t n_kw, const es_val_t *args,
    es_blockdev_t *dev) {
    static const es_qstr_t names[] = {ES_Q(readsize), ES_Q(progsize),
        ES_Q(lookahead)};
    es_val_t kw[3];
    es_builtins_get_kw(ES_Q(VfsLfs1), n_args, n_kw, args, 3, names, kw);
    if (n_args != 1) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("function takes 1 positional arguments but %d were given"),
            (int)n_args);
    }
    es_blockdev_init(dev, args[0], false);
    dev->ext = true;
}

static es_val_t make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    vfs_lfs1_t *v = es_gc_alloc(sizeof(vfs_lfs1_t), 0);
    v->base.type = type;
    v->cwd = ES_QVAL(ES_QS(slash, "/"));
    dev_args(n_args, n_kw, args, &v->dev);
    check(lfs1_mount(&v->lfs, &v->dev.bd));
    return es_val(v);
}

static es_val_t mkfs_fn(size_t n_args, size_t n_kw, const es_val_t *args) {
    es_blockdev_t dev;
    dev_args(n_args, n_kw, args, &dev);
    check(lfs1_mkfs(&dev.bd));
    return ES_NONE;
}
static ES_FUN_KW_CLASS(mkfs_obj, 1, 1, mkfs_fn);

static es_val_t mount_m(es_val_t self, es_val_t readonly, es_val_t mkfs) {
    ES_UNUSED(mkfs);
    if (es_truthy(readonly)) {
        V(self)->dev.bd.readonly = true;
    }
    return ES_NONE;
}
static ES_FUN_3(mount_obj, mount_m);

static es_val_t umount_m(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(umount_obj, umount_m);

// --- files

typedef struct handle {
    lfs1_file_t f;
    es_val_t vfs;        // keeps the filesystem alive
} handle_t;

static lfs1_file_t *FH(void *h) {
    return &((handle_t *)h)->f;
}

static int h_read(void *h, void *buf, size_t n) {
    return lfs1_read(FH(h), buf, n > 0x10000 ? 0x10000 : (uint32_t)n);
}

static int h_write(void *h, const void *buf, size_t n) {
    return lfs1_write(FH(h), buf, n > 0x10000 ? 0x10000 : (uint32_t)n);
}

// v1 counts positions in 31 bits: beyond is EINVAL, as the reference.
static int64_t h_seek(void *h, int64_t off, int whence) {
    lfs1_file_t *f = FH(h);
    int r = lfs1_flush(f);
    if (r != 0) {
        return r;
    }
    int64_t pos = (whence == 0 ? 0 : whence == 1 ? f->pos : f->size) + off;
    if (pos < 0 || pos > 0x7fffffff) {
        return -FS_EINVAL;
    }
    f->pos = (uint32_t)pos;
    return pos;
}

static int h_sync(void *h) {
    return lfs1_sync(FH(h));
}

static int h_close(void *h) {
    return lfs1_close(FH(h));
}

static const es_stream_ops_t file_ops = {h_read, h_write, h_seek, h_sync,
    h_close};

static es_val_t open_m(es_val_t self, es_val_t path, es_val_t mode) {
    char kind;
    bool plus;
    unsigned flags = es_file_mode(es_str_arg(mode, "open", "mode", NULL),
        &kind, &plus);
    unsigned fm = (kind == 'r' || plus ? LFS1_READ : 0)
        | (kind != 'r' || plus ? LFS1_WRITE : 0)
        | (kind == 'a' ? LFS1_APPEND : 0);
    handle_t *h = es_gc_alloc(sizeof(handle_t), 0);
    h->vfs = self;
    check(lfs1_open(&V(self)->lfs, &h->f, path_of(self, path), fm,
        kind == 'r' ? 0 : kind));
    return es_file_new(&file_ops, h, flags);
}
static ES_FUN_3(open_obj, open_m);

// --- directories

typedef struct iter {
    es_obj_t base;
    es_val_t vfs;
    lfs1_dir_t dir;
    bool as_str, done;
} iter_t;

static es_val_t iter_next(es_val_t self) {
    iter_t *it = (iter_t *)es_obj(self);
    if (it->done) {
        return ES_STOP;
    }
    lfs1_info_t *info = es_gc_alloc(sizeof(lfs1_info_t), ES_GC_LEAF);
    int r = lfs1_readdir(&V(it->vfs)->lfs, &it->dir, info);
    if (r <= 0) {
        it->done = true;
        check(r);
        return ES_STOP;
    }
    size_t n = strlen(info->name);
    bool dir = info->type == 2;
    es_val_t t[4] = {it->as_str ? es_str_new_utf8(info->name, n)
        : es_bytes_new(info->name, n), ES_SMALL(dir ? 0x4000 : 0x8000),
        ES_SMALL(0), es_int_from((es_int_t)info->size)};
    es_gc_free(info);
    return es_tuple_new(4, t);
}

static const es_type_t iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(iterator),
    .parent = &es_type_object,
    .iternext = iter_next,
};

static es_val_t ilistdir_m(size_t n_args, const es_val_t *args) {
    es_val_t path = n_args > 1 ? args[1] : V(args[0])->cwd;
    iter_t *it = es_gc_alloc(sizeof(iter_t), 0);
    it->base.type = &iter_type;
    it->vfs = args[0];
    it->as_str = es_is_str(path);
    check(lfs1_opendir(&V(args[0])->lfs, path_of(args[0], path), &it->dir));
    return es_val(it);
}
static ES_FUN_VAR(ilistdir_obj, 1, 2, ilistdir_m);

static es_val_t mkdir_m(es_val_t self, es_val_t path) {
    check(lfs1_mkdir(&V(self)->lfs, path_of(self, path)));
    return ES_NONE;
}
static ES_FUN_2(mkdir_obj, mkdir_m);

// rmdir and remove are both littlefs's remove, as in MicroPython.
static es_val_t remove_m(es_val_t self, es_val_t path) {
    check(lfs1_remove(&V(self)->lfs, path_of(self, path)));
    return ES_NONE;
}
static ES_FUN_2(remove_obj, remove_m);

static es_val_t rename_m(es_val_t self, es_val_t from, es_val_t to) {
    const char *a = path_of(self, from);
    check(lfs1_rename(&V(self)->lfs, a, path_of(self, to)));
    return ES_NONE;
}
static ES_FUN_3(rename_obj, rename_m);

static lfs1_info_t *stat_of(es_val_t self, const char *path) {
    lfs1_info_t *info = es_gc_alloc(sizeof(lfs1_info_t), ES_GC_LEAF);
    check(lfs1_stat(&V(self)->lfs, path, info));
    return info;
}

static es_val_t stat_m(es_val_t self, es_val_t path) {
    lfs1_info_t *info = stat_of(self, path_of(self, path));
    return es_vfs_stat_tuple(info->type == 2 ? 0x4000 : 0x8000, info->size,
        0);
}
static ES_FUN_2(stat_obj, stat_m);

static es_val_t statvfs_m(es_val_t self, es_val_t path) {
    ES_UNUSED(path);
    lfs1_t *fs = &V(self)->lfs;
    uint32_t used;
    check(lfs1_used_blocks(fs, &used));
    used = used < fs->bc ? used : fs->bc; // v1 may count a block twice
    es_val_t t[10] = {es_int_from(fs->bs), es_int_from(fs->bs),
        es_int_from(fs->bc), es_int_from(fs->bc - used),
        es_int_from(fs->bc - used), ES_SMALL(0), ES_SMALL(0), ES_SMALL(0),
        ES_SMALL(0), ES_SMALL(LFS1_NAME_MAX)};
    return es_tuple_new(10, t);
}
static ES_FUN_2(statvfs_obj, statvfs_m);

// Anything but a directory is ENOENT, as MicroPython's VfsLfs1.
static es_val_t chdir_m(es_val_t self, es_val_t path) {
    const char *p = path_of(self, path);
    lfs1_info_t *info = es_gc_alloc(sizeof(lfs1_info_t), ES_GC_LEAF);
    if (lfs1_stat(&V(self)->lfs, p, info) != 0 || info->type != 2) {
        es_raise_os_error(-FS_ENOENT);
    }
    V(self)->cwd = es_str_from_cstr(p);
    return ES_NONE;
}
static ES_FUN_2(chdir_obj, chdir_m);

static es_val_t getcwd_m(es_val_t self) {
    return V(self)->cwd;
}
static ES_FUN_1(getcwd_obj, getcwd_m);

static const es_map_elem_t table[] = {
    {ES_QV(mkfs), ES_PTR(&mkfs_obj)},
    {ES_QV(mount), ES_PTR(&mount_obj)},
    {ES_QV(umount), ES_PTR(&umount_obj)},
    {ES_QV(open), ES_PTR(&open_obj)},
    {ES_QV(ilistdir), ES_PTR(&ilistdir_obj)},
    {ES_QV(mkdir), ES_PTR(&mkdir_obj)},
    {ES_QV(rmdir), ES_PTR(&remove_obj)},
    {ES_QV(remove), ES_PTR(&remove_obj)},
    {ES_QV(rename), ES_PTR(&rename_obj)},
    {ES_QV(stat), ES_PTR(&stat_obj)},
    {ES_QV(statvfs), ES_PTR(&statvfs_obj)},
    {ES_QV(chdir), ES_PTR(&chdir_obj)},
    {ES_QV(getcwd), ES_PTR(&getcwd_obj)},
};
static ES_CONST_DICT(locals, table);

const es_type_t es_type_vfs_lfs1 = {
    .base = {&es_type_type},
    .name = ES_Q(VfsLfs1),
    .parent = &es_type_object,
    .make_new = make,
    .locals = ES_PTR(&locals),
};

#endif
