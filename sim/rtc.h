// SPDX-License-Identifier: MIT
// The virtual chip's RTC block (sim/rtc.c, behind hal/rtc.h): the counter
// of an RC oscillator that runs the board profile's rtc_drift_ppm fast
// (negative: slow) against the period the chip measured, the memory, and
// the minute timer that has machine's RTC keep the time of day.
#ifndef ES_SIM_RTC_H
#define ES_SIM_RTC_H

#include <stdint.h>

// The oscillator's drift in ppm (the profile's rtc_drift_ppm).
void sim_rtc_set_drift(int32_t ppm);

// The chip starts: the counter from 0, the minute timer on. The chip
// stops (reset, deep sleep): the timer off.
void sim_rtc_start(void);
void sim_rtc_stop(void);

// How long [us] us of the RTC's clock (as the chip's calibration counts
// them: a deep sleep's timer) last in true ns.
uint64_t sim_rtc_ns(uint32_t us);

#endif
