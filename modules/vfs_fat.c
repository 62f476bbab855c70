// SPDX-License-Identifier: MIT
// VfsFat(bdev): a FAT filesystem (fs/fat.c) on a block device written in
// Python, with MicroPython's VfsFat methods: mkfs (on the class), mount,
// umount, open, ilistdir, mkdir, rmdir, remove, rename, stat, statvfs,
// chdir, getcwd. The object keeps the current directory as an absolute
// path; timestamps come from the port's wall clock (2000 epoch).
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "fs/fat.h"
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

typedef struct vfs_fat {
    es_obj_t base;
    es_blockdev_t dev;
    fat_t fat;
    es_val_t cwd;        // str: "/" or "/a/b"
    int mount_err;       // fat_mount's answer (ENODEV: no filesystem yet)
} vfs_fat_t;

static vfs_fat_t *V(es_val_t v) {
    return (vfs_fat_t *)es_obj(v);
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
}

static uint32_t now(void) {
    return fat_time_from(port_time_ns() / 1000000000);
}

// The filesystem of [self], checked mounted.
static fat_t *fat_of(es_val_t self) {
    vfs_fat_t *v = V(self);
    check(v->mount_err);
    return &v->fat;
}

static const char *path_of(es_val_t self, es_val_t path) {
    return es_vfs_abspath(V(self)->cwd, path);
}

static es_val_t fat_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    vfs_fat_t *v = es_gc_alloc(sizeof(vfs_fat_t), 0);
    v->base.type = type;
    v->cwd = ES_QVAL(ES_QS(slash, "/"));
    es_blockdev_init(&v->dev, args[0], false);
    v->mount_err = fat_mount(&v->fat, &v->dev.bd);
    if (v->mount_err != 0 && v->mount_err != -FS_ENODEV) {
        check(v->mount_err);
    }
    return es_val(v);
}

// VfsFat.mkfs(bdev): a new, empty FAT volume. As the reference, the
// device is first opened as a VfsFat (which reads its first sector).
static es_val_t fat_mkfs_fn(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    es_val_t fs = es_call1(ES_PTR(&es_type_vfs_fat), args[0]);
    check(fat_mkfs(&V(fs)->dev.bd, (uint32_t)(port_time_ns() / 1000)));
    return ES_NONE;
}
static ES_FUN_VAR_CLASS(fat_mkfs_obj, 1, 1, fat_mkfs_fn);

static es_val_t fat_mount_m(es_val_t self, es_val_t readonly, es_val_t mkfs) {
    vfs_fat_t *v = V(self);
    if (es_truthy(readonly)) {
        v->dev.bd.readonly = true;
    }
    if (v->mount_err == -FS_ENODEV && es_truthy(mkfs)) {
        check(fat_mkfs(&v->dev.bd, (uint32_t)(port_time_ns() / 1000)));
        v->mount_err = fat_mount(&v->fat, &v->dev.bd);
    }
    check(v->mount_err);
    return ES_NONE;
}
static ES_FUN_3(fat_mount_obj, fat_mount_m);

static es_val_t fat_umount_m(es_val_t self) {
    if (V(self)->mount_err == 0) {
        check(fat_sync(&V(self)->fat));
    }
    return ES_NONE;
}
static ES_FUN_1(fat_umount_obj, fat_umount_m);

// --- files

typedef struct fat_handle {
    fat_file_t f;
    es_val_t vfs;        // keeps the filesystem alive
} fat_handle_t;

static int h_read(void *h, void *buf, size_t n) {
    return fat_read(&((fat_handle_t *)h)->f, buf,
        n > 0x10000 ? 0x10000 : (uint32_t)n);
}

static int h_write(void *h, const void *buf, size_t n) {
    return fat_write(&((fat_handle_t *)h)->f, buf,
        n > 0x10000 ? 0x10000 : (uint32_t)n);
}

