// SPDX-License-Identifier: MIT
// wokwi-pushbutton and -6mm: two contacts (1.l/1.r and 2.l/2.r, each pair
// joined inside); pressed, a GPIO on one contact reads the GND or 3V3 on
// the other. With bounce (attr "bounce" not "0") a press or release
// changes the contact 6 more times, 60..260 us apart (about 1 ms,
// deterministic), before it settles. Between RST and GND it is a reset
// button.
#include <stdio.h>
#include <string.h>

#include "sim/clock.h"
#include "sim/gpio.h"
#include "sim/part.h"
#include "sim/reset.h"

typedef struct button {
    bool bounce, pressed;
    int bounces_left;
    unsigned presses;
} button_t;

static bool load(sim_part_t *p, const json_t *attrs, char *err, int n) {
    (void)err;
    (void)n;
    button_t *s = p->state;
    const char *bounce = json_str(json_get(attrs, "bounce"));
    s->bounce = bounce == NULL || strcmp(bounce, "0") != 0;
    return true;
}

// The contacts closed or open: what a GPIO on each side reads; the
// board's RST pin held low while it is joined to GND (a reset button).
static void drive(sim_part_t *p, bool closed) {
    sim_net_t a = sim_part_net(p, "1.l"), b = sim_part_net(p, "2.l");
    if (a.rst || b.rst) {
        sim_reset_pin(closed && (a.rst ? b.gnd : a.gnd));
    }
    if (a.gpio >= 0) {
        sim_gpio_drive(a.gpio, closed && (b.gnd || b.vcc) ? b.vcc : -1);
    }
    if (b.gpio >= 0) {
        sim_gpio_drive(b.gpio, closed && (a.gnd || a.vcc) ? a.vcc : -1);
    }
}

static void bounce_step(sim_part_t *p) {
    button_t *s = p->state;
    s->bounces_left--;
    drive(p, s->bounces_left % 2 == 0 ? s->pressed : !s->pressed);
    if (s->bounces_left > 0) {
        sim_part_timer_at(p, sim_now_ns() + 60000u + 40000u
            * (uint64_t)(s->bounces_left % 6));
    }
}

static bool control(sim_part_t *p, const char *name, double value,
    char *err, int n) {
    button_t *s = p->state;
    if (strcmp(name, "pressed") != 0) {
        snprintf(err, (size_t)n, "part '%s' has no control '%s'", p->id,
            name);
        return false;
    }
    bool press = value != 0;
    if (press == s->pressed) {
        return true;
    }
    s->pressed = press;
    s->presses += press;
    sim_part_timer_cancel(p);
    if (s->bounce) {
        s->bounces_left = 7;
        bounce_step(p);
    } else {
        drive(p, press);
    }
    return true;
}

static void screenshot(sim_part_t *p, FILE *f) {
    button_t *s = p->state;
    fprintf(f, "%s wokwi-pushbutton %s, pressed %u times\n", p->id,
        s->pressed ? "pressed" : "released", s->presses);
}

static const char *const pins[] = {"1.l", "1.r", "2.l", "2.r", NULL};
static const char *const joined[] = {"1.l", "1.r", "2.l", "2.r", NULL};

const sim_part_ops_t sim_part_pushbutton = {
    .type = "wokwi-pushbutton",
    .pins = pins,
    .joined = joined,
    .state_size = sizeof(button_t),
    .load = load,
    .timer = bounce_step,
    .control = control,
    .screenshot = screenshot,
};
