// SPDX-License-Identifier: MIT
// The chip's RTC block as machine.RTC sees it: C-level, no Python
// objects. A 32-bit counter of the RC oscillator's ticks (about 154 kHz:
// it wraps every 7 h 46 min), 0 again after each reset or wake; the
// oscillator's period as the chip measures it; and 768 bytes of memory
// (192 words) kept across resets and deep sleep, lost at power-on. The
// host's virtual board implements it (sim/rtc.c); modules/machine_rtc.c
// keeps the time of day over it.
#ifndef ES_HAL_RTC_H
#define ES_HAL_RTC_H

#include <stddef.h>
#include <stdint.h>

#define HAL_RTC_WORDS 192

// The counter.
uint32_t hal_rtc_ticks(void);

// The oscillator's period in us, in Q12 (as the SDK's
// system_rtc_clock_cali_proc): what the chip measured against its
// crystal. The oscillator drifts from it (temperature; the board
// profile's rtc_drift_ppm on the virtual board).
uint32_t hal_rtc_cal(void);

// Read or write [n] words of the RTC memory from word [at] (at + n at most
// HAL_RTC_WORDS).
void hal_rtc_mem_read(unsigned at, uint32_t *words, unsigned n);
void hal_rtc_mem_write(unsigned at, const uint32_t *words, unsigned n);

// Implemented by modules/machine_rtc.c, called by the port: at each start
// before Python runs (the counter has restarted from 0), and at least
// once a minute while the chip runs (so the counter's wrap is never
// missed, and a reset the program did not ask for loses at most a minute
// of the time of day).
void hal_rtc_boot(void);
void hal_rtc_check(void);

// The time of day in us since 2000-01-01 (time.time() on the board);
// implemented by modules/machine_rtc.c.
int64_t hal_rtc_now_us(void);

#endif
