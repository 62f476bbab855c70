// SPDX-License-Identifier: MIT
// The virtual chip's GPIO block (sim/gpio.h) and the rest of hal/pin.h on
// the host. A pin's level: its own output when it drives (an open-drain
// output drives only a 0), else what a part drives, else 1 with a pull-up
// (the chip's or the board's), else 0 (a floating input reads 0 here).
// Without a board (plain mode) there are no pins.
#include <stddef.h>
#include <time.h>

#include "hal/pin.h"
#include "sim/clock.h"
#include "sim/gpio.h"
#include "sim/vcd.h"

#define NPIN HAL_PIN_COUNT
#define REG_BASE 0x60000300u

static struct {
    bool on;
    uint8_t mode[NPIN];
    bool pullup[NPIN];
    int8_t ext[NPIN];     // what a part drives: -1 none
    uint32_t out;         // output latches
    uint32_t board_up, board_down;
    uint32_t level;       // the pins' levels
    uint8_t trigger[NPIN];
    uint32_t irq_waiting; // edges while interrupts were off
    bool irq_off;
    int adc;
    unsigned n_watch;
    struct { sim_pin_watch_fn fn; void *arg; } watch[16];
} g;

bool hal_pin_board(void) {
    return g.on;
}

static int compute(int i) {
    bool drives = g.mode[i] == HAL_PIN_OUT
        || (g.mode[i] == HAL_PIN_OPEN_DRAIN && !(g.out >> i & 1));
    if (drives) {
        return (int)(g.out >> i & 1);
    }
    if (g.ext[i] >= 0) {
        return g.ext[i];
    }
    if (g.pullup[i] || (g.board_up >> i & 1)) {
        return 1;
    }
    return 0;
}

// Recompute pin [i]'s level; on a change tell the trace, the parts and
// the interrupt.
static void update(int i) {
    int v = compute(i);
    if (v == (int)(g.level >> i & 1)) {
        return;
    }
    g.level ^= 1u << i;
    sim_vcd_change(sim_now_ns(), i, v);
    for (unsigned k = 0; k < g.n_watch; k++) {
        g.watch[k].fn(g.watch[k].arg, i, v);
    }
    if (g.trigger[i] & (v ? HAL_IRQ_RISING : HAL_IRQ_FALLING)) {
        if (g.irq_off) {
            g.irq_waiting |= 1u << i;
        } else {
            hal_pin_irq_event(i);
        }
    }
}

void sim_gpio_start(uint32_t pullups, uint32_t pulldowns) {
    g.on = true;
    g.board_up = pullups;
    g.board_down = pulldowns;
    for (int i = 0; i < NPIN; i++) {
        g.ext[i] = -1;
        g.mode[i] = HAL_PIN_IN;
    }
    g.level = 0;
    for (int i = 0; i < NPIN; i++) {
        g.level |= (uint32_t)compute(i) << i;
    }
}

void sim_gpio_reset(void) {
    g.out = 0;
    g.irq_waiting = 0;
    g.irq_off = false;
    for (int i = 0; i < NPIN; i++) {
        g.mode[i] = HAL_PIN_IN;
        g.pullup[i] = false;
        g.trigger[i] = 0;
        update(i);
    }
}

uint32_t sim_gpio_levels(void) {
    return g.level;
}

void sim_gpio_output(int gpio, int level) {
    if (g.mode[gpio] != HAL_PIN_OPEN_DRAIN) {
        g.mode[gpio] = HAL_PIN_OUT;
    }
    hal_pin_set(gpio, level);
}

void sim_gpio_drive(int gpio, int level) {
    g.ext[gpio] = (int8_t)level;
    update(gpio);
}

bool sim_gpio_watch(sim_pin_watch_fn fn, void *arg) {
    if (g.n_watch == 16) {
        return false;
    }
    g.watch[g.n_watch].fn = fn;
    g.watch[g.n_watch++].arg = arg;
    return true;
}

