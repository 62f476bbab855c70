// SPDX-License-Identifier: MIT
// QEMU xtensa semihosting calls (simcall: number in a2, arguments in
// a3..a5, result in a2, host errno in a3), the buffered console on top of
// them, and the few POSIX calls and stdio streams picolibc (tinystdio)
// expects from the system.
#include <stdio.h>
#include <string.h>

#include "semihost.h"

enum {
    SYS_EXIT = 1, SYS_READ = 3, SYS_WRITE = 4, SYS_OPEN = 5, SYS_CLOSE = 6,
    SYS_LSEEK = 19, SYS_ARGC = 1000, SYS_ARGV_SZ = 1001, SYS_ARGV = 1002,
};

static long simcall(long nr, long a, long b, long c) {
    register long a2 __asm__("a2") = nr;
    register long a3 __asm__("a3") = a;
    register long a4 __asm__("a4") = b;
    register long a5 __asm__("a5") = c;
    __asm__ volatile("simcall"
                     : "+r"(a2), "+r"(a3)
                     : "r"(a4), "r"(a5)
                     : "memory");
    return a2;
}

long sh_write(int fd, const void *buf, size_t n) {
    return simcall(SYS_WRITE, fd, (long)buf, (long)n);
}

long sh_read(int fd, void *buf, size_t n) {
    return simcall(SYS_READ, fd, (long)buf, (long)n);
}

int sh_open(const char *path, int flags, int mode) {
    return (int)simcall(SYS_OPEN, (long)path, flags, mode);
}

int sh_close(int fd) {
    return (int)simcall(SYS_CLOSE, fd, 0, 0);
}

long sh_lseek(int fd, long off, int whence) {
    return simcall(SYS_LSEEK, fd, off, whence);
}

void sh_exit(int code) {
    simcall(SYS_EXIT, code, 0, 0);
    for (;;) {
    }
}

int sh_argc(void) {
    return (int)simcall(SYS_ARGC, 0, 0, 0);
}

size_t sh_argv_size(void) {
    return (size_t)simcall(SYS_ARGV_SZ, 0, 0, 0);
}

char **sh_argv(void *buf) {
    simcall(SYS_ARGV, (long)buf, 0, 0);
    return buf;
}

// --- console
static struct {
    size_t len;
    char buf[128];
} out;

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        long r = sh_write(fd, s, n);
        if (r <= 0) {
            return; // host closed the stream: drop the output
        }
        s += r;
        n -= (size_t)r;
    }
}

void sh_console_flush(void) {
    write_all(1, out.buf, out.len);
    out.len = 0;
}

void sh_console_write(int fd, const char *s, size_t n) {
    if (fd != 1) {
        sh_console_flush();
        write_all(fd, s, n);
        return;
    }
    while (n > 0) {
        size_t k = sizeof(out.buf) - out.len;
        k = k < n ? k : n;
        memcpy(out.buf + out.len, s, k);
        out.len += k;
        if (out.len == sizeof(out.buf) || memchr(s, '\n', k)) {
            sh_console_flush();
        }
        s += k;
        n -= k;
    }
}

// --- what picolibc needs from the system
static int put1(char c, FILE *f) {
    (void)f;
    sh_console_write(1, &c, 1);
    return (unsigned char)c;
}

static int put2(char c, FILE *f) {
    (void)f;
    sh_console_write(2, &c, 1);
    return (unsigned char)c;
}

static int get0(FILE *f) {
    (void)f;
    unsigned char c;
    sh_console_flush();
    return sh_read(0, &c, 1) == 1 ? c : EOF;
}

static int flush1(FILE *f) {
    (void)f;
    sh_console_flush();
    return 0;
}

static FILE f_in = FDEV_SETUP_STREAM(NULL, get0, NULL, _FDEV_SETUP_READ);
static FILE f_out = FDEV_SETUP_STREAM(put1, NULL, flush1, _FDEV_SETUP_WRITE);
static FILE f_err = FDEV_SETUP_STREAM(put2, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdin = &f_in;
FILE *const stdout = &f_out;
FILE *const stderr = &f_err;
