// SPDX-License-Identifier: MIT
// The virtual filesystem: the mount table, path lookup, and the functions
// os and vfs share (mount, umount, chdir, getcwd, ilistdir, listdir, mkdir,
// remove, rename, rmdir, stat, statvfs, sync), with open() and import
// going through it too. It follows MicroPython's extmod/vfs semantics: an
// absolute path (or any path while the current directory is the virtual
// root) is matched against the mount points, a relative one goes to the
// current filesystem unchanged. Filesystem objects are called through
// their methods, so one written in Python works as a built-in one does.
// The table lives in es_g (reset by es_init: a soft reset unmounts all).
#include <errno.h>
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"
#include "vfs_blockdev.h"

// lookup()'s answers besides a mount: the virtual root ("/" itself, or a
// relative path while the current directory is the root) and nothing.
#define VFS_ROOT ((es_vfs_mount_t *)1)
#define VFS_NONE ((es_vfs_mount_t *)0)

#define MODE_DIR 0x4000
#define MODE_FILE 0x8000

static es_vfs_mount_t *cur(void) {
    return es_g.vfs_cur != NULL ? es_g.vfs_cur : VFS_ROOT;
}

static size_t mount_len(const es_vfs_mount_t *m) {
    size_t n;
    es_str_data(m->path, &n);
    return n;
}

// The mount holding [path] and, in [*rest], the path within it (a pointer
// into [path] or the literal "/").
static es_vfs_mount_t *lookup_c(const char *path, const char **rest) {
    if (*path != '/' && cur() != VFS_ROOT) {
        *rest = path;
        return cur();
    }
    bool abs = *path == '/';
    path += abs;
    if (*path == '\0') {
        return VFS_ROOT;
    }
    for (es_vfs_mount_t *m = es_g.vfs_mounts; m != NULL; m = m->next) {
        size_t len = mount_len(m) - 1;
        const char *mp = es_str_data(m->path, NULL) + 1;
        if (len == 0) {
            *rest = path - abs;
            return m;
        }
        if (strncmp(path, mp, len) == 0) {
            if (path[len] == '/') {
                *rest = path + len;
                return m;
            }
            if (path[len] == '\0') {
                *rest = "/";
                return m;
            }
        }
    }
    return VFS_NONE;
}

// A path argument's text: a str, or bytes taken as UTF-8 (UnicodeError
// otherwise), as CPython's os functions and open() take either.
static const char *path_text(es_val_t path) {
    if (es_is_bytes(path)) {
        size_t n;
        const uint8_t *d = es_bytes_need(path, &n);
        path = es_str_new_utf8((const char *)d, n);
    }
    return es_str_arg(path, "vfs", "path", NULL);
}

// lookup_c for a path argument, the rest as a new str in [*rest].
static es_vfs_mount_t *lookup(es_val_t path, es_val_t *rest) {
    const char *r = NULL;
    es_vfs_mount_t *m = lookup_c(path_text(path), &r);
    *rest = r != NULL && m != VFS_ROOT && m != VFS_NONE
        ? es_str_from_cstr(r) : ES_NULL;
    return m;
}

// Call method [name] of mount [m]'s filesystem with [n] arguments.
static es_val_t proxy(es_vfs_mount_t *m, es_qstr_t name, size_t n,
    const es_val_t *args) {
    if (m == VFS_NONE) {
        es_raise_os_error(-ENODEV);
    }
    if (m == VFS_ROOT) {
        es_raise_os_error(-EPERM);
    }
    es_val_t call[6];
    es_load_method(m->obj, name, call);
    for (size_t i = 0; i < n; i++) {
        call[2 + i] = args[i];
    }
    return es_call_method(n, 0, call);
}

static es_vfs_mount_t *root_mount(void) {
    es_vfs_mount_t *m = es_g.vfs_mounts;
    while (m != NULL && mount_len(m) != 1) {
        m = m->next;
    }
    return m;
}

es_val_t es_vfs_stat_tuple(uint32_t mode, uint64_t size, int64_t mtime) {
    es_val_t t[10] = {es_int_from((es_int_t)mode), ES_SMALL(0), ES_SMALL(0),
        ES_SMALL(0), ES_SMALL(0), ES_SMALL(0), es_int_from_ull(size),
        es_int_from_ll(mtime), es_int_from_ll(mtime), es_int_from_ll(mtime)};
    return es_tuple_new(10, t);
}

