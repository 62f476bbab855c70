// SPDX-License-Identifier: MIT
// VfsPosix([root]): the host's directories as a filesystem (plain mode
// mounts one at "/"), through the port's calls (core/port.h). With a
// root, every path is taken under it. Errors are the host's errno values.
#include <errno.h>
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"

typedef struct vfs_posix {
    es_obj_t base;
    es_val_t root;   // str: "" or the root directory ending with "/"
    bool readonly;   // mounted read-only: changes give EROFS
} vfs_posix_t;

static vfs_posix_t *P(es_val_t v) {
    return (vfs_posix_t *)es_obj(v);
}

static void check(int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
}

static es_val_t posix_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(type->name, n_args, 0, 1, n_kw, false);
    vfs_posix_t *fs = es_gc_alloc(sizeof(vfs_posix_t), 0);
    fs->base.type = type;
    fs->root = ES_QVAL(ES_QS(empty, ""));
    char cwd[1024];
    check(port_getcwd(cwd, sizeof(cwd)));
    if (n_args == 1 && args[0] != ES_NONE) {
        // A relative root is taken from the current directory now, so a
        // later chdir does not move it.
        size_t n;
        const char *r = es_str_arg(args[0], "VfsPosix", "root", &n);
        es_vstr_t v;
        es_vstr_init(&v, n + 2);
        if (r[0] != '/') {
            es_vstr_add(&v, cwd, strlen(cwd));
            es_vstr_add(&v, "/", 1);
        }
        es_vstr_add(&v, r, n);
        if (n == 0 || r[n - 1] != '/') {
            es_vstr_add(&v, "/", 1);
        }
        fs->root = es_vstr_to_str(&v);
    }
    return es_val(fs);
}

// The host path of [path] (str or bytes): an absolute path is taken
// under the root, a relative one from the host's current directory (which
// vfs keeps inside the root). A NUL-terminated text.
static const char *host_path(es_val_t self, es_val_t path) {
    size_t n, rn;
    const char *p;
    if (es_is_str(path)) {
        p = es_str_data(path, &n);
    } else {
        p = (const char *)es_bytes_need(path, &n);
    }
    const char *root = es_str_data(P(self)->root, &rn);
    if (rn == 0 || p[0] != '/') {
        return es_str_data(es_str_new(p, n), NULL);
    }
    es_vstr_t v;
    es_vstr_init(&v, rn + n);
    es_vstr_add(&v, root, rn - 1);
    es_vstr_add(&v, p, n);
    return es_str_data(es_vstr_to_str(&v), NULL);
}

static es_val_t posix_mount(es_val_t self, es_val_t readonly, es_val_t mkfs) {
    ES_UNUSED(mkfs);
    P(self)->readonly = es_truthy(readonly);
    return ES_NONE;
}

// EROFS for a change to a read-only mount.
static void writable(es_val_t self) {
    if (P(self)->readonly) {
        es_raise_os_error(-EROFS);
    }
}
static ES_FUN_3(posix_mount_obj, posix_mount);

static es_val_t posix_umount(es_val_t self) {
    ES_UNUSED(self);
    return ES_NONE;
}
static ES_FUN_1(posix_umount_obj, posix_umount);

static es_val_t posix_open(es_val_t self, es_val_t path, es_val_t mode) {
    const char *m = es_str_arg(mode, "open", "mode", NULL);
    if (strpbrk(m, "wax+") != NULL) {
        writable(self);
    }
    return es_file_open_port(host_path(self, path), mode);
}
static ES_FUN_3(posix_open_obj, posix_open);

// --- ilistdir: an iterator over (name, type, inode) owning a host
// directory handle, closed at the end or by the collector.

typedef struct posix_dir {
    es_obj_t base;
    void *dir;       // port handle, NULL once closed
    bool as_str;
} posix_dir_t;

static void dir_close(posix_dir_t *d) {
    if (d->dir != NULL) {
        port_dir_close(d->dir);
        d->dir = NULL;
    }
}

static void dir_finalize(es_obj_t *self) {
    dir_close((posix_dir_t *)self);
}

static es_val_t dir_iternext(es_val_t self) {
    posix_dir_t *d = (posix_dir_t *)es_obj(self);
    if (d->dir == NULL) {
        return ES_STOP;
    }
    const char *name;
    bool is_dir;
    int r = port_dir_next(d->dir, &name, &is_dir);
    if (r <= 0) {
        dir_close(d);
        check(r);
        return ES_STOP;
    }
    size_t n = strlen(name);
    es_val_t t[3] = {d->as_str ? es_str_new_utf8(name, n) : es_bytes_new(name, n),
        ES_SMALL(is_dir ? 0x4000 : 0x8000), ES_SMALL(0)};
    return es_tuple_new(3, t);
}