static int64_t h_seek(void *h, int64_t off, int whence) {
    fat_file_t *f = &((fat_handle_t *)h)->f;
    int64_t base = whence == 0 ? 0 : whence == 1 ? f->pos : f->size;
    int64_t pos = base + off;
    if (pos < 0) {
        pos = 0; // as FatFs: a seek before the start goes to it
    }
    if (pos > 0xffffffffLL) {
        return -FS_EINVAL;
    }
    f->pos = (uint32_t)pos;
    return pos;
}

static int h_sync(void *h) {
    return fat_fsync(&((fat_handle_t *)h)->f, now());
}

static int h_close(void *h) {
    fat_handle_t *fh = h;
    return fh->f.mode & FAT_WRITE ? fat_fsync(&fh->f, now()) : 0;
}

static const es_stream_ops_t fat_ops = {h_read, h_write, h_seek, h_sync,
    h_close};

static es_val_t fat_open_m(es_val_t self, es_val_t path, es_val_t mode) {
    fat_t *fs = fat_of(self);
    char kind;
    bool plus;
    unsigned flags = es_file_mode(es_str_arg(mode, "open", "mode", NULL),
        &kind, &plus);
    unsigned fm = (kind == 'r' || plus ? FAT_READ : 0)
        | (kind != 'r' || plus ? FAT_WRITE : 0)
        | (kind == 'a' ? FAT_APPEND : 0);
    fat_handle_t *h = es_gc_alloc(sizeof(fat_handle_t), 0);
    h->vfs = self;
    check(fat_open(fs, &h->f, path_of(self, path), fm,
        kind == 'r' ? 0 : kind, now()));
    return es_file_new(&fat_ops, h, flags);
}
static ES_FUN_3(fat_open_obj, fat_open_m);

// --- directories

typedef struct fat_iter {
    es_obj_t base;
    es_val_t vfs;
    fat_dir_t dir;
    bool as_str, done;
} fat_iter_t;

static es_val_t iter_next(es_val_t self) {
    fat_iter_t *it = (fat_iter_t *)es_obj(self);
    if (it->done) {
        return ES_STOP;
    }
    fat_t *fs = fat_of(it->vfs);
    fat_info_t info;
    int r = fat_readdir(fs, &it->dir, &info);
    if (r <= 0) {
        it->done = true;
        check(r);
        return ES_STOP;
    }
    size_t n = strlen(fs->name);
    es_val_t t[4] = {it->as_str ? es_str_new_utf8(fs->name, n)
        : es_bytes_new(fs->name, n),
        ES_SMALL(info.attr & FAT_ATTR_DIR ? 0x4000 : 0x8000), ES_SMALL(0),
        es_int_from((es_int_t)info.size)};
    return es_tuple_new(4, t);
}

static const es_type_t fat_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(iterator),
    .parent = &es_type_object,
    .iternext = iter_next,
};

static es_val_t fat_ilistdir_m(size_t n_args, const es_val_t *args) {
    fat_t *fs = fat_of(args[0]);
    es_val_t path = n_args > 1 ? args[1] : V(args[0])->cwd;
    fat_iter_t *it = es_gc_alloc(sizeof(fat_iter_t), 0);
    it->base.type = &fat_iter_type;
    it->vfs = args[0];
    it->as_str = es_is_str(path);
    check(fat_opendir(fs, path_of(args[0], path), &it->dir));
    return es_val(it);
}
static ES_FUN_VAR(fat_ilistdir_obj, 1, 2, fat_ilistdir_m);

static es_val_t fat_mkdir_m(es_val_t self, es_val_t path) {
    check(fat_mkdir(fat_of(self), path_of(self, path), now()));
    return ES_NONE;
}
static ES_FUN_2(fat_mkdir_obj, fat_mkdir_m);

static es_val_t fat_rmdir_m(es_val_t self, es_val_t path) {
    check(fat_unlink(fat_of(self), path_of(self, path), 1));
    return ES_NONE;
}
static ES_FUN_2(fat_rmdir_obj, fat_rmdir_m);

