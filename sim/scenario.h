// SPDX-License-Identifier: MIT
// The scenario runner (sim/scenario.c): Wokwi's test steps (delay,
// wait-serial, write-serial, set-control, expect-pin, wait-pin,
// take-screenshot) read from a block-style YAML file and run over the
// virtual board's time; the run ends with wokwi-cli's exit codes: 0 when
// the last step has completed, 1 when an expectation fails, 42 on timeout.
#ifndef ES_SIM_SCENARIO_H
#define ES_SIM_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Read [path]: false after a message naming the file, line and step.
bool sim_scenario_load(const char *path);
// Start the steps at the board's time 0, with the timeout in virtual ms.
void sim_scenario_start(long timeout_ms);
// The program has ended: run the board on until the scenario ends (never
// returns when there is a scenario).
void sim_scenario_finish(void);

// The chip resets (sim/reset.c). A reset can come from inside a step: a
// set-control whose edge runs a hard interrupt handler that calls
// machine.reset(); the jump leaves the step done and the next one to go.
void sim_scenario_chip_reset(void);

// Serial output the board sent (for wait-serial).
void sim_scenario_serial(const char *s, size_t n);
// Where write-serial's bytes go (the console's receive side).
extern void (*sim_serial_rx)(const char *s, size_t n);

#endif
