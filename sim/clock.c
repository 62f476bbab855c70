// SPDX-License-Identifier: MIT
// The virtual board's clock and event queue (sim/clock.h). The queue is a
// small array kept unsorted: a board has a handful of pending events.
#include <stddef.h>
#include <time.h>

#include "sim/clock.h"

#define MAX_EVENTS 64

typedef struct event {
    uint64_t t;
    sim_event_fn fn;
    void *arg;
} event_t;

static struct {
    bool running, virt;
    unsigned held;     // interrupt-level work runs (nested): events wait
    uint64_t now;      // virtual ns
    uint64_t host0;    // real clock: the host's ns at start
    uint32_t cpu_hz;
    uint64_t poll_ns;  // one poll's cost at cpu_hz, in ns
    unsigned n;
    event_t ev[MAX_EVENTS];
} clk = {.cpu_hz = 80000000u};

void (*sim_after_step)(void);

static uint64_t host_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void sim_clock_set_cpu(uint32_t hz) {
    clk.cpu_hz = hz;
    clk.poll_ns = (uint64_t)SIM_CYCLES_PER_POLL * 1000000000u / hz;
}

uint32_t sim_clock_cpu(void) {
    return clk.cpu_hz;
}

void sim_clock_start(bool virtual_clock) {
    clk.running = true;
    clk.virt = virtual_clock;
    clk.now = 0;
    clk.host0 = host_ns();
    sim_clock_set_cpu(clk.cpu_hz);
}

bool sim_clock_virtual(void) {
    return clk.running && clk.virt;
}

bool sim_clock_running(void) {
    return clk.running;
}

uint64_t sim_now_ns(void) {
    if (clk.running && !clk.virt) {
        uint64_t t = host_ns() - clk.host0;
        if (t > clk.now) {
            clk.now = t;
        }
    }
    return clk.now;
}

uint64_t sim_next_event(void) {
    uint64_t t = UINT64_MAX;
    for (unsigned i = 0; i < clk.n; i++) {
        if (clk.ev[i].t < t) {
            t = clk.ev[i].t;
        }
    }
    return t;
}

// Run the earliest event due at or before [until]; false when none is.
static bool run_one(uint64_t until) {
    unsigned best = clk.n;
    if (clk.held) {
        return false;
    }
    for (unsigned i = 0; i < clk.n; i++) {
        if (clk.ev[i].t <= until
            && (best == clk.n || clk.ev[i].t < clk.ev[best].t)) {
            best = i;
        }
    }
    if (best == clk.n) {
        return false;
    }
    event_t e = clk.ev[best];
    clk.ev[best] = clk.ev[--clk.n];
    if (e.t > clk.now) {
        clk.now = e.t;
    }
    e.fn(e.arg);
    if (sim_after_step != NULL) {
        sim_after_step();
    }
    return true;
}

void sim_advance(uint64_t ns) {
    uint64_t end = sim_now_ns() + ns;
    if (clk.running && !clk.virt) {
        while (sim_now_ns() < end) {
            while (run_one(sim_now_ns())) {
            }
            uint64_t next = sim_next_event(), now = sim_now_ns();
            uint64_t until = next < end ? next : end;
            if (until > now) {
                uint64_t d = until - now > 10000000u ? 10000000u : until - now;
                struct timespec ts = {0, (long)d};
                nanosleep(&ts, NULL);
            }
        }
        return;
    }
    while (run_one(end)) {
    }
    if (end > clk.now) { // events' handlers may have moved it further
        clk.now = end;
    }
    if (sim_after_step != NULL) {
        sim_after_step();
    }
}

void sim_clock_poll(void) {
    if (clk.virt) {
        sim_advance(clk.poll_ns);
    } else {
        while (run_one(sim_now_ns())) {
        }
    }
}

void sim_clock_hold(bool hold) {
    if (hold) {
        clk.held++;
    } else if (clk.held > 0) {
        clk.held--;
    }
}

void sim_clock_release(void) {
    clk.held = 0;
}

bool sim_event_at(uint64_t t, sim_event_fn fn, void *arg) {
    if (clk.n == MAX_EVENTS) {
        return false;
    }
    clk.ev[clk.n++] = (event_t){t, fn, arg};
    return true;
}

void sim_event_cancel(sim_event_fn fn, void *arg) {
    for (unsigned i = 0; i < clk.n;) {
        if (clk.ev[i].fn == fn && clk.ev[i].arg == arg) {
            clk.ev[i] = clk.ev[--clk.n];
        } else {
            i++;
        }
    }
}
