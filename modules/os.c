// SPDX-License-Identifier: MIT
// The os module (also `uos`), as the reference's ESP8266 port has it: the
// filesystem functions of the virtual filesystem (modules/vfs.c) and the
// VFS types, sep, dupterm and dupterm_notify (modules/os_dupterm.c), and
// what needs no filesystem: uname(), urandom(n) and, where the port has an
// environment, getenv.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "os_dupterm.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"

// --- uname(): the ESP8266 port's fields, as a tuple with attributes.
// release and version follow sys.c's ESPY_VERSION: keep them in step.

static ES_CONST_TUPLE(uname_fields, 5, ES_QV(sysname), ES_QV(nodename),
    ES_QV(release), ES_QV(version), ES_QV(machine));
static ES_CONST_TUPLE(uname_values, 5, ES_QV(esp8266), ES_QV(esp8266),
    ES_QVAL(ES_QS(os_release, "0.1.0")),
    ES_QVAL(ES_QS(os_version, "espy-0.1.0")),
    ES_QVAL(ES_QS(os_machine, "ESP module with ESP8266")));

static es_val_t uname_load_attr(es_val_t self, es_qstr_t name) {
    ES_UNUSED(self);
    for (size_t i = 0; i < 5; i++) {
        if (uname_fields.items[i] == es_qstr_val(name)) {
            return uname_values.items[i];
        }
    }
    return ES_NULL;
}

// (sysname='esp8266', ...), as MicroPython prints it.
static void uname_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(self);
    ES_UNUSED(kind);
    for (size_t i = 0; i < 5; i++) {
        es_printf(p, "%s%S=%r", i == 0 ? "(" : ", ", uname_fields.items[i],
            uname_values.items[i]);
    }
    es_print_cstr(p, ")");
}

// Indexing and iteration read the tuple of values.
static es_val_t uname_subscr(es_val_t self, es_val_t index, es_val_t value) {
    ES_UNUSED(self);
    return value == ES_STOP ? es_subscr_load(es_val(&uname_values), index)
        : ES_NULL;
}

static es_val_t uname_getiter(es_val_t self) {
    ES_UNUSED(self);
    return es_getiter(es_val(&uname_values));
}

static const es_type_t uname_type = {
    .base = {&es_type_type},
    .name = ES_Q(uname_result),
    .parent = &es_type_object,
    .print = uname_print,
    .load_attr = uname_load_attr,
    .subscr = uname_subscr,
    .getiter = uname_getiter,
};
static const es_obj_t uname_result = {&uname_type};

static es_val_t os_uname(void) {
    return es_val(&uname_result);
}
static ES_FUN_0(fun_uname, os_uname);

// urandom(n): n random bytes from the port.
static es_val_t os_urandom(es_val_t n) {
    es_int_t len = es_get_int(n);
    if (len < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("negative argument not allowed"));
    }
    es_val_t b = es_bytes_new(NULL, (size_t)len);
    port_random(((es_bytes_t *)b)->data, (size_t)len);
    return b;
}
static ES_FUN_1(fun_urandom, os_urandom);

#if ES_CFG_OS_GETENV
// getenv(key, default=None): where the port has an environment (the host,
// as MicroPython's unix port); the text is checked as UTF-8.
static es_val_t os_getenv(size_t n_args, const es_val_t *args) {
    const char *v = port_getenv(es_str_arg(args[0], "getenv", "key", NULL));
    if (v == NULL) {
        return n_args > 1 ? args[1] : ES_NONE;
    }
    return es_str_new_utf8(v, strlen(v));
}
static ES_FUN_VAR(fun_getenv, 1, 2, os_getenv);
#endif

static const es_map_elem_t os_table[] = {
    {ES_QV(__name__), ES_QV(os)},
    {ES_QV(sep), ES_QVAL(ES_QS(slash, "/"))},
    {ES_QV(uname), ES_PTR(&fun_uname)},
    {ES_QV(urandom), ES_PTR(&fun_urandom)},
#if ES_CFG_OS_GETENV
    {ES_QV(getenv), ES_PTR(&fun_getenv)},
#endif
    {ES_QV(chdir), ES_PTR(&es_vfs_chdir_obj)},
    {ES_QV(getcwd), ES_PTR(&es_vfs_getcwd_obj)},
    {ES_QV(ilistdir), ES_PTR(&es_vfs_ilistdir_obj)},
    {ES_QV(listdir), ES_PTR(&es_vfs_listdir_obj)},
    {ES_QV(mkdir), ES_PTR(&es_vfs_mkdir_obj)},
    {ES_QV(remove), ES_PTR(&es_vfs_remove_obj)},
    {ES_QV(unlink), ES_PTR(&es_vfs_remove_obj)},
    {ES_QV(rename), ES_PTR(&es_vfs_rename_obj)},
    {ES_QV(rmdir), ES_PTR(&es_vfs_rmdir_obj)},
    {ES_QV(stat), ES_PTR(&es_vfs_stat_obj)},
    {ES_QV(statvfs), ES_PTR(&es_vfs_statvfs_obj)},
    {ES_QV(sync), ES_PTR(&es_vfs_sync_obj)},
    {ES_QV(dupterm), ES_PTR(&es_os_dupterm_obj)},
    {ES_QV(dupterm_notify), ES_PTR(&es_os_dupterm_notify_obj)},
    {ES_QV(mount), ES_PTR(&es_vfs_mount_obj)},
    {ES_QV(umount), ES_PTR(&es_vfs_umount_obj)},
    {ES_QV(VfsPosix), ES_PTR(&es_type_vfs_posix)},
    {ES_QV(VfsFat), ES_PTR(&es_type_vfs_fat)},
    {ES_QV(VfsLfs2), ES_PTR(&es_type_vfs_lfs2)},
    ES_VFS_LFS1_ENTRY
};
static ES_CONST_DICT(os_dict, os_table);

const es_module_t es_module_os = {{&es_type_module}, ES_PTR(&os_dict)};
