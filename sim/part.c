// SPDX-License-Identifier: MIT
// The part types' table and the helpers every part uses (sim/part.h).
#include <stddef.h>
#include <string.h>

#include "hal/pin.h"
#include "sim/clock.h"
#include "sim/part.h"

// Wokwi's type names and their models (one model may serve two names).
static const struct {
    const char *type;
    const sim_part_ops_t *ops;
} types[] = {
    {"wokwi-led", &sim_part_led},
    {"wokwi-pushbutton", &sim_part_pushbutton},
    {"wokwi-pushbutton-6mm", &sim_part_pushbutton},
    {"wokwi-potentiometer", &sim_part_potentiometer},
    {"wokwi-resistor", &sim_part_resistor},
    {"wokwi-logic-analyzer", &sim_part_logic_analyzer},
};

const sim_part_ops_t *sim_part_type(const char *type) {
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (strcmp(types[i].type, type) == 0) {
            return types[i].ops;
        }
    }
    return NULL;
}

int sim_net_level(sim_net_t n) {
    return n.gpio >= 0 ? hal_pin_get(n.gpio) : n.vcc ? 1 : 0;
}

static void timer_due(void *arg) {
    sim_part_t *p = arg;
    p->ops->timer(p);
}

bool sim_part_timer_at(sim_part_t *p, uint64_t t) {
    sim_event_cancel(timer_due, p);
    return sim_event_at(t, timer_due, p);
}

void sim_part_timer_cancel(sim_part_t *p) {
    sim_event_cancel(timer_due, p);
}
