// SPDX-License-Identifier: MIT
// QEMU's xtensa semihosting (the simcall instruction): the console, host
// files and the program's arguments of the lx106 port. Calls return -1 on
// failure (errno from the host in *err when err is not NULL).
#ifndef LX106_SEMIHOST_H
#define LX106_SEMIHOST_H

#include <stddef.h>

// Host open(2) flags (Linux values; QEMU passes them through).
#define SH_O_RDONLY 0
#define SH_O_WRONLY 1
#define SH_O_CREAT 0100
#define SH_O_APPEND 02000

// Raw calls; see target/xtensa/xtensa-semi.c in QEMU for the numbers.
long sh_write(int fd, const void *buf, size_t n);
long sh_read(int fd, void *buf, size_t n);
int sh_open(const char *path, int flags, int mode);
int sh_close(int fd);
long sh_lseek(int fd, long off, int whence);
__attribute__((noreturn)) void sh_exit(int code);

// The arguments QEMU was given (-semihosting-config arg=...): their count,
// and the argv array copied into [buf] of [size] bytes (sh_argv_size()).
int sh_argc(void);
size_t sh_argv_size(void);
char **sh_argv(void *buf);

// Buffered console output: stdout (fd 1) is line-buffered, fd 2 unbuffered
// (stdout is flushed first so the two interleave as written).
void sh_console_write(int fd, const char *s, size_t n);
void sh_console_flush(void);

#endif
