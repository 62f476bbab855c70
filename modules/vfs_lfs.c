// SPDX-License-Identifier: MIT
// VfsLfs2(bdev, *, readsize=32, progsize=32, lookahead=32, mtime=True):
// littlefs v2 (fs/lfs.c) on a block device written in Python, with
// MicroPython's VfsLfs2 methods: mkfs (on the class), mount, umount, open,
// ilistdir, mkdir, rmdir, remove, rename, stat, statvfs, chdir, getcwd.
// The filesystem is mounted by the constructor (OSError when the device
// holds none). File modification times are user attribute 1: 8 bytes,
// little-endian nanoseconds since 1970, set when a file is opened for
// writing and at each write; stat gives them in seconds since 2000.
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "fs/lfs.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "port.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"
#include "vfs_blockdev.h"

typedef struct vfs_lfs {
    es_obj_t base;
    es_blockdev_t dev;
    lfs_t lfs;
    es_val_t cwd;        // str: "/" or "/a/b"
    bool mtime;          // keep modification times
} vfs_lfs_t;

static vfs_lfs_t *V(es_val_t v) {
    return (vfs_lfs_t *)es_obj(v);
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
}

// Seconds from 1970 to 2000, littlefs's mtime epoch to espy's.
#define EPOCH_2000 946684800LL

static int64_t now_ns(void) {
    return port_time_ns() + EPOCH_2000 * 1000000000LL;
}

static lfs_t *lfs_of(es_val_t self) {
    return &V(self)->lfs;
}

static const char *path_of(es_val_t self, es_val_t path) {
    return es_vfs_abspath(V(self)->cwd, path);
}

// The device and options of VfsLfs2(...) and VfsLfs2.mkfs(...).
static es_val_t lfs_args(size_t n_args, size_t n_kw, const es_val_t *args,
    bool *mtime) {
    static const es_qstr_t names[] = {ES_Q(readsize), ES_Q(progsize),
        ES_Q(lookahead), ES_Q(mtime)};
    es_val_t kw[4];
    es_builtins_get_kw(ES_Q(VfsLfs2), n_args, n_kw, args, 4, names, kw);
    if (n_args != 1) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("function takes 1 positional arguments but %d were given"),
            (int)n_args);
    }
    *mtime = kw[3] == ES_NULL || es_truthy(kw[3]);
    return args[0];
}

static es_val_t lfs_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    vfs_lfs_t *v = es_gc_alloc(sizeof(vfs_lfs_t), 0);
    v->base.type = type;
    v->cwd = ES_QVAL(ES_QS(slash, "/"));
    es_val_t bdev = lfs_args(n_args, n_kw, args, &v->mtime);
    es_blockdev_init(&v->dev, bdev, false);
    v->dev.ext = true;
    check(lfs_mount(&v->lfs, &v->dev.bd));
    return es_val(v);
}

// VfsLfs2.mkfs(bdev, ...): a new, empty littlefs.
static es_val_t lfs_mkfs_fn(size_t n_args, size_t n_kw, const es_val_t *args) {
    bool mtime;
    es_blockdev_t dev;
    es_blockdev_init(&dev, lfs_args(n_args, n_kw, args, &mtime), false);
    dev.ext = true;
    check(lfs_mkfs(&dev.bd));
    return ES_NONE;
}
static ES_FUN_KW_CLASS(lfs_mkfs_obj, 1, 1, lfs_mkfs_fn);

static es_val_t lfs_mount_m(es_val_t self, es_val_t readonly, es_val_t mkfs) {
    ES_UNUSED(mkfs);
    if (es_truthy(readonly)) {
        V(self)->dev.bd.readonly = true;
    }
    return ES_NONE;
}
static ES_FUN_3(lfs_mount_obj, lfs_mount_m);

