// SPDX-License-Identifier: MIT
// The VCD trace (sim/vcd.c, --vcd-file): every GPIO as a 1-bit wire
// gpio0..gpio16 in one scope, times in ns, explicit values at #0 (as
// libsigrok 0.5.2 and GTKWave read them).
#ifndef ES_SIM_VCD_H
#define ES_SIM_VCD_H

#include <stdbool.h>
#include <stdint.h>

// Before sim_vcd_open: record GPIO [gpio] also as [name] in the scope
// "logic" (a logic analyzer's channel; the same VCD identifier).
void sim_vcd_alias(const char *name, int gpio);

// Open [path] and write the header with the pins' levels [levels] (bit i:
// GPIO i). False after a message on stderr.
bool sim_vcd_open(const char *path, uint32_t levels);
// GPIO [gpio] changed to [level] at [t] ns.
void sim_vcd_change(uint64_t t, int gpio, int level);
// Write the last time and close (also at exit).
void sim_vcd_close(uint64_t t);

#endif
