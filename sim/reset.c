// SPDX-License-Identifier: MIT
// The virtual chip's resets, deep sleep and watchdog (sim/reset.h,
// hal/reset.h). A reset stops the chip (pins, timers, watchdog) and jumps
// to the board loop's setjmp; the interpreter is then built anew, as on
// the chip, where nothing of the program's RAM survives. The flash image
// and the RTC's memory (sim/rtc.c) stay.
#include <stdio.h>

#include "hal/pin.h"
#include "hal/reset.h"
#include "hal/uart.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/diagram.h"
#include "sim/gpio.h"
#include "sim/reset.h"
#include "sim/rtc.h"
#include "sim/scenario.h"

#define MAX_STOP 8

jmp_buf sim_reset_jmp;

static struct {
    int cause;            // HAL_RESET_*: why the chip last started
    int sleep_type;       // esp.sleep_type
    bool wdt_on;
    bool rst_low;         // a part holds RST low
    bool held;            // the chip is held in reset meanwhile
    bool sleeping;        // in deep sleep
    uint64_t start_ns;    // when the chip last started
    uint64_t wdt_ns;      // the watchdog's timeout
    unsigned n_stop;
    void (*stop[MAX_STOP])(void);
} r = {.cause = HAL_RESET_PWRON, .sleep_type = 2};

int hal_reset_cause(void) {
    return r.cause;
}

// The ROM's own numbering of the causes in its boot line.
static int rom_cause(int reason) {
    switch (reason) {
    case HAL_RESET_WDT: return 4;
    case HAL_RESET_SOFT: return 3;
    case HAL_RESET_DEEPSLEEP: return 5;
    case HAL_RESET_EXT: return 2;
    default: return 1;
    }
}

void sim_reset_boot_line(void) {
    char line[96];
    int n = snprintf(line, sizeof(line),
        "\r\n ets Jan  8 2013,rst cause:%d, boot mode:(3,6)\r\n\r\n%s",
        rom_cause(r.cause), r.cause == HAL_RESET_WDT ? "wdt reset\r\n" : "");
    hal_uart0_tx(line, (size_t)n);
}

void sim_reset_on_stop(void (*fn)(void)) {
    if (r.n_stop < MAX_STOP) {
        r.stop[r.n_stop++] = fn;
    }
}

static void wdt_bite(void *arg) {
    (void)arg;
    hal_reset(HAL_RESET_WDT);
}

// The chip stops: its watchdog and timers, its pins (to inputs).
static void chip_stop(void) {
    sim_event_cancel(wdt_bite, NULL);
    r.wdt_on = false;
    sim_rtc_stop();
    for (unsigned i = 0; i < r.n_stop; i++) {
        r.stop[i]();
    }
    sim_gpio_reset();
    sim_scenario_chip_reset();
    hal_uart0_set_interrupt_char(-1);
    fflush(stdout);
}

void sim_reset_started(void) {
    r.start_ns = sim_now_ns();
    r.sleeping = false;
    r.sleep_type = 2;
    sim_rtc_start();
}

uint64_t sim_reset_start_ns(void) {
    return r.start_ns;
}

_Noreturn void hal_reset(int reason) {
    chip_stop();
    r.cause = reason;
    longjmp(sim_reset_jmp, 1);
}

// RST went low: the chip stops and stays stopped (the board's time
// going on) until RST is let go, then starts. An event, so that the jump
// never leaves a scenario's step half done.
static void rst_low(void *arg) {
    (void)arg;
    if (!r.rst_low || r.held) {
        return;
    }
    int cause = r.sleeping ? HAL_RESET_DEEPSLEEP : HAL_RESET_EXT;
    r.held = true;
    chip_stop();
    while (r.rst_low) {
        uint64_t now = sim_now_ns(), next = sim_next_event();
        sim_advance(next > now && next - now < 1000000u ? next - now
            : 1000000u);
    }
    r.held = false;
    hal_reset(cause);
}

void sim_reset_pin(bool low) {
    if (low != r.rst_low) {
        r.rst_low = low;
        if (low) {
            sim_event_at(sim_now_ns(), rst_low, NULL);
        }
    }
}

// Is GPIO16 wired to RST, under its number or any of its labels (D0)?
static bool gpio16_on_rst(void) {
    if (sim_diagram_board_net("16").rst) {
        return true;
    }
    for (int i = 0; i < sim_board.n_labels; i++) {
        if (sim_board.labels[i].gpio == 16
            && sim_diagram_board_net(sim_board.labels[i].label).rst) {
            return true;
        }
    }
    return false;
}

// Deep sleep: the RTC holds GPIO16 high, and pulls it low at the wake;
// without the wire to RST that pulse goes nowhere and the board sleeps
// for good: a scenario runs on to its end or timeout, else the run ends.
_Noreturn void hal_deepsleep(uint32_t us) {
    chip_stop();
    r.sleeping = true;
    hal_pin_config(16, HAL_PIN_OUT, false);
    hal_pin_set(16, 1);
    if (us == 0 || !gpio16_on_rst()) {
        fprintf(stderr, "espy: the board sleeps for good (%s)\n", us == 0
            ? "deep sleep without a time"
            : "deep sleep without GPIO16 wired to RST");
        sim_scenario_finish();
        sim_exit(0);
    }
    sim_advance(sim_rtc_ns(us));
    hal_pin_set(16, 0);
    hal_reset(HAL_RESET_DEEPSLEEP);
}

void hal_wdt_start(uint32_t ms) {
    r.wdt_on = true;
    r.wdt_ns = (uint64_t)ms * 1000000u;
    hal_wdt_feed();
}

void hal_wdt_feed(void) {
    if (r.wdt_on) {
        sim_event_cancel(wdt_bite, NULL);
        sim_event_at(sim_now_ns() + r.wdt_ns, wdt_bite, NULL);
    }
}

int hal_sleep_type(void) {
    return r.sleep_type;
}

void hal_sleep_type_set(int type) {
    r.sleep_type = type;
}
