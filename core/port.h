// SPDX-License-Identifier: MIT
// The port contract: the only calls core/ makes to the outside world. Each
// port implements them (ports/<port>/port.c). docs/PORTING.md explains them.
#ifndef ES_PORT_H
#define ES_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"

// Write [n] bytes of [s] to the console's output (fd 1) or error stream
// (fd 2). Never raises; drops output it cannot write. ES_FD_RAW or'ed
// into [fd] (sys.stdout.buffer, sys.stderr.buffer) sends the bytes as they
// are where the console otherwise ends lines with CR LF (the board's
// UART0), as the reference's mp_hal_stdout_tx_strn.
void port_write(int fd, const char *s, size_t n);
enum { ES_FD_RAW = 0x100 };

// Send on what port_write holds back (print(flush=True),
// sys.stdout.flush()); never raises.
void port_flush(void);

// Stop the whole program: an internal error that cannot be raised as a
// Python exception (a bug). Prints [msg] and exits.
ES_NORETURN void port_fatal(const char *msg);

// Mark any roots the port keeps outside es_g (es_gc_mark_*); may be empty.
void port_gc_mark_roots(void);

// Files, for import and running scripts. Open [path] for reading: a handle
// >= 0, or a negative errno (-ENOENT...). Read up to [n] bytes: the count, 0
// at end, negative errno on error. Close never fails.
int port_file_open(const char *path);
int port_file_read(int fd, void *buf, size_t n);
void port_file_close(int fd);
// Files for open() (core/file.c). Open [path] in mode [kind] ('r' read,
// 'w' write truncating/creating, 'a' append/create, 'x' create exclusive),
// [plus] also the other direction: a handle >= 0 or a negative errno.
// Write up to [n] bytes: the count written, or a negative errno.
int port_file_open_mode(const char *path, char kind, bool plus);
int port_file_write(int fd, const void *buf, size_t n);
// What is at [path]: 0 nothing, 1 a file, 2 a directory.
int port_stat(const char *path);

// Move the position of handle [fd] by [off] from the start (whence 0),
// the current position (1) or the end (2): the new position or a negative
// errno.
int64_t port_file_seek(int fd, int64_t off, int whence);
// The host's directories, for VfsPosix (modules/vfs_posix.c). A port
// without them returns -ENOSYS (38).
typedef struct port_stat_info {
    uint32_t mode;      // st_mode: 0x4000 directory, 0x8000 regular file
    uint64_t size;
    int64_t mtime;      // seconds since 1970
} port_stat_info_t;
// What is at [path]: 0, or a negative errno (-ENOENT...).
int port_stat_info(const char *path, port_stat_info_t *st);
// Open directory [path] for reading its entries: a handle, or NULL with
// the negative errno in [*err]. Next entry: 1 with its name (valid until
// the next call) and whether it is a directory, 0 at the end ("." and ".."
// are skipped), or a negative errno. Close never fails.
void *port_dir_open(const char *path, int *err);
int port_dir_next(void *dir, const char **name, bool *is_dir);
void port_dir_close(void *dir);
// Change the host's file system: [op] 'm' mkdir [a], 'r' rmdir [a], 'u'
// remove file [a], 'n' rename [a] to [b], 'c' chdir to [a]. 0 or a
// negative errno.
int port_fs_change(char op, const char *a, const char *b);
// The current directory into [buf] of [n] bytes: 0 or a negative errno.
int port_getcwd(char *buf, size_t n);
// statvfs of [path] into out[0..9] (bsize, frsize, blocks, bfree, bavail,
// files, ffree, favail, flag, namemax): 0 or a negative errno.
int port_statvfs(const char *path, uint64_t out[10]);

// Console input: the next byte from the console (fd 0), or -1 at end of
// input. Output written before is flushed first.
int port_read_char(void);

// input()'s line, for a port with its own line editor (the board's
// console echoes and edits as the reference's readline does): the line
// typed, without its end, appended to [v]; 1 when read, 0 at the end of
// input, on Ctrl-D on an empty line or with a Ctrl-C pending
// (es_g.pending_exc). -1 when the port has none: input() then reads
// port_read_char up to '\n'. May raise MemoryError.
struct es_vstr;
int port_read_line(struct es_vstr *v);

// Called at each pending-event poll (core/runtime.h: es_pending_poll), that
// is while Python code runs and es_g.pending is set: the port services its
// events (console input such as Ctrl-C, timers, an execution budget) and
// may set es_g.pending_exc, which is raised right after, or set
// es_g.pending again to be polled again at the next backward jump, call or
// C-level iteration. May raise. Empty where a port has nothing to do.
void port_poll(void);

// Time (modules/time.c, modules/random.c). A monotonic clock in
// microseconds from an arbitrary start; never goes back.
uint64_t port_time_us(void);
// The wall clock: nanoseconds since 2000-01-01 00:00:00 UTC (MicroPython's
// epoch); a port without a real-time clock counts from 0 at boot.
int64_t port_time_ns(void);
// Wait [us] microseconds. Returns early when es_g.pending is set (Ctrl-C).
void port_sleep_us(uint64_t us);

// Fill [n] bytes at [buf] with random bytes (os.urandom): the chip's
// hardware generator, the host's getrandom; a port without one mixes its
// cycle counter. Never fails, never raises.
void port_random(void *buf, size_t n);

#if ES_CFG_OS_GETENV
// The value of environment variable [name] (os.getenv), or NULL when unset.
// Valid until the environment changes. Never raises.
const char *port_getenv(const char *name);
#endif

// Readiness of handles, for select and asyncio (modules/select.c). The
// layout and bits are poll(2)'s on Linux, so a POSIX port passes the array
// through. [fd]: 0 the console's input, 1 and 2 its output, or a handle
// of port_file_open_mode.
typedef struct es_pollfd {
    int fd;
    int16_t events;   // ES_POLL_IN | ES_POLL_OUT wanted
    int16_t revents;  // set by port_wait; also ERR, HUP, NVAL
} es_pollfd_t;
enum {
    ES_POLL_IN = 0x1, ES_POLL_OUT = 0x4, ES_POLL_ERR = 0x8,
    ES_POLL_HUP = 0x10, ES_POLL_NVAL = 0x20
};
// Wait until one of the [n] handles of [fds] is ready, [timeout_us] has
// passed (< 0: no limit) or es_g.pending is set (Ctrl-C, an interrupt
// handler, micropython.schedule), without using the CPU while it waits:
// with n == 0 this is the port's idle. Sets each revents; returns how many
// are non-zero, or a negative errno (-EINVAL: too many handles). Never
// raises.
int port_wait(es_pollfd_t *fds, size_t n, int64_t timeout_us);

#endif
