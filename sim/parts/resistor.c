// SPDX-License-Identifier: MIT
// wokwi-resistor: a wire between its two pins (no voltages are modelled).
#include <stddef.h>

#include "sim/part.h"

static const char *const pins[] = {"1", "2", NULL};
static const char *const joined[] = {"1", "2", NULL};

const sim_part_ops_t sim_part_resistor = {
    .type = "wokwi-resistor",
    .pins = pins,
    .joined = joined,
};
