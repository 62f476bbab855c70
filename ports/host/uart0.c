// SPDX-License-Identifier: MIT
// UART0 on the host (uart0.h, hal/uart.h). Received bytes go through a
// 256-byte ring as on the chip; the interrupt character is caught when a
// byte is taken from the file descriptor, never queued. While Python code
// runs, SIGIO (O_ASYNC on the input) only sets es_g.pending, and the VM's
// next poll (port_poll) takes the bytes, so a Ctrl-C stops
// `while True: pass`. A pseudo-terminal keeps its own slave end open, so
// a client that closes it leaves the master readable and the next one
// finds the board as it was, as on a serial port; output nobody reads is
// dropped after a while instead of blocking the board.
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include "exc.h"
#include "hal/uart.h"
#include "state.h"
#include "uart0.h"
#include "sim/board.h"
#include "sim/clock.h"

#define RING 256            // the reference's receive ring
#define QUIT_CHAR 0x1d      // Ctrl-]: leave board mode on a terminal
#define TX_WAIT_MS 2000     // a full output queue: wait, then drop

enum { STDIO, PTY, TCP };

static struct {
    int kind;
    bool active;          // opened
    int in, out;          // -1: no TCP client now
    int listen;           // TCP: the listening socket
    int slave;            // PTY: our own open slave end
    bool board;
    bool tty;             // stdio on a terminal
    bool raw;             // the terminal is in raw mode now
    bool restore;         // orig holds modes to restore
    bool ended;           // end of input, or Ctrl-] typed
    bool dropping;        // output is dropped (nobody reads it)
    bool running;         // the console has handed the line to Python
                          // code (it set an interrupt character)
    int in_flags;         // stdin's file status flags before O_ASYNC
    struct termios orig;
    uint8_t ring[RING];
    unsigned head, tail;  // free-running; head - tail bytes queued
} u = {.in = -1, .out = -1, .listen = -1, .slave = -1};

// --- the terminal's modes

static void term_set(bool raw) {
    if (!u.tty || u.raw == raw) {
        return;
    }
    struct termios t = u.orig;
    if (raw) {
        t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR
            | IGNCR | ICRNL | IXON);
        t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
        t.c_cflag |= CS8;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        if (u.board) {
            t.c_oflag &= ~(tcflag_t)OPOST; // the bytes as the UART sends them
        }
    }
    tcsetattr(0, TCSADRAIN, &t);
    u.raw = raw;
}

void uart0_close(void) {
    if (u.restore) {
        tcsetattr(0, TCSADRAIN, &u.orig);
        fcntl(0, F_SETFL, u.in_flags);
        u.raw = false;
    }
}

// A fatal or terminating signal: the terminal back as it was, then the
// signal's own action.
static void on_fatal(int sig) {
    uart0_close();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_sigio(int sig) {
    (void)sig;
    es_g.pending = 1;
}

static void set_handlers(void) {
    static const int fatal[] = {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT,
        SIGBUS, SIGFPE, SIGILL};
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    if (u.tty) {
        sa.sa_handler = on_fatal;
        for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
            sigaction(fatal[i], &sa, NULL);
        }
        atexit(uart0_close);
    }
    sa.sa_handler = on_sigio;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGIO, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

// Deliver SIGIO when input arrives on [fd].
static void async_input(int fd) {
    fcntl(fd, F_SETOWN, getpid());
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_ASYNC);
}

// --- the transports

static bool open_stdio(void) {
    u.in = 0;
    u.out = 1;
    u.tty = isatty(0) && tcgetattr(0, &u.orig) == 0;
    if (u.tty) {
        u.in_flags = fcntl(0, F_GETFL);
        u.restore = true;
    }
    return true;
}

static bool open_pty(void) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0) {
        perror("espy: pseudo-terminal");
        return false;
    }
    const char *name = ptsname(m);
    u.slave = name != NULL ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (u.slave < 0) {
        perror("espy: pseudo-terminal");
        return false;
    }
    struct termios t;
    if (tcgetattr(u.slave, &t) == 0) { // raw until a client sets its own
        cfmakeraw(&t);
        tcsetattr(u.slave, TCSANOW, &t);
    }
    fcntl(m, F_SETFL, fcntl(m, F_GETFL) | O_NONBLOCK);
    u.in = u.out = m;
    fprintf(stderr, "UART0: %s\n", name);
    return true;
}

static bool open_tcp(const char *port_text) {
    char *end;
    long port = strtol(port_text, &end, 10);
    if (*port_text == '\0' || *end != '\0' || port <= 0 || port > 65535) {
        fprintf(stderr, "espy: bad TCP port '%s'\n", port_text);
        return false;
    }
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) != 0
        || listen(s, 1) != 0) {
        perror("espy: TCP");
        return false;
    }
    u.listen = s;
    fprintf(stderr, "UART0: tcp:127.0.0.1:%ld\n", port);
    return true;
}

bool uart0_open(const char *spec, bool board) {
    u.board = board;
    bool ok;
    if (strcmp(spec, "stdio") == 0) {
        u.kind = STDIO;
        ok = open_stdio();
    } else if (strcmp(spec, "pty") == 0) {
        u.kind = PTY;
        ok = open_pty();
    } else if (strncmp(spec, "tcp:", 4) == 0) {
        u.kind = TCP;
        ok = open_tcp(spec + 4);
    } else {
        fprintf(stderr, "espy: --uart0 takes pty, tcp:PORT or stdio\n");
        return false;
    }
    if (ok) {
        u.active = true;
        set_handlers();
        if (u.in >= 0 && (board || !u.tty)) {
            async_input(u.in);
        }
        term_set(true);
        if (board && u.tty) {
            fprintf(stderr, "espy: board mode on this terminal; Ctrl-] quits\r\n");
        }
    }
    return ok;
}

