// SPDX-License-Identifier: MIT
// wokwi-led: lit while its anode's net is high and its cathode's low. It
// counts the times it lit (the screenshot shows them).
#include <stdio.h>
#include <string.h>

#include "sim/part.h"

typedef struct led {
    char color[16];
    bool lit;
    unsigned flashes;
} led_t;

static bool lit(sim_part_t *p) {
    return sim_net_level(sim_part_net(p, "A")) == 1
        && sim_net_level(sim_part_net(p, "C")) == 0;
}

static bool load(sim_part_t *p, const json_t *attrs, char *err, int n) {
    (void)err;
    (void)n;
    led_t *s = p->state;
    const char *color = json_str(json_get(attrs, "color"));
    snprintf(s->color, sizeof(s->color), "%s", color ? color : "red");
    return true;
}

static void start(sim_part_t *p) {
    led_t *s = p->state;
    s->lit = lit(p);
}

static void pin_change(sim_part_t *p, int gpio, int level) {
    (void)gpio;
    (void)level;
    led_t *s = p->state;
    bool now = lit(p);
    s->flashes += now && !s->lit;
    s->lit = now;
}

static void screenshot(sim_part_t *p, FILE *f) {
    led_t *s = p->state;
    fprintf(f, "%s wokwi-led %s %s, lit %u times\n", p->id, s->color,
        s->lit ? "on" : "off", s->flashes);
}

static const char *const pins[] = {"A", "C", NULL};

const sim_part_ops_t sim_part_led = {
    .type = "wokwi-led",
    .pins = pins,
    .state_size = sizeof(led_t),
    .load = load,
    .start = start,
    .pin_change = pin_change,
    .screenshot = screenshot,
};
