// SPDX-License-Identifier: MIT
// What machine's files share (modules/machine.c, machine_pin.c,
// machine_rtc.c, machine_reset.c, machine_timer.c, machine_pwm.c).
#ifndef ES_MODULES_MACHINE_H
#define ES_MODULES_MACHINE_H

#include "map.h"
#include "obj.h"

extern const es_type_t machine_pin_type, machine_timer_type,
    machine_pwm_type;

// The GPIO number of machine.Pin [pin].
int machine_pin_gpio(es_val_t pin);

// A pin's level, or set it: a machine.Pin directly, any other object
// (a PinBase subclass) through its value() method, whose int is the
// level as it is (MicroPython's virtual pins: TypeError if not an int).
int machine_pin_read(es_val_t pin);
void machine_pin_write(es_val_t pin, int v);

// machine.DEEPSLEEP: what RTC.irq(wake=) takes for a deep sleep's wake.
#define MACHINE_WAKE_DEEPSLEEP 4

extern const es_type_t machine_rtc_type, machine_wdt_type;

// The board's names of modules/machine_reset.c (RTC, WDT, reset, sleeps
// and their constants), looked up by machine's __getattr__.
extern const es_dict_t machine_reset_names;

// Before the chip stops for [us] us (a deep sleep; 0: a reset), the time
// of day it should find when it starts again (modules/machine_rtc.c).
// Returns the sleep in the RTC's own us (what its timer counts), at most
// 0xffffffff.
uint32_t machine_rtc_prepare(uint64_t us);

// How long RTC.ALARM0 lets a deep sleep last, in us: 0 when it does not
// wake the chip (RTC.irq(wake=DEEPSLEEP) not given), at least 1.
uint64_t machine_rtc_alarm_sleep(void);

// Call [f](arg) as a hard interrupt handler: at once, with the heap and
// the scheduler locked and the other alarms held (hal/timer.h). What it
// raises is printed, after [header] when not NULL; false then. Never
// raises.
bool machine_call_hard(es_val_t f, es_val_t arg, const char *header);

#endif
