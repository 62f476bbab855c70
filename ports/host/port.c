// SPDX-License-Identifier: MIT
// The host port's side of core/port.h: console output through stdio (stdout
// buffered, flushed before stderr output, input and exit), files through
// POSIX calls, and fatal errors.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <string.h>
#include <sys/random.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "hal/rtc.h"
#include "hal/uart.h"
#include "port.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/reset.h"
#include "console/repl.h"
#include "console/term.h"
#include "os_dupterm.h"
#include "runtime.h"
#include "state.h"
#include "uart0.h"

// On the console (uart0.h) output goes to UART0 and os.dupterm's streams
// (console/term.h): all of it, each LF sent as CRLF unless ES_FD_RAW, in
// board mode; stdout only in plain mode. Without the console, stdout also
// goes to os.dupterm's streams.
void port_write(int fd, const char *s, size_t n) {
    bool raw = (fd & ES_FD_RAW) != 0;
    fd &= ~ES_FD_RAW;
    if (uart0_active() && (uart0_board() || fd == 1)) {
        if (uart0_board() && !raw) {
            es_console_write_cooked(s, n);
        } else {
            es_term_tx(s, n);
        }
        return;
    }
    if (fd == 2) {
        fflush(stdout);
        fwrite(s, 1, n, stderr);
        fflush(stderr);
    } else {
        fwrite(s, 1, n, stdout);
        es_dupterm_tx(s, n);
    }
}

void port_flush(void) {
    fflush(stdout);
}

void port_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "espy: fatal error: %s\n", msg);
    exit(2);
}

void port_gc_mark_roots(void) {
}

// Board mode: input() reads with the console's line editor.
int port_read_line(struct es_vstr *v) {
    return uart0_active() && uart0_board() ? es_console_input(v) : -1;
}

// On the virtual board with its own clock each poll moves the time on
// (sim/clock.h), and the VM is kept polling (es_g.pending stays set);
// the console's input is then looked at every 256th poll.
void port_poll(void) {
    static unsigned polls;
    if (sim_board_on()) {
        if (sim_clock_virtual()) {
            es_g.pending = 1; // also for handlers the poll's events run
        }
        sim_clock_poll();
        if (sim_clock_virtual()) {
            if (polls++ % 256 != 0) {
                return;
            }
        }
    }
    if (uart0_active()) {
        uart0_poll();
    }
}