// --- mount and umount

// Pick a filesystem for block device [bdev]: littlefs v2 when its
// superblock's magic is in block 0 or 1 (at offset 8), else FAT.
static es_val_t autodetect(es_val_t bdev);

// mount() -> [(fs, path), ...]; mount(fs, path, *, readonly=False,
// mkfs=False). A block device is given a filesystem by autodetect.
static es_val_t vfs_mount(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(readonly), ES_Q(mkfs)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(mount), n_args, n_kw, args, 2, names, kw);
    if (n_args == 0) {
        es_val_t list = es_list_new(0, NULL);
        for (es_vfs_mount_t *m = es_g.vfs_mounts; m != NULL; m = m->next) {
            es_val_t item[2] = {m->obj, m->path};
            es_list_append(list, es_tuple_new(2, item));
        }
        return list;
    }
    if (n_args != 2) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("function missing required positional argument #2"));
    }
    size_t len;
    const char *path = es_str_arg(args[1], "mount", "mount_point", &len);
    es_val_t obj = args[0];
    es_val_t dest[2];
    es_load_method_maybe(obj, ES_Q(mount), dest);
    if (dest[0] == ES_NULL) {
        obj = autodetect(obj);
    }
    es_vfs_mount_t *m = es_gc_alloc(sizeof(es_vfs_mount_t), 0);
    m->path = es_str_new(path, len);
    m->obj = obj;
    es_val_t margs[2] = {kw[0] == ES_NULL ? ES_FALSE : kw[0],
        kw[1] == ES_NULL ? ES_FALSE : kw[1]};
    proxy(m, ES_Q(mount), 2, margs);
    const char *rest;
    es_vfs_mount_t *old = lookup_c(path, &rest);
    if (old != VFS_NONE && old != VFS_ROOT
        && !(len != 1 && mount_len(old) == 1)) {
        es_raise_os_error(-EPERM); // already a mount point
    }
    es_vfs_mount_t **p = &es_g.vfs_mounts;
    while (*p != NULL && mount_len(*p) != 1) {
        p = &(*p)->next;
    }
    m->next = *p;
    *p = m;
    return ES_NONE;
}
const es_fun_builtin_t es_vfs_mount_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_KW, 0, 2, {.kw = vfs_mount}};

// umount(path or fs): EINVAL when not mounted.
static es_val_t vfs_umount(es_val_t which) {
    size_t len = 0;
    const char *s = es_is_str(which) ? es_str_data(which, &len) : NULL;
    for (es_vfs_mount_t **p = &es_g.vfs_mounts; *p != NULL;
         p = &(*p)->next) {
        es_vfs_mount_t *m = *p;
        size_t ml;
        const char *mp = es_str_data(m->path, &ml);
        if ((s != NULL && ml == len && memcmp(s, mp, len) == 0)
            || m->obj == which) {
            *p = m->next;
            if (es_g.vfs_cur == m) {
                es_g.vfs_cur = NULL;
            }
            proxy(m, ES_Q(umount), 0, NULL);
            return ES_NONE;
        }
    }
    es_raise_os_error(-EINVAL);
}
const es_fun_builtin_t es_vfs_umount_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_umount}};

void es_vfs_mount_posix_root(void) {
    es_val_t fs = es_call0(ES_PTR(&es_type_vfs_posix));
    es_val_t args[2] = {fs, ES_QVAL(ES_QS(slash, "/"))};
    es_call(ES_PTR(&es_vfs_mount_obj), 2, 0, args);
    es_g.vfs_cur = es_g.vfs_mounts;
}

// --- paths

es_val_t es_vfs_open(es_val_t path, es_val_t mode) {
    es_val_t args[2];
    es_vfs_mount_t *m = lookup(path, &args[0]);
    args[1] = mode;
    return proxy(m, ES_Q(open), 2, args);
}

