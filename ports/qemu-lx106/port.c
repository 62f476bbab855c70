// SPDX-License-Identifier: MIT
// The port contract (core/port.h) for the lx106 under QEMU: console and
// host files through semihosting, fatal errors and CPU exceptions, the
// painted C stack's high-water mark, and the system calls picolibc needs.
#include <assert.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "lx106.h"
#include "os_dupterm.h"
#include "port.h"
#include "semihost.h"
#include "state.h"

// The console is the host's stdout/stderr; stdout is also copied to
// os.dupterm's streams (modules/os_dupterm.h).
void port_write(int fd, const char *s, size_t n) {
    fd &= ~ES_FD_RAW;
    sh_console_write(fd == 2 ? 2 : 1, s, n);
    if (fd != 2) {
        es_dupterm_tx(s, n);
    }
}

void port_flush(void) {
    sh_console_flush();
}

static void err_str(const char *s) {
    sh_console_write(2, s, strlen(s));
}

static void err_hex(const char *label, uint32_t v) {
    char buf[11] = "0x";
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    }
    buf[10] = 0;
    err_str(label);
    err_str(buf);
}

void port_fatal(const char *msg) {
    err_str("FATAL: ");
    err_str(msg);
    err_str("\n");
    sh_console_flush();
    sh_exit(134);
}

// assert()'s report (ES_ASSERT, on in this test build), written here so
// that picolibc's, which prints with fprintf, does not bring vfprintf and
// its float conversion (about 8 KB of flash, docs/size.md) into the image.
// Same text and exit status as picolibc's: the message, then abort().
void __assert_func(const char *file, int line, const char *func,
                   const char *expr) {
    char num[12];
    char *p = num + sizeof(num);
    unsigned v = (unsigned)line;
    *--p = 0;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    err_str("assertion \"");
    err_str(expr);
    err_str("\" failed: file \"");
    err_str(file);
    err_str("\", line ");
    err_str(p);
    if (func != NULL) {
        err_str(", function: ");
        err_str(func);
    }
    err_str("\n");
    sh_console_flush();
    sh_exit(134);
}

void port_gc_mark_roots(void) {
}

void port_poll(void) {
}

// Called by the exception vectors (crt0.S) on a fresh stack. Cause 256 + n
// is a debug exception with DEBUGCAUSE n (the stack guard's DBREAK).
void lx106_fatal_exc(uint32_t cause, uint32_t epc, uint32_t vaddr) {
    err_hex("\nFATAL exccause=", cause);
    err_hex(" epc1=", epc);
    err_hex(" excvaddr=", vaddr);
    err_str("\n");
    sh_console_flush();
    sh_exit(128 + (int)(cause & 0x7f));
}

int port_file_open(const char *path) {
    int fd = sh_open(path, SH_O_RDONLY, 0);
    return fd >= 0 ? fd : -2; // -ENOENT
}

int port_file_read(int fd, void *buf, size_t n) {
    long r = sh_read(fd, buf, n);
    return r >= 0 ? (int)r : -5; // -EIO
}

// Semihosting's open: read-only, or write (created, truncated or
// appended); no read-write, no exclusive create.
int port_file_open_mode(const char *path, char kind, bool plus) {
    if (plus || kind == 'x') {
        return -95; // -EOPNOTSUPP
    }
    int flags = kind == 'r' ? SH_O_RDONLY
        : kind == 'a' ? SH_O_WRONLY | SH_O_CREAT | SH_O_APPEND
        : SH_O_WRONLY | SH_O_CREAT | 01000; // O_TRUNC
    int fd = sh_open(path, flags, 0644);
    return fd >= 0 ? fd : -2; // -ENOENT
}

int port_file_write(int fd, const void *buf, size_t n) {
    long r = sh_write(fd, buf, n);
    return r >= 0 ? (int)r : -5; // -EIO
}

void port_file_close(int fd) {
    sh_close(fd);
}

// Semihosting has no stat: a path that opens is a file, a directory opens
// too (O_RDONLY) but reads fail with EISDIR.
int port_stat(const char *path) {
    int fd = sh_open(path, SH_O_RDONLY, 0);
    if (fd < 0) {
        return 0;
    }
    char c;
    long r = sh_read(fd, &c, 1);
    sh_close(fd);
    return r < 0 ? 2 : 1;
}

// No line editor here: input() reads port_read_char.
int port_read_line(struct es_vstr *v) {
    (void)v;
    return -1;
}

int port_read_char(void) {
    int q = es_dupterm_rx(); // queued by os.dupterm_notify()
    if (q >= 0) {
        return q;
    }
    unsigned char c;
    sh_console_flush();
    return sh_read(0, &c, 1) == 1 ? c : -1;
}

// --- the C stack: crt0.S paints [__stack_bottom, __stack - 64) with 0xA5.
size_t lx106_stack_used(void) {
    const uint32_t *p = (const uint32_t *)__stack_bottom;
    while ((const char *)p < __stack && *p == 0xA5A5A5A5u) {
        p++;
    }
    return (size_t)((const char *)__stack - (const char *)p);
}

