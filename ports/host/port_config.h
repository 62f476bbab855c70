// SPDX-License-Identifier: MIT
// Configuration of the host port (the virtual board). See core/config.h.
#ifndef ES_PORT_CONFIG_H
#define ES_PORT_CONFIG_H

// 1 MB times the word size / 4, as MicroPython's unix port: 2 MB on a
// 64-bit host, 1 MB on host32.
#define ES_CFG_HEAP_SIZE (1024 * 1024 * (sizeof(void *) / 4))
#define ES_CFG_MARK_STACK 256
#define ES_CFG_OS_GETENV 1 // plain mode is MicroPython's unix port
#define ES_CFG_VFS_LFS1 1  // vfs.VfsLfs1, as the unix port

#endif
