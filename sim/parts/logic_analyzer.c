// SPDX-License-Identifier: MIT
// wokwi-logic-analyzer: channels D0..D7; each channel on a GPIO's net is
// traced again under its name (attr "channelNames", "D0,...,D7" unless
// named) in the VCD's scope "logic".
#include <stdio.h>
#include <string.h>

#include "sim/part.h"
#include "sim/vcd.h"

typedef struct analyzer {
    char names[8][24];
} analyzer_t;

static const char *const pins[] = {"D0", "D1", "D2", "D3", "D4", "D5", "D6",
    "D7", "GND", NULL};

static bool load(sim_part_t *p, const json_t *attrs, char *err, int n) {
    (void)err;
    (void)n;
    analyzer_t *s = p->state;
    const char *names = json_str(json_get(attrs, "channelNames"));
    for (int c = 0; c < 8; c++) {
        snprintf(s->names[c], sizeof(s->names[c]), "D%d", c);
        size_t len = names != NULL ? strcspn(names, ",") : 0;
        if (len > 0 && len < sizeof(s->names[c])) {
            snprintf(s->names[c], len + 1, "%s", names);
        }
        names = names != NULL && names[len] == ',' ? names + len + 1 : NULL;
    }
    return true;
}

static void attach(sim_part_t *p) {
    analyzer_t *s = p->state;
    for (int c = 0; c < 8; c++) {
        sim_net_t net = sim_part_net(p, pins[c]);
        if (net.gpio >= 0) {
            sim_vcd_alias(s->names[c], net.gpio);
        }
    }
}

static void screenshot(sim_part_t *p, FILE *f) {
    analyzer_t *s = p->state;
    fprintf(f, "%s wokwi-logic-analyzer", p->id);
    for (int c = 0; c < 8; c++) {
        sim_net_t net = sim_part_net(p, pins[c]);
        if (net.gpio >= 0) {
            fprintf(f, " %s=%d", s->names[c], sim_net_level(net));
        }
    }
    fputc('\n', f);
}

const sim_part_ops_t sim_part_logic_analyzer = {
    .type = "wokwi-logic-analyzer",
    .pins = pins,
    .state_size = sizeof(analyzer_t),
    .load = load,
    .attach = attach,
    .screenshot = screenshot,
};