void sim_adc_set(int value) {
    g.adc = value < 0 ? 0 : value > 1024 ? 1024 : value;
}

void hal_pin_config(int gpio, int mode, bool pull_up) {
    g.mode[gpio] = (uint8_t)mode;
    g.pullup[gpio] = pull_up;
    update(gpio);
}

int hal_pin_mode(int gpio) {
    return g.mode[gpio];
}

int hal_pin_get(int gpio) {
    return (int)(g.level >> gpio & 1);
}

void hal_pin_set(int gpio, int value) {
    g.out = value ? g.out | 1u << gpio : g.out & ~(1u << gpio);
    update(gpio);
}

void hal_pin_irq_enable(int gpio, int trigger) {
    g.trigger[gpio] = (uint8_t)trigger;
    g.irq_waiting &= ~(1u << gpio);
}

bool hal_irq_disable(void) {
    bool was = !g.irq_off;
    g.irq_off = true;
    return was;
}

void hal_irq_restore(bool state) {
    g.irq_off = !state;
    while (!g.irq_off && g.irq_waiting != 0) {
        int i = __builtin_ctz(g.irq_waiting);
        g.irq_waiting &= ~(1u << i);
        hal_pin_irq_event(i);
    }
}

// The GPIO registers of GPIO0..15 (GPIO16 is in the RTC block):
// OUT, OUT_W1TS, OUT_W1TC, ENABLE, ENABLE_W1TS, ENABLE_W1TC, IN.
static void set_outputs(uint32_t out, uint32_t enable) {
    for (int i = 0; i < 16; i++) {
        int mode = enable >> i & 1 ? HAL_PIN_OUT : HAL_PIN_IN;
        if (g.mode[i] == HAL_PIN_OPEN_DRAIN && (enable >> i & 1)) {
            mode = HAL_PIN_OPEN_DRAIN;
        }
        g.mode[i] = (uint8_t)mode;
    }
    g.out = (g.out & 0x10000u) | (out & 0xffffu);
    for (int i = 0; i < 16; i++) {
        update(i);
    }
}

static uint32_t enables(void) {
    uint32_t e = 0;
    for (int i = 0; i < 16; i++) {
        e |= (uint32_t)(g.mode[i] != HAL_PIN_IN) << i;
    }
    return e;
}

bool hal_reg_read(uint32_t addr, uint32_t *value) {
    if (!g.on || addr < REG_BASE || addr > REG_BASE + 0x18) {
        return false;
    }
    switch (addr - REG_BASE) {
    case 0x00: case 0x04: case 0x08: *value = g.out & 0xffffu; break;
    case 0x0c: case 0x10: case 0x14: *value = enables(); break;
    default: *value = g.level & 0xffffu; break;
    }
    return true;
}

bool hal_reg_write(uint32_t addr, uint32_t v) {
    if (!g.on || addr < REG_BASE || addr > REG_BASE + 0x18) {
        return false;
    }
    uint32_t out = g.out & 0xffffu, en = enables();
    switch (addr - REG_BASE) {
    case 0x00: out = v; break;
    case 0x04: out |= v; break;
    case 0x08: out &= ~v; break;
    case 0x0c: en = v; break;
    case 0x10: en |= v; break;
    case 0x14: en &= ~v; break;
    default: return true; // IN is read-only
    }
    set_outputs(out, en & 0xffffu);
    return true;
}

int hal_adc_read(void) {
    return g.adc;
}

uint32_t hal_chip_id(void) {
    return 0x00e5b0a1u;
}

uint32_t hal_cpu_freq(void) {
    return sim_clock_cpu();
}

void hal_cpu_set_freq(uint32_t hz) {
    sim_clock_set_cpu(hz);
}

void hal_idle(void) {
    if (!sim_clock_running()) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
        return;
    }
    uint64_t now = sim_now_ns(), next = sim_next_event();
    sim_advance(next > now && next - now < 1000000u ? next - now : 1000000u);
}
