// SPDX-License-Identifier: MIT
// The virtual chip's resets (sim/reset.c, behind hal/reset.h): a reset,
// the watchdog's or a deep-sleep wake jumps back to the host's board loop
// (ports/host/main.c), which builds the interpreter anew and boots; the
// ROM's boot line names the cause. Deep sleep wakes only when the
// diagram wires GPIO16 to RST.
#ifndef ES_SIM_RESET_H
#define ES_SIM_RESET_H

#include <setjmp.h>
#include <stdbool.h>

// Where a reset lands: the board loop's setjmp. A reset returns there
// with the value 1 (no Python frame, no C frame of the run is left).
extern jmp_buf sim_reset_jmp;

// Send the ROM's boot line for the last start (power-on first) on UART0.
void sim_reset_boot_line(void);

// The chip stops (reset or deep sleep): its pins let go, its timers and
// watchdog stop. [fn] is called then too (a part of the chip with timed
// events of its own: machine.Timer, PWM); at most 8.
void sim_reset_on_stop(void (*fn)(void));

// The RST pin: a part pulls it low ([low]) or lets go. Low, the chip
// stops; let go, it starts again, with HARD_RESET (ROM cause 2), or
// DEEPSLEEP_RESET when it was in deep sleep (as the chip reports it).
void sim_reset_pin(bool low);

// The chip starts (each boot, before Python runs): the RTC's keeping.
void sim_reset_started(void);

// The board's time (ns) when the chip last started: its own clocks
// (time.ticks_*) count from there.
uint64_t sim_reset_start_ns(void);

#endif
