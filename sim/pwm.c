// SPDX-License-Identifier: MIT
// hal/pwm.h on the host: the reference's software PWM over the board's
// clock. Each period starts with every channel's pin set (low for duty 0)
// and each pin is cleared at start + period * duty / 1023 (never for
// 1023); new settings (pwm_start) wait for the next period's start, as the
// reference's double-buffered tables do, except when the timer is not
// running yet: then they start a period at once. The reference computes
// in whole us; here the period is 10^9 / freq ns and the high time is
// computed in ns, so the trace shows duty / 1023 within 1 ns a period. A
// reset stops it (sim/reset.h); a soft reset does not.
#include <stddef.h>

#include "hal/pwm.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/gpio.h"
#include "sim/reset.h"

#define NPIN 17
#define FREQ_DEFAULT 500 // the reference's pwm_init

// GPIOs with a PWM channel (bit i: GPIO i): 0, 2, 4, 5, 12, 13, 14, 15.
#define PWM_PINS 0xf035u

static struct {
    // The settings (pwm_set_*): applied at the next period's start.
    int freq;
    int16_t duty[NPIN];
    uint32_t channels;    // bit i: GPIO i is a channel
    // The period running.
    bool running;
    uint64_t start, period;
    uint64_t high[NPIN];  // ns high in this period
    uint32_t mask;        // the channels of this period
    uint32_t cleared;     // pins cleared in this period
} pw = {.freq = FREQ_DEFAULT};

static void tick(void *arg);

// Start a period at [now] with the settings.
static void period_start(uint64_t now) {
    pw.start = now;
    pw.period = 1000000000u / (uint64_t)pw.freq;
    pw.mask = pw.channels;
    pw.cleared = 0;
    for (int i = 0; i < NPIN; i++) {
        if (pw.mask >> i & 1) {
            pw.high[i] = pw.period * (uint64_t)pw.duty[i] / HAL_PWM_DUTY_MAX;
            sim_gpio_output(i, pw.high[i] > 0);
        }
    }
    pw.running = pw.mask != 0; // no channel: the timer stops here
}

// The next time a pin falls in this period, or the next period's start.
static uint64_t next_time(void) {
    uint64_t t = pw.start + pw.period;
    for (int i = 0; i < NPIN; i++) {
        if ((pw.mask >> i & 1) && !(pw.cleared >> i & 1) && pw.high[i] > 0
            && pw.high[i] < pw.period && pw.start + pw.high[i] < t) {
            t = pw.start + pw.high[i];
        }
    }
    return t;
}

static void tick(void *arg) {
    (void)arg;
    uint64_t now = sim_now_ns();
    if (now >= pw.start + pw.period) {
        period_start(pw.start + pw.period);
        if (!pw.running) {
            return;
        }
    }
    for (int i = 0; i < NPIN; i++) {
        if ((pw.mask >> i & 1) && !(pw.cleared >> i & 1) && pw.high[i] > 0
            && pw.high[i] < pw.period && pw.start + pw.high[i] <= now) {
            pw.cleared |= 1u << i;
            sim_gpio_output(i, 0);
        }
    }
    sim_event_at(next_time(), tick, NULL);
}

// The chip stops: the PWM and its settings are gone (RAM).
static void stop(void) {
    sim_event_cancel(tick, NULL);
    pw.running = false;
    pw.channels = 0;
    pw.freq = FREQ_DEFAULT;
}

bool hal_pwm_add(int gpio) {
    static bool stop_set;
    if (!sim_board_on() || gpio < 0 || gpio >= NPIN
        || !(PWM_PINS >> gpio & 1)) {
        return false;
    }
    if (!stop_set) {
        sim_reset_on_stop(stop);
        stop_set = true;
    }
    if (!(pw.channels >> gpio & 1)) {
        pw.channels |= 1u << gpio;
        pw.duty[gpio] = 0;
    }
    return true;
}

void hal_pwm_delete(int gpio) {
    if (gpio >= 0 && gpio < NPIN) {
        pw.channels &= ~(1u << gpio);
    }
}

bool hal_pwm_active(int gpio) {
    return gpio >= 0 && gpio < NPIN && (pw.channels >> gpio & 1);
}

void hal_pwm_set_freq(int32_t hz) {
    pw.freq = hz < 1 ? 1 : hz > HAL_PWM_FREQ_MAX ? HAL_PWM_FREQ_MAX : (int)hz;
}

int hal_pwm_freq(void) {
    return pw.freq;
}

void hal_pwm_set_duty(int gpio, int32_t duty) {
    if (hal_pwm_active(gpio)) {
        pw.duty[gpio] = (int16_t)(duty < 0 ? 0 : duty > HAL_PWM_DUTY_MAX
            ? HAL_PWM_DUTY_MAX : duty);
    }
}

int hal_pwm_duty(int gpio) {
    return hal_pwm_active(gpio) ? pw.duty[gpio] : 0;
}

// Running, the settings wait for the next period's start anyway.
void hal_pwm_start(void) {
    if (!pw.running && pw.channels != 0) {
        period_start(sim_now_ns());
        sim_event_at(next_time(), tick, NULL);
    }
}
