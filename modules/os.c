// SPDX-License-Identifier: MIT
// The os module (also `uos`), as the reference's ESP8266 port has it: the
// filesystem functions of the virtual filesystem (modules/vfs.c) and the
// VFS types, sep.
#include "intern.h"
#include "map.h"
#include "module.h"
#include "vfs.h"

static const es_map_elem_t os_table[] = {
    {ES_QV(__name__), ES_QV(os)},
    {ES_QV(sep), ES_QVAL(ES_QS(slash, "/"))},
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
    {ES_QV(mount), ES_PTR(&es_vfs_mount_obj)},
    {ES_QV(umount), ES_PTR(&es_vfs_umount_obj)},
    {ES_QV(VfsPosix), ES_PTR(&es_type_vfs_posix)},
};
static ES_CONST_DICT(os_dict, os_table);

const es_module_t es_module_os = {{&es_type_module}, ES_PTR(&os_dict)};
