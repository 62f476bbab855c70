// SPDX-License-Identifier: MIT
// The virtual board's clock (sim/clock.c): the one time base of the board
// in nanoseconds, and its queue of timed events (parts' timers, the
// scenario's steps). With the virtual clock the time advances only here:
// by an estimate of the lx106's cycles for each pending-event poll of the
// VM (a backward jump or a call), and by sleeps, which jump to their end
// through the events on the way. With the real clock it follows the host's
// monotonic clock.
#ifndef ES_SIM_CLOCK_H
#define ES_SIM_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

// Estimated lx106 cycles of the bytecode between two polls of the VM
// (a loop's iteration or a call); docs/board.md says how it was measured.
#define SIM_CYCLES_PER_POLL 346

// Start the board's clock at 0: virtual or following the host's.
void sim_clock_start(bool virtual_clock);
bool sim_clock_virtual(void);
bool sim_clock_running(void);

// The board's time in ns since reset.
uint64_t sim_now_ns(void);

// The VM's poll: bytecode has run since the last one.
void sim_clock_poll(void);

// Move the time on by [ns], running the events that fall due (with the
// real clock: wait for it).
void sim_advance(uint64_t ns);

// Run [fn](arg) at [t] ns (at once if past). False when the queue is full.
typedef void (*sim_event_fn)(void *arg);
bool sim_event_at(uint64_t t, sim_event_fn fn, void *arg);
// Drop the queued events of [fn] with [arg].
void sim_event_cancel(sim_event_fn fn, void *arg);
// Hold (true) or let go (false) the due events: while any hold is on
// (a hard interrupt handler runs: they do not nest), they wait; the time
// still moves. sim_clock_release lets go of every hold (the chip stops).
void sim_clock_hold(bool hold);
void sim_clock_release(void);
// The time of the next event (UINT64_MAX: none).
uint64_t sim_next_event(void);

// Called after each step of the time (the scenario's check).
extern void (*sim_after_step)(void);

// The CPU clock (80 or 160 MHz): the cost of a poll in ns depends on it.
void sim_clock_set_cpu(uint32_t hz);
uint32_t sim_clock_cpu(void);

#endif
