// SPDX-License-Identifier: MIT
// hal/timer.h and hal/pwm.h on the QEMU port: no board, so no alarms and
// no PWM channels (machine.Timer and PWM exist only on a board).
#include "hal/pwm.h"
#include "hal/timer.h"

uint64_t hal_time_ns(void) { return 0; }
bool hal_alarm_at(uint64_t t, hal_alarm_fn fn, void *arg) {
    (void)t; (void)fn; (void)arg; return false;
}
void hal_alarm_cancel(hal_alarm_fn fn, void *arg) { (void)fn; (void)arg; }
void hal_alarm_hold(bool hold) { (void)hold; }

bool hal_pwm_add(int gpio) { (void)gpio; return false; }
void hal_pwm_delete(int gpio) { (void)gpio; }
bool hal_pwm_active(int gpio) { (void)gpio; return false; }
void hal_pwm_set_freq(int32_t hz) { (void)hz; }
int hal_pwm_freq(void) { return 1; }
void hal_pwm_set_duty(int gpio, int32_t duty) { (void)gpio; (void)duty; }
int hal_pwm_duty(int gpio) { (void)gpio; return 0; }
void hal_pwm_start(void) {}
