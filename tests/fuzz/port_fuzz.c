// SPDX-License-Identifier: MIT
// core/port.h for the fuzz targets: a sealed machine. Output is dropped,
// there are no files (imports find nothing, open() fails with EACCES),
// input is at its end, time is a counter that sleeps never wait on, and
// port_poll spends an execution budget: once it is spent, every poll
// raises, so no program runs forever (tests/fuzz/README.md).
#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "exc.h"
#include "hal/flash.h"
#include "port.h"
#include "state.h"
#include "port_fuzz.h"

static unsigned long budget;
static uint64_t clock_us;
static struct timespec started;

// A run's wall-clock bound, well under tools/fuzz.sh's 30 s timeout: the
// poll budget bounds the number of steps, but a step may be slow (a
// string operation over the whole heap under ASan), and a slow machine or
// a loaded one stretches them; what escapes both is a C loop that never
// polls, the hang the timeout is there to find.
#define RUN_SECONDS 5

void fuzz_port_reset(unsigned long polls) {
    budget = polls;
    clock_us = 0;
    clock_gettime(CLOCK_MONOTONIC, &started);
}

static bool out_of_time(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec - started.tv_sec > RUN_SECONDS;
}

void port_write(int fd, const char *s, size_t n) {
    (void)fd;
    (void)s;
    (void)n;
}

void port_flush(void) {
}

void port_fatal(const char *msg) {
    (void)msg;
    abort(); // an internal error is a finding
}

void port_gc_mark_roots(void) {
}

// Each poll costs one unit; a spent budget (or run time: every 256th poll
// looks at the clock) raises at every later poll (backward jump, call,
// C-level iteration), and keeps es_g.pending set so the next one comes.
void port_poll(void) {
    if (budget % 256 == 0 && budget > 0 && out_of_time()) {
        budget = 0;
    }
    if (budget > 0) {
        budget--;
        es_g.pending = 1;
        return;
    }
    es_g.pending = 1;
    es_raise_msg(&es_type_RuntimeError, "fuzz: execution budget spent");
}

int port_file_open(const char *path) {
    (void)path;
    return -ENOENT;
}

int port_file_read(int fd, void *buf, size_t n) {
    (void)fd;
    (void)buf;
    (void)n;
    return -EBADF;
}

void port_file_close(int fd) {
    (void)fd;
}

int port_file_open_mode(const char *path, char kind, bool plus) {
    (void)path;
    (void)kind;
    (void)plus;
    return -EACCES;
}

int port_file_write(int fd, const void *buf, size_t n) {
    (void)fd;
    (void)buf;
    (void)n;
    return -EBADF;
}

int port_stat(const char *path) {
    (void)path;
    return 0;
}

// No line editor here: input() reads port_read_char.
int port_read_line(struct es_vstr *v) {
    (void)v;
    return -1;
}

int port_read_char(void) {
    return -1;
}

uint64_t port_time_us(void) {
    return clock_us += 10;
}

int64_t port_time_ns(void) {
    return (int64_t)port_time_us() * 1000;
}

void port_sleep_us(uint64_t us) {
    clock_us += us;
}

// Deterministic, so a finding replays.
void port_random(void *buf, size_t n) {
    uint8_t *p = buf;
    for (size_t i = 0; i < n; i++) {
        p[i] = (uint8_t)(i * 151 + 7);
    }
}

// Directories and flash: none (the sealed port has no files).
int64_t port_file_seek(int fd, int64_t off, int whence) {
    (void)fd;
    (void)off;
    (void)whence;
    return -EBADF;
}

int port_stat_info(const char *path, port_stat_info_t *st) {
    (void)path;
    (void)st;
    return -ENOENT;
}

void *port_dir_open(const char *path, int *err) {
    (void)path;
    *err = -ENOENT;
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
    return -EACCES;
}

int port_getcwd(char *buf, size_t n) {
    (void)n;
    buf[0] = '/';
    buf[1] = '\0';
    return 0;
}

int port_statvfs(const char *path, uint64_t out[10]) {
    (void)path;
    (void)out;
    return -ENOSYS;
}

uint32_t hal_flash_size(void) {
    return 0;
}

uint32_t hal_flash_id(void) {
    return 0;
}

int hal_flash_read(uint32_t addr, void *buf, size_t n) {
    (void)addr;
    (void)buf;
    (void)n;
    return -EINVAL;
}

int hal_flash_write(uint32_t addr, const void *buf, size_t n) {
    (void)addr;
    (void)buf;
    (void)n;
    return -EINVAL;
}

int hal_flash_erase(uint32_t sector) {
    (void)sector;
    return -EINVAL;
}

// No environment: every program sees the same.
const char *port_getenv(const char *name) {
    (void)name;
    return NULL;
}

// Nothing is ever ready but the console and files; a wait only moves the
// clock on, and one without limit counts as a pending event (the budget
// ends it).
int port_wait(es_pollfd_t *fds, size_t n, int64_t timeout_us) {
    int ready = 0;
    for (size_t i = 0; i < n; i++) {
        fds[i].revents = (int16_t)(fds[i].events & (ES_POLL_IN | ES_POLL_OUT));
        ready += fds[i].revents != 0;
    }
    if (ready == 0 && timeout_us > 0) {
        clock_us += (uint64_t)timeout_us;
    }
    if (ready == 0 && timeout_us < 0) {
        es_g.pending = 1;
    }
    return ready;
}