int port_file_open(const char *path) {
    int fd;
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -errno;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

// A read or write that a signal cut short is tried again, unless the
// signal was Ctrl-C: then the KeyboardInterrupt it made pending is raised
// (a read of a pipe or terminal that gets no input waited for ever).
static bool retry(ssize_t r) {
    if (r >= 0 || errno != EINTR) {
        return false;
    }
    if (es_g.pending_exc != ES_NULL) {
        es_pending_poll(false);
    }
    return true;
}

int port_file_read(int fd, void *buf, size_t n) {
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (retry(r));
    return r < 0 ? -errno : (int)r;
}

int port_file_open_mode(const char *path, char kind, bool plus) {
    int flags = kind == 'r' ? O_RDONLY
        : kind == 'w' ? O_WRONLY | O_CREAT | O_TRUNC
        : kind == 'a' ? O_WRONLY | O_CREAT | O_APPEND
        : O_WRONLY | O_CREAT | O_EXCL;
    if (plus) {
        flags = (flags & ~(O_RDONLY | O_WRONLY)) | O_RDWR;
    }
    int fd;
    do {
        fd = open(path, flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -errno;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

int port_file_write(int fd, const void *buf, size_t n) {
    ssize_t r;
    do {
        r = write(fd, buf, n);
    } while (retry(r));
    return r < 0 ? -errno : (int)r;
}

void port_file_close(int fd) {
    close(fd);
}

int port_stat(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

int port_read_char(void) {
    if (uart0_active()) {
        return es_term_rx();
    }
    int q = es_dupterm_rx(); // queued by os.dupterm_notify()
    if (q >= 0) {
        return q;
    }
    fflush(stdout);
    int c = getchar();
    if (c == EOF) {
        clearerr(stdin); // a Ctrl-C (EINTR) must not end input for good
        return -1;
    }
    return c;
}

// --- time

// On the board: since the chip last started (a reset restarts it).
uint64_t port_time_us(void) {
    if (sim_board_on()) {
        return (sim_now_ns() - sim_reset_start_ns()) / 1000u;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

// Seconds from 1970-01-01 to 2000-01-01.
#define EPOCH_2000 946684800

// On the board: the RTC's time of day (machine.RTC), from 2000-01-01 at
// power-on, as the reference's time.time().
int64_t port_time_ns(void) {
    if (sim_board_on()) {
        return hal_rtc_now_us() * 1000;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ((int64_t)ts.tv_sec - EPOCH_2000) * 1000000000 + ts.tv_nsec;
}

// Sleeps in slices of at most 10 ms so a pending Ctrl-C ends the wait
// (other console input that woke the poll does not).
static bool sleep_ends(void) {
    if (es_g.pending && uart0_active()) {
        uart0_poll();
        if (es_g.pending_exc == ES_NULL && es_g.sched_len == 0) {
            es_g.pending = 0;
        }
    }
    return es_g.pending;
}

// The board's sleep: its time moves to the end through the events on the
// way; scheduled callbacks (pin interrupts) run meanwhile, as on the chip.
// UART0's input is read on the way (Ctrl-C ends the sleep): every 10 ms
// on the real clock, every 256th event on the virtual one (as port_poll).
static void board_sleep(uint64_t us) {
    uint64_t end = sim_now_ns() + us * 1000u;
    for (unsigned steps = 0; sim_now_ns() < end; steps++) {
        uint64_t now = sim_now_ns(), next = sim_next_event();
        uint64_t until = next > now && next < end ? next : end;
        if (!sim_clock_virtual() && until - now > 10000000u) {
            until = now + 10000000u;
        }
        sim_advance(until - now);
        if (uart0_active() && (!sim_clock_virtual() || steps % 256 == 0)) {
            uart0_poll();
        }
        if (es_g.sched_len != 0 || es_g.pending_exc != ES_NULL) {
            es_pending_poll(true);
        }
    }
}

void port_sleep_us(uint64_t us) {
    if (sim_board_on()) {
        board_sleep(us);
        return;
    }
    uint64_t end = port_time_us() + us;
    for (uint64_t now = port_time_us(); now < end && !sleep_ends();
         now = port_time_us()) {
        uint64_t left = end - now > 10000 ? 10000 : end - now;
        struct timespec ts = {0, (long)left * 1000};
        nanosleep(&ts, NULL);
    }
}

// es_pollfd_t is struct pollfd with the same bits: passed through.
_Static_assert(sizeof(es_pollfd_t) == sizeof(struct pollfd)
    && ES_POLL_IN == POLLIN && ES_POLL_OUT == POLLOUT && ES_POLL_ERR == POLLERR
    && ES_POLL_HUP == POLLHUP && ES_POLL_NVAL == POLLNVAL, "pollfd layout");

// poll(2) in slices of at most 10 ms (as port_sleep_us) so an event that
// sets es_g.pending without a signal still ends the wait; stdout is
// flushed first, so what was printed shows while the program waits.
static int wait_fds(es_pollfd_t *fds, size_t n, int64_t timeout_us) {
    if (timeout_us != 0) {
        fflush(stdout);
    }
    if (sim_clock_virtual()) { // the board's time moves, not the host's
        int r = poll((struct pollfd *)fds, (nfds_t)n, 0);
        if (r != 0) {
            return r < 0 ? -errno : r;
        }
        board_sleep(timeout_us < 0 || timeout_us > 1000 ? 1000
            : (uint64_t)timeout_us);
        return 0;
    }
    uint64_t now = port_time_us();
    uint64_t end = timeout_us < 0 ? UINT64_MAX : now + (uint64_t)timeout_us;
    for (;;) {
        uint64_t left = end - now;
        int ms = left >= 10000 ? 10 : (int)((left + 999) / 1000);
        int r = poll((struct pollfd *)fds, (nfds_t)n, es_g.pending ? 0 : ms);
        if (r < 0 && errno != EINTR) {
            return -errno;
        }
        if (r > 0) {
            return r;
        }
        for (size_t i = 0; i < n; i++) {
            fds[i].revents = 0;
        }
        now = port_time_us();
        if (es_g.pending || now >= end) {
            return 0;
        }
    }
}

// Board mode: handles 0, 1 and 2 are UART0 (its receive ring, and its
// sending side, always ready), not the process's stdin and stdout. They
// are answered here and hidden from poll(2) (fd -1 - fd, which poll skips)
// while the host's handles are polled in slices of 2 ms, so a byte on the
// UART ends the wait within a slice.
static int console_wait(es_pollfd_t *fds, size_t n, int64_t timeout_us) {
    uint64_t end = timeout_us < 0 ? UINT64_MAX
        : port_time_us() + (uint64_t)timeout_us;
    for (;;) {
        int ready = 0;
        for (size_t i = 0; i < n; i++) {
            int fd = fds[i].fd;
            if (fd < 0 || fd > 2) {
                continue;
            }
            int16_t r = fd == 0 ? (hal_uart0_rx_any() || es_dupterm_rx_any()
                ? ES_POLL_IN : 0)
                : ES_POLL_OUT;
            fds[i].fd = -1 - fd;
            fds[i].revents = r & fds[i].events;
            ready += fds[i].revents != 0;
        }
        uint64_t now = port_time_us();
        int64_t slice = ready != 0 || now >= end ? 0
            : end - now < 2000 ? (int64_t)(end - now) : 2000;
        int16_t kept[3] = {0, 0, 0};
        for (size_t i = 0; i < n; i++) {
            if (fds[i].fd < 0 && fds[i].fd >= -3) {
                kept[-1 - fds[i].fd] |= fds[i].revents;
            }
        }
        int r = wait_fds(fds, n, slice);
        for (size_t i = 0; i < n; i++) {
            if (fds[i].fd < 0 && fds[i].fd >= -3) {
                fds[i].fd = -1 - fds[i].fd;
                fds[i].revents = kept[fds[i].fd] & fds[i].events;
            }
        }
        if (r < 0) {
            return r;
        }
        if (r + ready != 0 || es_g.pending || port_time_us() >= end) {
            return r + ready;
        }
    }
}

int port_wait(es_pollfd_t *fds, size_t n, int64_t timeout_us) {
    if (uart0_active() && uart0_board()) {
        return console_wait(fds, n, timeout_us);
    }
    return wait_fds(fds, n, timeout_us);
}

// --- host directories (VfsPosix)

int64_t port_file_seek(int fd, int64_t off, int whence) {
    off_t r = lseek(fd, (off_t)off, whence);
    return r < 0 ? -errno : (int64_t)r;
}

int port_stat_info(const char *path, port_stat_info_t *info) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return -errno;
    }
    info->mode = (uint32_t)st.st_mode;
    info->size = (uint64_t)st.st_size;
    info->mtime = (int64_t)st.st_mtime;
    return 0;
}

void *port_dir_open(const char *path, int *err) {
    DIR *d = opendir(path);
    *err = d == NULL ? -errno : 0;
    return d;
}

int port_dir_next(void *dir, const char **name, bool *is_dir) {
    struct dirent *e;
    do {
        errno = 0;
        e = readdir(dir);
        if (e == NULL) {
            return errno ? -errno : 0;
        }
    } while (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0);
    *name = e->d_name;
    *is_dir = e->d_type == DT_DIR;
    return 1;
}

void port_dir_close(void *dir) {
    closedir(dir);
}

int port_fs_change(char op, const char *a, const char *b) {
    int r = op == 'm' ? mkdir(a, 0777)
        : op == 'r' ? rmdir(a)
        : op == 'u' ? unlink(a)
        : op == 'n' ? rename(a, b)
        : chdir(a);
    return r != 0 ? -errno : 0;
}

int port_getcwd(char *buf, size_t n) {
    return getcwd(buf, n) == NULL ? -errno : 0;
}

int port_statvfs(const char *path, uint64_t out[10]) {
    struct statvfs st;
    if (statvfs(path, &st) != 0) {
        return -errno;
    }
    uint64_t v[10] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree,
        st.f_bavail, st.f_files, st.f_ffree, st.f_favail, st.f_flag,
        st.f_namemax};
    memcpy(out, v, sizeof(v));
    return 0;
}

// getrandom(2) from the kernel's pool; a short read is retried.
void port_random(void *buf, size_t n) {
    uint8_t *p = buf;
    while (n > 0) {
        ssize_t r = getrandom(p, n, 0);
        if (r > 0) {
            p += r;
            n -= (size_t)r;
        }
    }
}

const char *port_getenv(const char *name) {
    return getenv(name);
}
