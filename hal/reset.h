// SPDX-License-Identifier: MIT
// The chip's resets, sleeps and watchdog as machine and esp see them:
// C-level, no Python objects. The host's virtual board implements them in
// board mode (sim/reset.c); the QEMU port has none (hal_pin_board() is
// false there, and machine offers none of these names).
#ifndef ES_HAL_RESET_H
#define ES_HAL_RESET_H

#include <stdint.h>

// Why the chip last started: the SDK's rst_info.reason, which is also
// MicroPython's machine.reset_cause() on the ESP8266.
#define HAL_RESET_PWRON 0     // power-on
#define HAL_RESET_WDT 1       // the hardware watchdog
#define HAL_RESET_EXCEPTION 2 // a CPU exception (not modelled)
#define HAL_RESET_SOFT_WDT 3  // the SDK's software watchdog (not modelled)
#define HAL_RESET_SOFT 4      // a software restart (machine.reset)
#define HAL_RESET_DEEPSLEEP 5 // the wake from deep sleep
#define HAL_RESET_EXT 6       // the RST pin

// The longest deep sleep the chip's timer takes, in us (about 71.6 min).
#define HAL_DEEPSLEEP_MAX_US 0xffffffffu

// The reason of the last start (HAL_RESET_*).
int hal_reset_cause(void);

// Restart the chip at once with [reason]: the ROM's boot line, then the
// boot sequence; Python's state is lost (no finalizer runs, files are not
// closed: as a power cut), the flash and the RTC's memory are kept.
// Never returns.
_Noreturn void hal_reset(int reason);

// Deep sleep: everything stops but the RTC, whose timer wakes the chip
// after [us] us of its own (RC) clock (0: never) by pulling GPIO16 low;
// the chip wakes only when GPIO16 is wired to RST, and then restarts with
// HAL_RESET_DEEPSLEEP. Never returns.
_Noreturn void hal_deepsleep(uint32_t us);

// The hardware watchdog: once started it resets the chip (HAL_RESET_WDT)
// when [ms] pass without a feed. It cannot be stopped; a soft reset
// leaves it running, a reset stops it.
void hal_wdt_start(uint32_t ms);
void hal_wdt_feed(void);

// The WiFi's sleep type (esp.sleep_type): 0 none, 1 light, 2 modem (the
// default after each reset).
int hal_sleep_type(void);
void hal_sleep_type_set(int type);

#endif