// --- picolibc's system layer
void _exit(int code) {
    sh_console_flush();
    sh_exit(code);
}

pid_t getpid(void) {
    return 1;
}

int kill(pid_t pid, int sig) {
    (void)pid;
    _exit(128 + sig);
}

// --- time: the CPU cycle counter (80 MHz) extended to 64 bits; the wall
// clock counts from 2000-01-01 at boot (semihosting has no clock).

#define CPU_MHZ 80

uint64_t port_time_us(void) {
    static uint32_t last;
    static uint64_t high; // cycles of the completed 2^32 wraps
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    if (c < last) {
        high += (uint64_t)1 << 32;
    }
    last = c;
    return (high + c) / CPU_MHZ;
}

int64_t port_time_ns(void) {
    return (int64_t)port_time_us() * 1000;
}

void port_sleep_us(uint64_t us) {
    uint64_t end = port_time_us() + us;
    while (port_time_us() < end) {
    }
}

#define TIMER0_INT 6 // the lx106's CCOMPARE0 interrupt

// Idle up to [us], at most a second at a time (port_time_us must see
// CCOUNT more often than it wraps): CCOMPARE0 is set at the deadline and
// the CPU waits (waiti) for its interrupt, which crt0.S's vector takes and
// dismisses. Interrupts are masked from before the timer is armed until
// waiti unmasks them, so the interrupt cannot come before the wait.
static void lx106_idle_us(uint64_t us) {
    if (us < 100) {
        return; // too close to arm the timer safely: the caller spins
    }
    uint32_t c, ps;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    uint32_t target = c + (uint32_t)((us > 1000000 ? 1000000 : us) * CPU_MHZ);
    __asm__ volatile("rsil %0, 1\n\t"
                     "wsr %1, ccompare0\n\t"
                     "wsr %2, intenable\n\t"
                     "rsync\n\t"
                     "waiti 0"
                     : "=&r"(ps) : "r"(target), "r"(1u << TIMER0_INT)
                     : "memory");
}

// Semihosting's console and files never make a caller wait for long: they
// are always ready. Nothing ready: the CPU idles until the deadline.
int port_wait(es_pollfd_t *fds, size_t n, int64_t timeout_us) {
    int ready = 0;
    for (size_t i = 0; i < n; i++) {
        fds[i].revents = (int16_t)(fds[i].fd < 0 ? ES_POLL_NVAL
            : fds[i].events & (ES_POLL_IN | ES_POLL_OUT));
        ready += fds[i].revents != 0;
    }
    if (ready != 0 || timeout_us == 0) {
        return ready;
    }
    sh_console_flush();
    uint64_t now = port_time_us();
    uint64_t end = timeout_us < 0 ? UINT64_MAX : now + (uint64_t)timeout_us;
    while (!es_g.pending && now < end) {
        lx106_idle_us(end - now);
        now = port_time_us();
    }
    return 0;
}

// --- directories: semihosting has none of these but seek.

int64_t port_file_seek(int fd, int64_t off, int whence) {
    long r = sh_lseek(fd, (long)off, whence);
    return r >= 0 ? r : -22; // -EINVAL
}

int port_stat_info(const char *path, port_stat_info_t *st) {
    int kind = port_stat(path);
    if (kind == 0) {
        return -2; // -ENOENT
    }
    st->mode = kind == 2 ? 0x4000 : 0x8000;
    st->size = 0;
    st->mtime = 0;
    if (kind == 1) {
        int fd = sh_open(path, SH_O_RDONLY, 0);
        long end = sh_lseek(fd, 0, 2);
        st->size = end > 0 ? (uint64_t)end : 0;
        sh_close(fd);
    }
    return 0;
}

void *port_dir_open(const char *path, int *err) {
    (void)path;
    *err = -38; // -ENOSYS
    return NULL;
}

int port_dir_next(void *dir, const char **name, bool *is_dir) {
    (void)dir;
    (void)name;
    (void)is_dir;
    return 0;
}

void port_dir_close(void *dir) {
    (void)dir;
}

int port_fs_change(char op, const char *a, const char *b) {
    (void)op;
    (void)a;
    (void)b;
    return -38;
}

int port_getcwd(char *buf, size_t n) {
    if (n < 2) {
        return -34; // -ERANGE
    }
    buf[0] = '/';
    buf[1] = '\0';
    return 0;
}

int port_statvfs(const char *path, uint64_t out[10]) {
    (void)path;
    (void)out;
    return -38;
}

// No random generator under QEMU: splitmix32 steps over the cycle counter
// (the chip's port reads its hardware generator instead).
void port_random(void *buf, size_t n) {
    static uint32_t state;
    uint8_t *p = buf;
    for (size_t i = 0; i < n; i++) {
        uint32_t c;
        __asm__ volatile("rsr %0, ccount" : "=r"(c));
        uint32_t z = (state += 0x9e3779b9u ^ c);
        z = (z ^ (z >> 16)) * 0x85ebca6bu;
        z = (z ^ (z >> 13)) * 0xc2b2ae35u;
        p[i] = (uint8_t)(z ^ (z >> 16));
    }
}