static es_val_t lfs_umount_m(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(lfs_umount_obj, lfs_umount_m);

// --- files

typedef struct lfs_handle {
    lfs_file_t f;
    es_val_t vfs;        // keeps the filesystem alive
} lfs_handle_t;

static lfs_file_t *FH(void *h) {
    return &((lfs_handle_t *)h)->f;
}

static int h_read(void *h, void *buf, size_t n) {
    return lfs_read(FH(h), buf, n > 0x10000 ? 0x10000 : (uint32_t)n);
}

static int h_write(void *h, const void *buf, size_t n) {
    lfs_file_t *f = FH(h);
    if (f->mtime_ns >= 0) {
        f->mtime_ns = now_ns();
    }
    return lfs_write(f, buf, n > 0x10000 ? 0x10000 : (uint32_t)n);
}

static int64_t h_seek(void *h, int64_t off, int whence) {
    lfs_file_t *f = FH(h);
    int64_t base = whence == 0 ? 0 : whence == 1 ? f->pos
        : lfs_file_size(f);
    int64_t pos = base + off;
    if (pos < 0 || pos > 0x7fffffff) {
        return -FS_EINVAL;
    }
    f->pos = (uint32_t)pos;
    return pos;
}

static int h_sync(void *h) {
    return lfs_sync(FH(h));
}

static int h_close(void *h) {
    return lfs_close(FH(h));
}

static const es_stream_ops_t lfs_ops = {h_read, h_write, h_seek, h_sync,
    h_close};

static es_val_t lfs_open_m(es_val_t self, es_val_t path, es_val_t mode) {
    lfs_t *fs = lfs_of(self);
    char kind;
    bool plus;
    unsigned flags = es_file_mode(es_str_arg(mode, "open", "mode", NULL),
        &kind, &plus);
    unsigned fm = (kind == 'r' || plus ? LFS_READ : 0)
        | (kind != 'r' || plus ? LFS_WRITE : 0)
        | (kind == 'a' ? LFS_APPEND : 0);
    lfs_handle_t *h = es_gc_alloc(sizeof(lfs_handle_t), 0);
    h->vfs = self;
    check(lfs_open(fs, &h->f, path_of(self, path), fm,
        kind == 'r' ? 0 : kind, V(self)->mtime ? now_ns() : -1));
    return es_file_new(&lfs_ops, h, flags);
}
static ES_FUN_3(lfs_open_obj, lfs_open_m);

// --- directories

typedef struct lfs_iter {
    es_obj_t base;
    es_val_t vfs;
    lfs_dir_t dir;
    bool as_str, done;
} lfs_iter_t;

static es_val_t iter_next(es_val_t self) {
    lfs_iter_t *it = (lfs_iter_t *)es_obj(self);
    if (it->done) {
        return ES_STOP;
    }
    lfs_info_t *info = es_gc_alloc(sizeof(lfs_info_t), ES_GC_LEAF);
    int r = lfs_readdir(lfs_of(it->vfs), &it->dir, info);
    if (r <= 0) {
        it->done = true;
        check(r);
        return ES_STOP;
    }
    size_t n = strlen(info->name);
    bool dir = info->type == 2;
    es_val_t t[4] = {it->as_str ? es_str_new_utf8(info->name, n)
        : es_bytes_new(info->name, n), ES_SMALL(dir ? 0x4000 : 0x8000),
        ES_SMALL(0), es_int_from(dir ? 0 : (es_int_t)info->size)};
    es_gc_free(info);
    return es_tuple_new(4, t);
}

static const es_type_t lfs_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(iterator),
    .parent = &es_type_object,
    .iternext = iter_next,
};

static es_val_t lfs_ilistdir_m(size_t n_args, const es_val_t *args) {
    es_val_t path = n_args > 1 ? args[1] : V(args[0])->cwd;
    lfs_iter_t *it = es_gc_alloc(sizeof(lfs_iter_t), 0);
    it->base.type = &lfs_iter_type;
    it->vfs = args[0];
    it->as_str = es_is_str(path);
    check(lfs_opendir(lfs_of(args[0]), path_of(args[0], path), &it->dir));
    return es_val(it);
}
static ES_FUN_VAR(lfs_ilistdir_obj, 1, 2, lfs_ilistdir_m);

static es_val_t lfs_mkdir_m(es_val_t self, es_val_t path) {
    check(lfs_mkdir(lfs_of(self), path_of(self, path)));
    return ES_NONE;
}
static ES_FUN_2(lfs_mkdir_obj, lfs_mkdir_m);

