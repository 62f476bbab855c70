// SPDX-License-Identifier: MIT
// The virtual chip's RTC block (sim/rtc.h). The oscillator's nominal
// period is 26666/4096 us (153.6 kHz: the 32-bit counter wraps after
// 7 h 46 min, as the chip's); it really runs (1 + drift) times faster, so
// that time counted in its ticks gains drift * 1e-6 of the true time.
// The counter is computed from the board's clock, not stepped.
#include <string.h>

#include "hal/rtc.h"
#include "sim/clock.h"
#include "sim/rtc.h"

#define CAL_Q12 26666u                // the nominal period, us in Q12
#define CHECK_NS 60000000000ull       // hal_rtc_check's period: a minute

static struct {
    uint64_t t0;       // the board's time (ns) when the counter was 0
    double ticks_per_ns;
    int32_t drift_ppm;
    uint32_t mem[HAL_RTC_WORDS]; // 0 at power-on (the process's start)
} rtc;

void sim_rtc_set_drift(int32_t ppm) {
    rtc.drift_ppm = ppm;
}

static double ticks_per_ns(void) {
    return 4096.0 / (CAL_Q12 * 1000.0) * (1.0 + rtc.drift_ppm * 1e-6);
}

uint32_t hal_rtc_ticks(void) {
    return (uint32_t)(uint64_t)((double)(sim_now_ns() - rtc.t0)
        * ticks_per_ns());
}

uint32_t hal_rtc_cal(void) {
    return CAL_Q12;
}

uint64_t sim_rtc_ns(uint32_t us) {
    double ticks = (double)us * 4096.0 / CAL_Q12;
    return (uint64_t)(ticks / ticks_per_ns() + 0.5);
}

void hal_rtc_mem_read(unsigned at, uint32_t *words, unsigned n) {
    memcpy(words, rtc.mem + at, n * sizeof(uint32_t));
}

void hal_rtc_mem_write(unsigned at, const uint32_t *words, unsigned n) {
    memcpy(rtc.mem + at, words, n * sizeof(uint32_t));
}

static void check(void *arg) {
    (void)arg;
    hal_rtc_check();
    sim_event_at(sim_now_ns() + CHECK_NS, check, NULL);
}

void sim_rtc_start(void) {
    rtc.t0 = sim_now_ns();
    hal_rtc_boot();
    sim_event_cancel(check, NULL);
    sim_event_at(rtc.t0 + CHECK_NS, check, NULL);
}

void sim_rtc_stop(void) {
    sim_event_cancel(check, NULL);
}