static es_val_t vfs_chdir(es_val_t path) {
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    if (m == VFS_ROOT) {
        es_vfs_mount_t *root = root_mount();
        if (root != NULL) {
            es_val_t slash = ES_QVAL(ES_QS(slash, "/"));
            proxy(root, ES_Q(chdir), 1, &slash);
        }
        es_g.vfs_cur = NULL;
        return ES_NONE;
    }
    proxy(m, ES_Q(chdir), 1, &rest);
    es_g.vfs_cur = m;
    return ES_NONE;
}
const es_fun_builtin_t es_vfs_chdir_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_chdir}};

static es_val_t vfs_getcwd(void) {
    es_vfs_mount_t *m = cur();
    if (m == VFS_ROOT) {
        return ES_QVAL(ES_QS(slash, "/"));
    }
    es_val_t cwd = proxy(m, ES_Q(getcwd), 0, NULL);
    if (mount_len(m) == 1) {
        return cwd;
    }
    size_t n;
    const char *s = es_str_arg(cwd, "getcwd", "cwd", &n);
    es_vstr_t v;
    es_vstr_init(&v, 16);
    size_t ml;
    const char *mp = es_str_data(m->path, &ml);
    es_vstr_add(&v, mp, ml);
    if (!(n == 1 && s[0] == '/')) {
        es_vstr_add(&v, s, n);
    }
    return es_vstr_to_str(&v);
}
const es_fun_builtin_t es_vfs_getcwd_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_0, 0, 0, {.f0 = vfs_getcwd}};

// ilistdir of the virtual root: the mount points as directories, and the
// entries of the filesystem mounted at "/" (if any).
static es_val_t root_ilistdir(bool as_str) {
    es_val_t list = es_list_new(0, NULL);
    for (es_vfs_mount_t *m = es_g.vfs_mounts; m != NULL; m = m->next) {
        size_t n;
        const char *s = es_str_data(m->path, &n);
        if (n == 1) {
            es_val_t slash = ES_QVAL(ES_QS(slash, "/"));
            es_val_t it = proxy(m, ES_Q(ilistdir), 1, &slash);
            for (es_val_t e; (e = es_iternext(it)) != ES_STOP;) {
                es_list_append(list, e);
            }
            continue;
        }
        es_val_t t[3] = {as_str ? es_str_new(s + 1, n - 1)
            : es_bytes_new(s + 1, n - 1), ES_SMALL(MODE_DIR), ES_SMALL(0)};
        es_list_append(list, es_tuple_new(3, t));
    }
    return es_getiter(list);
}

static es_val_t vfs_ilistdir(size_t n_args, const es_val_t *args) {
    es_val_t path = n_args > 0 ? args[0] : ES_QVAL(ES_QS(empty, ""));
    bool as_str = es_is_str(path); // bytes: names come back as bytes
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    if (m == VFS_ROOT) {
        return root_ilistdir(as_str);
    }
    if (!as_str) {
        const char *r = es_str_data(rest, NULL);
        rest = es_bytes_new(r, strlen(r));
    }
    return proxy(m, ES_Q(ilistdir), 1, &rest);
}
const es_fun_builtin_t es_vfs_ilistdir_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 0, 1, {.var = vfs_ilistdir}};

static es_val_t vfs_listdir(size_t n_args, const es_val_t *args) {
    es_val_t it = vfs_ilistdir(n_args, args);
    es_val_t list = es_list_new(0, NULL);
    for (es_val_t e; (e = es_iternext(it)) != ES_STOP;) {
        es_list_append(list, es_subscr_load(e, ES_SMALL(0)));
    }
    return list;
}
const es_fun_builtin_t es_vfs_listdir_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 0, 1, {.var = vfs_listdir}};

static es_val_t vfs_mkdir(es_val_t path) {
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    if (m == VFS_ROOT || (m != VFS_NONE
        && strcmp(es_str_data(rest, NULL), "/") == 0)) {
        es_raise_os_error(-EEXIST);
    }
    return proxy(m, ES_Q(mkdir), 1, &rest);
}
const es_fun_builtin_t es_vfs_mkdir_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_mkdir}};

// remove, rmdir: the path's filesystem does it.
static es_val_t path_call(es_val_t path, es_qstr_t name) {
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    return proxy(m, name, 1, &rest);
}

static es_val_t vfs_remove(es_val_t path) {
    return path_call(path, ES_Q(remove));
}
const es_fun_builtin_t es_vfs_remove_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_remove}};