bool uart0_active(void) {
    return u.active;
}

bool uart0_board(void) {
    return u.board;
}

bool uart0_ended(void) {
    return u.ended;
}

// The TCP client went away: wait for the next one.
static void drop_client(void) {
    if (u.kind == TCP && u.in >= 0) {
        close(u.in);
        u.in = u.out = -1;
    } else if (u.kind == STDIO) {
        u.ended = true;
    }
}

static void accept_client(void) {
    int c = accept4(u.listen, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (c >= 0) {
        u.in = u.out = c;
        u.dropping = false;
        async_input(c);
    }
}

// --- receiving
//
// Bytes move from the file descriptor to the ring only here (fill, from
// hal_uart0_rx, hal_uart0_rx_any and port_poll), never in a signal
// handler, so the ring needs no locking: SIGIO only asks for a poll.

// The interrupt character in force, -1 when none: es_g.intr_char, the
// one variable that the console (hal_uart0_set_interrupt_char: Ctrl-C
// while code runs, none while it reads) and micropython.kbd_intr (mpremote's
// mount sends binary data with kbd_intr(-1)) both set, as the reference's
// mp_interrupt_char.
static int intr_char(void) {
    return es_g.intr_char;
}

// One byte from the line: the interrupt character and Ctrl-] act at once,
// others wait in the ring (dropped when it is full, as on the chip).
static void take(uint8_t c) {
    if (intr_char() >= 0 && c == intr_char()) {
        es_g.pending_exc = (es_val_t)&es_type_KeyboardInterrupt;
        es_g.pending = 1;
    } else if (c == QUIT_CHAR && u.board && u.tty) {
        u.ended = true;
        if (u.running) { // stop the running program too
            es_g.pending_exc = (es_val_t)&es_type_SystemExit;
            es_g.pending = 1;
        }
    } else if (u.head - u.tail < RING) {
        u.ring[u.head++ % RING] = c;
    }
}

// Take what has arrived, without waiting. While code runs (an interrupt
// character is set) bytes are read even with the ring full, so that a
// Ctrl-C behind them is seen; otherwise only what the ring can hold.
static void fill(void) {
    while (u.in >= 0 && !u.ended) {
        size_t room = RING - (u.head - u.tail);
        if (room == 0 && intr_char() < 0) {
            return;
        }
        struct pollfd p = {u.in, POLLIN, 0};
        if (poll(&p, 1, 0) <= 0) {
            return;
        }
        uint8_t buf[RING];
        ssize_t n = read(u.in, buf, room != 0 ? room : sizeof(buf));
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            return;
        }
        if (n <= 0) {
            drop_client();
            return;
        }
        for (ssize_t i = 0; i < n; i++) {
            take(buf[i]);
        }
    }
}

void uart0_poll(void) {
    fill();
}

void uart0_feed(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        take((uint8_t)s[i]);
    }
}

// Wait until the input (or the TCP listener) has something. On the board
// with the real clock its events (timers, the watchdog, parts) fall due
// meanwhile, as on the chip while the REPL waits: the wait ends at the
// next one (at most 1 s) and runs those due.
static void wait_input(void) {
    struct pollfd p = {u.in >= 0 ? u.in : u.listen, POLLIN, 0};
    int ms = -1;
    if (sim_clock_running() && !sim_clock_virtual()) {
        uint64_t now = sim_now_ns(), next = sim_next_event();
        ms = next <= now ? 0 : next - now >= 1000000000u ? 1000
            : (int)((next - now + 999999) / 1000000);
    }
    if (poll(&p, 1, ms) > 0 && u.in < 0) {
        accept_client();
    }
    if (ms >= 0) {
        sim_clock_poll();
    }
}

// Is a Ctrl-C pending for the code that is waiting here?
static bool interrupted(void) {
    return u.running && es_g.pending_exc != ES_NULL;
}

int hal_uart0_rx(void) {
    for (;;) {
        if (u.head != u.tail) {
            return u.ring[u.tail++ % RING];
        }
        if (u.ended || interrupted()) {
            return -1;
        }
        fill();
        if (u.head == u.tail && !u.ended && !interrupted()) {
            wait_input();
        }
    }
}

bool hal_uart0_rx_any(void) {
    fill();
    return u.head != u.tail;
}

void hal_uart0_set_interrupt_char(int c) {
    es_g.intr_char = c;
    u.running = c >= 0;
    if (!u.board) {
        term_set(c < 0); // plain mode: the terminal's own modes while code runs
    }
}

// --- sending
//
// A write that would block waits up to TX_WAIT_MS for the reader (a
// serial port's sender waits for the line); when nobody reads, output is
// dropped from then on without waiting until a write gets through again,
// so a board without a client keeps running at full speed.

static void tx_bytes(const char *s, size_t n) {
    while (n > 0 && u.out >= 0) {
        ssize_t w = write(u.out, s, n);
        if (w > 0) {
            s += w;
            n -= (size_t)w;
            u.dropping = false;
        } else if (w < 0 && errno == EINTR) {
            continue;
        } else if (w < 0 && errno == EAGAIN && !u.dropping) {
            struct pollfd p = {u.out, POLLOUT, 0};
            if (poll(&p, 1, TX_WAIT_MS) == 0) {
                u.dropping = true;
            }
        } else {
            if (w < 0 && errno != EAGAIN) {
                drop_client();
            }
            return;
        }
    }
}

// The virtual board's serial log and scenario see the bytes once sent.
void hal_uart0_tx(const char *s, size_t n) {
    tx_bytes(s, n);
    sim_serial_tx(s, n);
}