// rmdir and remove are both littlefs's remove, as in MicroPython.
static es_val_t lfs_remove_m(es_val_t self, es_val_t path) {
    check(lfs_remove(lfs_of(self), path_of(self, path)));
    return ES_NONE;
}
static ES_FUN_2(lfs_remove_obj, lfs_remove_m);

static es_val_t lfs_rename_m(es_val_t self, es_val_t from, es_val_t to) {
    const char *a = path_of(self, from);
    check(lfs_rename(lfs_of(self), a, path_of(self, to)));
    return ES_NONE;
}
static ES_FUN_3(lfs_rename_obj, lfs_rename_m);

static es_val_t lfs_stat_m(es_val_t self, es_val_t path) {
    lfs_info_t *info = es_gc_alloc(sizeof(lfs_info_t), ES_GC_LEAF);
    check(lfs_stat(lfs_of(self), path_of(self, path), info));
    int64_t mtime = info->mtime_ns >= 0
        ? info->mtime_ns / 1000000000 - EPOCH_2000 : 0;
    return es_vfs_stat_tuple(info->type == 2 ? 0x4000 : 0x8000,
        info->type == 2 ? 0 : info->size, mtime);
}
static ES_FUN_2(lfs_stat_obj, lfs_stat_m);

static es_val_t lfs_statvfs_m(es_val_t self, es_val_t path) {
    ES_UNUSED(path);
    lfs_t *fs = lfs_of(self);
    uint32_t used;
    check(lfs_used_blocks(fs, &used));
    es_val_t t[10] = {es_int_from(fs->bs), es_int_from(fs->bs),
        es_int_from(fs->bc), es_int_from(fs->bc - used),
        es_int_from(fs->bc - used), ES_SMALL(0), ES_SMALL(0), ES_SMALL(0),
        ES_SMALL(0), ES_SMALL(LFS_NAME_MAX)};
    return es_tuple_new(10, t);
}
static ES_FUN_2(lfs_statvfs_obj, lfs_statvfs_m);

// Anything but a directory is ENOENT, as MicroPython's VfsLfs2.
static es_val_t lfs_chdir_m(es_val_t self, es_val_t path) {
    const char *p = path_of(self, path);
    lfs_info_t *info = es_gc_alloc(sizeof(lfs_info_t), ES_GC_LEAF);
    if (lfs_stat(lfs_of(self), p, info) != 0 || info->type != 2) {
        es_raise_os_error(-FS_ENOENT);
    }
    V(self)->cwd = es_str_from_cstr(p);
    return ES_NONE;
}
static ES_FUN_2(lfs_chdir_obj, lfs_chdir_m);

static es_val_t lfs_getcwd_m(es_val_t self) {
    return V(self)->cwd;
}
static ES_FUN_1(lfs_getcwd_obj, lfs_getcwd_m);

static const es_map_elem_t lfs_table[] = {
    {ES_QV(mkfs), ES_PTR(&lfs_mkfs_obj)},
    {ES_QV(mount), ES_PTR(&lfs_mount_obj)},
    {ES_QV(umount), ES_PTR(&lfs_umount_obj)},
    {ES_QV(open), ES_PTR(&lfs_open_obj)},
    {ES_QV(ilistdir), ES_PTR(&lfs_ilistdir_obj)},
    {ES_QV(mkdir), ES_PTR(&lfs_mkdir_obj)},
    {ES_QV(rmdir), ES_PTR(&lfs_remove_obj)},
    {ES_QV(remove), ES_PTR(&lfs_remove_obj)},
    {ES_QV(rename), ES_PTR(&lfs_rename_obj)},
    {ES_QV(stat), ES_PTR(&lfs_stat_obj)},
    {ES_QV(statvfs), ES_PTR(&lfs_statvfs_obj)},
    {ES_QV(chdir), ES_PTR(&lfs_chdir_obj)},
    {ES_QV(getcwd), ES_PTR(&lfs_getcwd_obj)},
};
static ES_CONST_DICT(lfs_locals, lfs_table);

const es_type_t es_type_vfs_lfs2 = {
    .base = {&es_type_type},
    .name = ES_Q(VfsLfs2),
    .parent = &es_type_object,
    .make_new = lfs_make,
    .locals = ES_PTR(&lfs_locals),
};