static es_val_t vfs_rmdir(es_val_t path) {
    return path_call(path, ES_Q(rmdir));
}
const es_fun_builtin_t es_vfs_rmdir_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_rmdir}};

static es_val_t vfs_rename(es_val_t from, es_val_t to) {
    es_val_t args[2];
    es_vfs_mount_t *m = lookup(from, &args[0]);
    if (lookup(to, &args[1]) != m) {
        es_raise_os_error(-EPERM); // across filesystems
    }
    return proxy(m, ES_Q(rename), 2, args);
}
const es_fun_builtin_t es_vfs_rename_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_2, 2, 2, {.f2 = vfs_rename}};

static es_val_t vfs_stat(es_val_t path) {
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    if (m == VFS_ROOT) {
        return es_vfs_stat_tuple(MODE_DIR, 0, 0);
    }
    return proxy(m, ES_Q(stat), 1, &rest);
}
const es_fun_builtin_t es_vfs_stat_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_stat}};

static es_val_t vfs_statvfs(es_val_t path) {
    es_val_t rest;
    es_vfs_mount_t *m = lookup(path, &rest);
    if (m == VFS_ROOT) {
        m = root_mount();
        if (m == NULL) {
            es_val_t t[10];
            for (int i = 0; i < 9; i++) {
                t[i] = ES_SMALL(0);
            }
            t[9] = ES_SMALL(256); // the longest path
            return es_tuple_new(10, t);
        }
        rest = ES_QVAL(ES_QS(slash, "/"));
    }
    return proxy(m, ES_Q(statvfs), 1, &rest);
}
const es_fun_builtin_t es_vfs_statvfs_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_1, 1, 1, {.f1 = vfs_statvfs}};

// sync(): each mounted filesystem that has a sync method writes out what
// it holds.
static es_val_t vfs_sync(void) {
    for (es_vfs_mount_t *m = es_g.vfs_mounts; m != NULL; m = m->next) {
        es_val_t call[2];
        es_load_method_maybe(m->obj, ES_Q(sync), call);
        if (call[0] != ES_NULL) {
            es_call_method(0, 0, call);
        }
    }
    return ES_NONE;
}
const es_fun_builtin_t es_vfs_sync_obj = {{&es_type_fun_builtin},
    ES_FUN_KIND_0, 0, 0, {.f0 = vfs_sync}};

// --- paths inside a filesystem

const char *es_vfs_abspath(es_val_t cwd, es_val_t path) {
    size_t n, cn;
    const char *p;
    if (es_is_str(path)) {
        p = es_str_data(path, &n);
    } else {
        p = (const char *)es_bytes_need(path, &n);
    }
    const char *c = es_str_data(cwd, &cn);
    es_vstr_t v;
    es_vstr_init(&v, cn + n + 2);
    if (n == 0 || p[0] != '/') {
        es_vstr_add(&v, c, cn);
    }
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '/') {
            j++;
        }
        size_t k = j - i;
        if (k == 2 && p[i] == '.' && p[i + 1] == '.') {
            while (v.len > 0 && v.buf[v.len - 1] != '/') {
                v.len--;
            }
            if (v.len > 0) {
                v.len--;
            }
        } else if (k > 0 && !(k == 1 && p[i] == '.')) {
            if (v.len == 0 || v.buf[v.len - 1] != '/') {
                es_vstr_add(&v, "/", 1);
            }
            es_vstr_add(&v, p + i, k);
        }
        i = j + 1;
    }
    if (v.len == 0) {
        es_vstr_add(&v, "/", 1);
    }
    es_vstr_add(&v, "", 0); // terminates at the new length
    return es_str_data(es_vstr_to_str(&v), NULL);
}

// --- import

int es_vfs_import_stat(const char *path) {
    const char *rest;
    es_vfs_mount_t *m = lookup_c(path, &rest);
    if (m == VFS_NONE || m == VFS_ROOT) {
        return 0;
    }
    int kind = 0;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        if (es_is_type(m->obj, &es_type_vfs_posix)) {
            kind = es_vfs_posix_import_stat(m->obj, rest);
            es_nlr_pop();
            return kind;
        }
        es_val_t arg = es_str_from_cstr(rest);
        es_val_t st = proxy(m, ES_Q(stat), 1, &arg);
        es_int_t mode = es_get_int(es_subscr_load(st, ES_SMALL(0)));
        kind = mode & MODE_DIR ? 2 : 1;
        es_nlr_pop();
    } else if (es_isinstance(buf.value, &es_type_MemoryError)) {
        es_nlr_jump(buf.value); // not "no such module": the heap is full
    }
    return kind;
}

