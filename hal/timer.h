// SPDX-License-Identifier: MIT
// The chip's timers as machine.Timer sees them (the SDK's os_timer on the
// chip): alarms at a time on the board's clock, in ns since reset. C-level,
// no Python objects. The host's board (sim/timer.c) sets them on the
// virtual or real clock (sim/clock.h); ports without a board have none
// (hal_alarm_at is false).
#ifndef ES_HAL_TIMER_H
#define ES_HAL_TIMER_H

#include <stdbool.h>
#include <stdint.h>

// The board's time in ns since reset.
uint64_t hal_time_ns(void);

// Call [fn](arg) at [t] ns (at once when past): from the VM's pending-event
// poll or a sleep, as an interrupt comes on the chip. False when no alarm
// can be set (the board's queue is full, or there is no board).
typedef void (*hal_alarm_fn)(void *arg);
bool hal_alarm_at(uint64_t t, hal_alarm_fn fn, void *arg);
// Drop the alarms of [fn] with [arg].
void hal_alarm_cancel(hal_alarm_fn fn, void *arg);

// Interrupt-level work runs: other alarms wait until it ends (true, then
// false; nested pairs count; interrupts do not nest on the chip). The
// board's time goes on. A reset lets go of every hold.
void hal_alarm_hold(bool hold);

#endif
