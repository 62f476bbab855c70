// SPDX-License-Identifier: MIT
// wokwi-potentiometer: attr "value" 0..1023, control "position" 0.0..1.0;
// its SIG on the board's A0 sets ADC(0) to the position times 1024 (the
// board's full scale).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/gpio.h"
#include "sim/part.h"

typedef struct pot {
    int value;          // 0..1023
} pot_t;

static bool load(sim_part_t *p, const json_t *attrs, char *err, int n) {
    (void)err;
    (void)n;
    pot_t *s = p->state;
    const char *value = json_str(json_get(attrs, "value"));
    s->value = value != NULL ? atoi(value) : 0;
    return true;
}

static void start(sim_part_t *p) {
    pot_t *s = p->state;
    if (sim_part_net(p, "SIG").a0) {
        sim_adc_set(s->value * 1024 / 1023);
    }
}

static bool control(sim_part_t *p, const char *name, double value,
    char *err, int n) {
    pot_t *s = p->state;
    if (strcmp(name, "position") != 0) {
        snprintf(err, (size_t)n, "part '%s' has no control '%s'", p->id,
            name);
        return false;
    }
    s->value = (int)(value * 1023 + 0.5);
    if (sim_part_net(p, "SIG").a0) {
        sim_adc_set((int)(value * 1024 + 0.5));
    }
    return true;
}

static void screenshot(sim_part_t *p, FILE *f) {
    pot_t *s = p->state;
    fprintf(f, "%s wokwi-potentiometer value %d\n", p->id, s->value);
}

static const char *const pins[] = {"GND", "SIG", "VCC", NULL};

const sim_part_ops_t sim_part_potentiometer = {
    .type = "wokwi-potentiometer",
    .pins = pins,
    .state_size = sizeof(pot_t),
    .load = load,
    .start = start,
    .control = control,
    .screenshot = screenshot,
};