static const es_type_t posix_dir_type = {
    .base = {&es_type_type},
    .name = ES_Q(iterator),
    .parent = &es_type_object,
    .iternext = dir_iternext,
    .finalize = dir_finalize,
};

static es_val_t posix_ilistdir(es_val_t self, es_val_t path) {
    const char *p = host_path(self, path);
    posix_dir_t *d = es_gc_alloc(sizeof(posix_dir_t), ES_GC_FINAL);
    d->base.type = &posix_dir_type;
    d->as_str = es_is_str(path);
    int err;
    d->dir = port_dir_open(*p ? p : ".", &err);
    check(err);
    return es_val(d);
}
static ES_FUN_2(posix_ilistdir_obj, posix_ilistdir);

// --- changes

static es_val_t change(char op, es_val_t self, es_val_t a) {
    if (op != 'c') {
        writable(self);
    }
    check(port_fs_change(op, host_path(self, a), NULL));
    return ES_NONE;
}

static es_val_t posix_mkdir(es_val_t self, es_val_t path) {
    return change('m', self, path);
}
static ES_FUN_2(posix_mkdir_obj, posix_mkdir);

static es_val_t posix_rmdir(es_val_t self, es_val_t path) {
    return change('r', self, path);
}
static ES_FUN_2(posix_rmdir_obj, posix_rmdir);

static es_val_t posix_remove(es_val_t self, es_val_t path) {
    return change('u', self, path);
}
static ES_FUN_2(posix_remove_obj, posix_remove);

static es_val_t posix_chdir(es_val_t self, es_val_t path) {
    return change('c', self, path);
}
static ES_FUN_2(posix_chdir_obj, posix_chdir);

static es_val_t posix_rename(es_val_t self, es_val_t from, es_val_t to) {
    writable(self);
    const char *a = host_path(self, from);
    check(port_fs_change('n', a, host_path(self, to)));
    return ES_NONE;
}
static ES_FUN_3(posix_rename_obj, posix_rename);

// getcwd(): the host's, without the root's prefix.
static es_val_t posix_getcwd(es_val_t self) {
    char buf[1024];
    check(port_getcwd(buf, sizeof(buf)));
    size_t rn;
    es_str_data(P(self)->root, &rn);
    const char *s = buf;
    if (rn > 1 && strlen(buf) >= rn - 1) {
        s += rn - 1;
    }
    return *s ? es_str_new_utf8(s, strlen(s)) : ES_QVAL(ES_QS(slash, "/"));
}
static ES_FUN_1(posix_getcwd_obj, posix_getcwd);

static es_val_t posix_stat(es_val_t self, es_val_t path) {
    port_stat_info_t st;
    check(port_stat_info(host_path(self, path), &st));
    return es_vfs_stat_tuple(st.mode, st.size, st.mtime);
}
static ES_FUN_2(posix_stat_obj, posix_stat);

static es_val_t posix_statvfs(es_val_t self, es_val_t path) {
    uint64_t v[10];
    check(port_statvfs(host_path(self, path), v));
    es_val_t t[10];
    for (int i = 0; i < 10; i++) {
        t[i] = es_int_from_ull(v[i]);
    }
    return es_tuple_new(10, t);
}
static ES_FUN_2(posix_statvfs_obj, posix_statvfs);

int es_vfs_posix_import_stat(es_val_t self, const char *path) {
    es_val_t p = es_str_from_cstr(path);
    port_stat_info_t st;
    if (port_stat_info(host_path(self, p), &st) != 0) {
        return 0;
    }
    return (st.mode & 0xf000) == 0x4000 ? 2
        : (st.mode & 0xf000) == 0x8000 ? 1 : 0;
}

static const es_map_elem_t posix_table[] = {
    {ES_QV(mount), ES_PTR(&posix_mount_obj)},
    {ES_QV(umount), ES_PTR(&posix_umount_obj)},
    {ES_QV(open), ES_PTR(&posix_open_obj)},
    {ES_QV(ilistdir), ES_PTR(&posix_ilistdir_obj)},
    {ES_QV(mkdir), ES_PTR(&posix_mkdir_obj)},
    {ES_QV(rmdir), ES_PTR(&posix_rmdir_obj)},
    {ES_QV(remove), ES_PTR(&posix_remove_obj)},
    {ES_QV(rename), ES_PTR(&posix_rename_obj)},
    {ES_QV(chdir), ES_PTR(&posix_chdir_obj)},
    {ES_QV(getcwd), ES_PTR(&posix_getcwd_obj)},
    {ES_QV(stat), ES_PTR(&posix_stat_obj)},
    {ES_QV(statvfs), ES_PTR(&posix_statvfs_obj)},
};
static ES_CONST_DICT(posix_locals, posix_table);

const es_type_t es_type_vfs_posix = {
    .base = {&es_type_type},
    .name = ES_Q(VfsPosix),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = posix_make,
    .locals = ES_PTR(&posix_locals),
};
