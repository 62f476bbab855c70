// SPDX-License-Identifier: MIT
// The software PWM of the reference's ESP8266 port (its esppwm: the FRC1
// timer's interrupt sets and clears the pins), as machine.PWM sees it:
// channels on GPIO 0, 2, 4, 5, 12, 13, 14 and 15, one frequency for all
// (1..1000 Hz), a duty of 0..1023 per channel (the share of the period the
// pin is high is duty / 1023). Settings take effect at the start of the
// next period; the first channel starts the timer at once. The host's
// board implements it (sim/pwm.c) over the virtual clock, so the VCD
// trace shows the waveform; ports without a board have no channels.
#ifndef ES_HAL_PWM_H
#define ES_HAL_PWM_H

#include <stdbool.h>
#include <stdint.h>

#define HAL_PWM_DUTY_MAX 1023
#define HAL_PWM_FREQ_MAX 1000

// Make [gpio] a PWM channel (again): its pin becomes an output the PWM
// drives. False when the pin has no PWM (or there is no board). A new
// channel's duty is 0.
bool hal_pwm_add(int gpio);
// [gpio] is no channel any more: the pin keeps its last level.
void hal_pwm_delete(int gpio);
bool hal_pwm_active(int gpio);

// The frequency, clamped to 1..HAL_PWM_FREQ_MAX (as the reference).
void hal_pwm_set_freq(int32_t hz);
int hal_pwm_freq(void);
// Channel [gpio]'s duty, clamped to 0..HAL_PWM_DUTY_MAX (no channel:
// ignored, reads 0).
void hal_pwm_set_duty(int gpio, int32_t duty);
int hal_pwm_duty(int gpio);

// Apply the settings from the next period (the reference's pwm_start).
void hal_pwm_start(void);

#endif
