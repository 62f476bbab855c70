// SPDX-License-Identifier: MIT
// hal/reset.h and hal/rtc.h on the QEMU port: no board (hal_pin_board()
// is false), so machine offers none of RTC, WDT, the resets and sleeps,
// and nothing calls these but the linker.
#include "hal/reset.h"
#include "hal/rtc.h"

int hal_reset_cause(void) { return HAL_RESET_PWRON; }
_Noreturn void hal_reset(int reason) { (void)reason; for (;;) {} }
_Noreturn void hal_deepsleep(uint32_t us) { (void)us; for (;;) {} }
void hal_wdt_start(uint32_t ms) { (void)ms; }
void hal_wdt_feed(void) {}
int hal_sleep_type(void) { return 2; }
void hal_sleep_type_set(int type) { (void)type; }
uint32_t hal_rtc_ticks(void) { return 0; }
uint32_t hal_rtc_cal(void) { return 26666u; }
void hal_rtc_mem_read(unsigned at, uint32_t *words, unsigned n) {
    (void)at;
    for (unsigned i = 0; i < n; i++) {
        words[i] = 0;
    }
}
void hal_rtc_mem_write(unsigned at, const uint32_t *words, unsigned n) {
    (void)at; (void)words; (void)n;
}