static es_val_t fat_remove_m(es_val_t self, es_val_t path) {
    check(fat_unlink(fat_of(self), path_of(self, path), 0));
    return ES_NONE;
}
static ES_FUN_2(fat_remove_obj, fat_remove_m);

static es_val_t fat_rename_m(es_val_t self, es_val_t from, es_val_t to) {
    fat_t *fs = fat_of(self);
    const char *a = path_of(self, from);
    check(fat_rename(fs, a, path_of(self, to)));
    return ES_NONE;
}
static ES_FUN_3(fat_rename_obj, fat_rename_m);

static es_val_t fat_stat_m(es_val_t self, es_val_t path) {
    const char *p = path_of(self, path);
    fat_info_t info;
    check(fat_stat(fat_of(self), p, &info));
    if (strcmp(p, "/") == 0) {
        return es_vfs_stat_tuple(0x4000, 0, 0);
    }
    return es_vfs_stat_tuple(info.attr & FAT_ATTR_DIR ? 0x4000 : 0x8000,
        info.size, fat_time_to(info.date, info.time));
}
static ES_FUN_2(fat_stat_obj, fat_stat_m);

static es_val_t fat_statvfs_m(es_val_t self, es_val_t path) {
    ES_UNUSED(path);
    uint32_t total, nfree, csize;
    check(fat_statvfs(fat_of(self), &total, &nfree, &csize));
    es_val_t t[10] = {es_int_from(csize), es_int_from(csize),
        es_int_from(total), es_int_from(nfree), es_int_from(nfree),
        ES_SMALL(0), ES_SMALL(0), ES_SMALL(0), ES_SMALL(0), ES_SMALL(255)};
    return es_tuple_new(10, t);
}
static ES_FUN_2(fat_statvfs_obj, fat_statvfs_m);

static es_val_t fat_chdir_m(es_val_t self, es_val_t path) {
    const char *p = path_of(self, path);
    fat_info_t info;
    check(fat_stat(fat_of(self), p, &info));
    if (!(info.attr & FAT_ATTR_DIR)) {
        es_raise_os_error(-FS_ENOENT);
    }
    V(self)->cwd = es_str_from_cstr(p);
    return ES_NONE;
}
static ES_FUN_2(fat_chdir_obj, fat_chdir_m);

static es_val_t fat_getcwd_m(es_val_t self) {
    fat_of(self);
    return V(self)->cwd;
}
static ES_FUN_1(fat_getcwd_obj, fat_getcwd_m);

static const es_map_elem_t fat_table[] = {
    {ES_QV(mkfs), ES_PTR(&fat_mkfs_obj)},
    {ES_QV(mount), ES_PTR(&fat_mount_obj)},
    {ES_QV(umount), ES_PTR(&fat_umount_obj)},
    {ES_QV(open), ES_PTR(&fat_open_obj)},
    {ES_QV(ilistdir), ES_PTR(&fat_ilistdir_obj)},
    {ES_QV(mkdir), ES_PTR(&fat_mkdir_obj)},
    {ES_QV(rmdir), ES_PTR(&fat_rmdir_obj)},
    {ES_QV(remove), ES_PTR(&fat_remove_obj)},
    {ES_QV(rename), ES_PTR(&fat_rename_obj)},
    {ES_QV(stat), ES_PTR(&fat_stat_obj)},
    {ES_QV(statvfs), ES_PTR(&fat_statvfs_obj)},
    {ES_QV(chdir), ES_PTR(&fat_chdir_obj)},
    {ES_QV(getcwd), ES_PTR(&fat_getcwd_obj)},
};
static ES_CONST_DICT(fat_locals, fat_table);

const es_type_t es_type_vfs_fat = {
    .base = {&es_type_type},
    .name = ES_Q(VfsFat),
    .parent = &es_type_object,
    .make_new = fat_make,
    .locals = ES_PTR(&fat_locals),
};