// A stream written in Python is asked its buffer size first (ioctl 11,
// MicroPython's MP_STREAM_GET_BUFFER_SIZE), as the reference's reader does;
// the answer only has to be an int (reads stay at most 128 bytes).
es_val_t es_vfs_reader_open(const char *path) {
    es_val_t p = es_str_from_cstr(path);
    es_val_t f = es_vfs_open(p, ES_QV(rb));
    if (!es_is_file(f)) {
        es_val_t call[4];
        es_load_method_maybe(f, ES_Q(ioctl), call);
        if (call[0] != ES_NULL) {
            call[2] = ES_SMALL(11);
            call[3] = ES_SMALL(0);
            es_call_method(2, 0, call);
        }
    }
    return f;
}

int es_vfs_reader_read(es_val_t f, void *buf, size_t n) {
    if (es_is_file(f)) {
        return es_file_read_c(f, buf, n);
    }
    es_val_t ba = es_bytearray_new(NULL, n);
    es_val_t call[3];
    es_load_method(f, ES_Q(readinto), call);
    call[2] = ba;
    es_int_t got = es_get_int(es_call_method(1, 0, call));
    if (got < 0 || (size_t)got > n) {
        return -EIO;
    }
    const uint8_t *d;
    size_t len;
    es_bytes_get(ba, &d, &len);
    memcpy(buf, d, (size_t)got);
    return (int)got;
}

// A stream written in Python is closed as the reference closes one: by
// ioctl(4, 0) (MP_STREAM_CLOSE) when it has ioctl, else by close().
void es_vfs_reader_close(es_val_t f) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t call[4];
        es_load_method_maybe(f, ES_Q(ioctl), call);
        if (call[0] != ES_NULL && !es_is_file(f)) {
            call[2] = ES_SMALL(4);
            call[3] = ES_SMALL(0);
            es_call_method(2, 0, call);
        } else {
            es_load_method(f, ES_Q(close), call);
            es_call_method(0, 0, call);
        }
        es_nlr_pop();
    }
}

// --- autodetect

static es_val_t autodetect(es_val_t bdev) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_blockdev_t dev;
        es_blockdev_init(&dev, bdev, true);
        uint8_t magic[8];
        for (uint32_t b = 0; b < 2; b++) {
#if ES_CFG_VFS_LFS1
            // v1: the superblock entry's name, at 40
            if (dev.bd.block_size >= 48 && dev.bd.block_count > b
                && dev.bd.read(&dev, b, 40, magic, 8) == 0
                && memcmp(magic, "littlefs", 8) == 0) {
                es_nlr_pop();
                return es_call1(ES_PTR(&es_type_vfs_lfs1), bdev);
            }
#endif
            if (dev.bd.block_size >= 16 && dev.bd.block_count > b
                && dev.bd.read(&dev, b, 8, magic, 8) == 0
                && memcmp(magic, "littlefs", 8) == 0) {
                es_nlr_pop();
                return es_call1(ES_PTR(&es_type_vfs_lfs2), bdev);
            }
        }
        es_nlr_pop();
    }
    return es_call1(ES_PTR(&es_type_vfs_fat), bdev);
}

// --- the vfs module

static const es_map_elem_t vfs_table[] = {
    {ES_QV(__name__), ES_QV(vfs)},
    {ES_QV(mount), ES_PTR(&es_vfs_mount_obj)},
    {ES_QV(umount), ES_PTR(&es_vfs_umount_obj)},
    {ES_QV(VfsPosix), ES_PTR(&es_type_vfs_posix)},
    {ES_QV(VfsFat), ES_PTR(&es_type_vfs_fat)},
    {ES_QV(VfsLfs2), ES_PTR(&es_type_vfs_lfs2)},
    ES_VFS_LFS1_ENTRY
};
static ES_CONST_DICT(vfs_dict, vfs_table);

const es_module_t es_module_vfs = {{&es_type_module}, ES_PTR(&vfs_dict)};
