// SPDX-License-Identifier: MIT
// The diagram's parts and nets (sim/diagram.h). Every pin end
// ("part:pin") is a node; connections join nodes into nets (union-find);
// a net holds at most one board GPIO and may hold GND or 3V3. A resistor
// joins its two pins. Parts see their nets' levels and drive them:
// a pressed button joins its two contacts, so a GPIO on one side reads the
// GND or 3V3 on the other (with a few ms-scale bounces when enabled); the
// potentiometer's SIG on A0 sets the ADC.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hal/pin.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/diagram.h"
#include "sim/gpio.h"
#include "sim/json.h"
#include "sim/vcd.h"

#define MAX_PARTS 32
#define MAX_NODES 256

typedef enum { P_BOARD, P_LED, P_BUTTON, P_POT, P_RESISTOR, P_LOGIC }
    part_kind_t;

typedef struct part {
    char id[32];
    part_kind_t kind;
    int line;
    bool bounce;
    bool pressed;
    int bounces_left;
    int value;          // potentiometer: 0..1023
    char channels[8][24]; // logic analyzer: the channels' names
} part_t;

typedef struct node {
    int part;           // index in parts
    char pin[16];
    int parent;         // union-find
} node_t;

static struct {
    const char *path;
    part_t parts[MAX_PARTS];
    int n_parts;
    node_t nodes[MAX_NODES];
    int n_nodes;
    int board;          // the board part's index, -1: none
} d = {.board = -1};

static const struct {
    const char *type;
    part_kind_t kind;
    const char *pins[9];
} types[] = {
    {"wokwi-led", P_LED, {"A", "C"}},
    {"wokwi-pushbutton", P_BUTTON, {"1.l", "1.r", "2.l", "2.r"}},
    {"wokwi-pushbutton-6mm", P_BUTTON, {"1.l", "1.r", "2.l", "2.r"}},
    {"wokwi-potentiometer", P_POT, {"GND", "SIG", "VCC"}},
    {"wokwi-resistor", P_RESISTOR, {"1", "2"}},
    {"wokwi-logic-analyzer", P_LOGIC, {"D0", "D1", "D2", "D3", "D4", "D5",
        "D6", "D7", "GND"}},
};

static bool bad(int line, const char *fmt, const char *a, const char *b) {
    fprintf(stderr, "espy: %s:%d: ", d.path, line);
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    return false;
}

static int find_part(const char *id) {
    for (int i = 0; i < d.n_parts; i++) {
        if (strcmp(d.parts[i].id, id) == 0) {
            return i;
        }
    }
    return -1;
}

static int root(int i) {
    while (d.nodes[i].parent != i) {
        i = d.nodes[i].parent = d.nodes[d.nodes[i].parent].parent;
    }
    return i;
}

static int node_of(int part, const char *pin) {
    for (int i = 0; i < d.n_nodes; i++) {
        if (d.nodes[i].part == part && strcmp(d.nodes[i].pin, pin) == 0) {
            return i;
        }
    }
    if (d.n_nodes == MAX_NODES || strlen(pin) >= 16) {
        return -1;
    }
    node_t *n = &d.nodes[d.n_nodes];
    n->part = part;
    snprintf(n->pin, sizeof(n->pin), "%s", pin);
    n->parent = d.n_nodes;
    return d.n_nodes++;
}

// Is [pin] a pin of part [p]? For the board: a GPIO it has or a supply.
static bool has_pin(int p, const char *pin) {
    if (d.parts[p].kind == P_BOARD) {
        int g = sim_board_pin(pin);
        return g != SIM_PIN_UNKNOWN;
    }
    for (size_t t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
        if (types[t].kind == d.parts[p].kind) {
            for (int k = 0; k < 9 && types[t].pins[k] != NULL; k++) {
                if (strcmp(types[t].pins[k], pin) == 0) {
                    return true;
                }
            }
            return false;
        }
    }
    return false;
}

// One end "part:pin" of a connection: its node, or -1 after a message.
static int end_node(const json_t *e, int line) {
    const char *s = json_str(e);
    char id[32];
    const char *colon = s != NULL ? strchr(s, ':') : NULL;
    if (colon == NULL || colon - s >= (long)sizeof(id)) {
        bad(line, "connection end %s%s is not \"part:pin\"",
            s != NULL ? s : "(not a string)", "");
        return -1;
    }
    if (s[0] == '$') { // $serialMonitor: the console
        return -2;
    }
    memcpy(id, s, (size_t)(colon - s));
    id[colon - s] = '\0';
    int p = find_part(id);
    if (p < 0) {
        bad(line, "connection to unknown part '%s'%s", id, "");
        return -1;
    }
    if (!has_pin(p, colon + 1)) {
        bad(line, "part '%s' has no pin '%s'", id, colon + 1);
        return -1;
    }
    if (p == d.board) {
        int g = sim_board_pin(colon + 1);
        if (g >= 6 && g <= 11) {
            bad(line, "pin '%s' is wired to the flash (GPIO6-11): "
                "%s cannot be used", colon + 1, "it");
            return -1;
        }
    }
    int n = node_of(p, colon + 1);
    if (n < 0) {
        bad(line, "too many pins in %s%s", "the diagram", "");
    }
    return n;
}

static bool load_parts(const json_t *parts, bool board_given) {
    if (parts == NULL || parts->kind != JSON_ARR) {
        return bad(1, "the diagram needs a \"parts\" list%s%s", "", "");
    }
    for (const json_t *p = parts->child; p != NULL; p = p->next) {
        const char *id = json_str(json_get(p, "id"));
        const char *type = json_str(json_get(p, "type"));
        if (id == NULL || type == NULL) {
            return bad(p->line, "a part needs a string \"id\" and \"type\"%s%s",
                "", "");
        }
        if (d.n_parts == MAX_PARTS || strlen(id) >= 32) {
            return bad(p->line, "part '%s': too many parts or id too long%s",
                id, "");
        }
        if (find_part(id) >= 0) {
            return bad(p->line, "duplicate part id '%s'%s", id, "");
        }
        part_t *q = &d.parts[d.n_parts];
        memset(q, 0, sizeof(*q));
        snprintf(q->id, sizeof(q->id), "%s", id);
        q->line = p->line;
        bool known = false;
        if (strncmp(type, "board-", 6) == 0) {
            if (d.board >= 0) {
                return bad(p->line, "part '%s': a second board (%s)", id,
                    type);
            }
            if (board_given ? strcmp(sim_board.part, type) != 0
                : sim_board_load_part(type) != 0) {
                return bad(p->line, board_given ? "board part '%s' of type "
                    "'%s' is not the --board given" : "part '%s': unknown "
                    "board type '%s'", id, type);
            }
            q->kind = P_BOARD;
            d.board = d.n_parts;
            known = true;
        }
        for (size_t t = 0; !known && t < sizeof(types) / sizeof(types[0]);
             t++) {
            if (strcmp(types[t].type, type) == 0) {
                q->kind = types[t].kind;
                known = true;
            }
        }
        if (!known) {
            return bad(p->line, "part '%s': unknown part type '%s'", id, type);
        }
        const json_t *attrs = json_get(p, "attrs");
        const char *bounce = json_str(json_get(attrs, "bounce"));
        q->bounce = bounce == NULL || strcmp(bounce, "0") != 0;
        const char *value = json_str(json_get(attrs, "value"));
        q->value = value != NULL ? atoi(value) : 0;
        const char *names = json_str(json_get(attrs, "channelNames"));
        for (int c = 0; c < 8; c++) { // "D0,...,D7" unless named
            snprintf(q->channels[c], sizeof(q->channels[c]), "D%d", c);
            size_t len = names != NULL ? strcspn(names, ",") : 0;
            if (len > 0 && len < sizeof(q->channels[c])) {
                snprintf(q->channels[c], len + 1, "%s", names);
            }
            names = names != NULL && names[len] == ',' ? names + len + 1
                : NULL;
        }
        d.n_parts++;
    }
    if (d.board < 0) {
        return bad(1, "the diagram has no ESP8266 board part "
            "(board-esp8266-feather-huzzah, board-nodemcu-v2, ...)%s%s", "",
            "");
    }
    return true;
}

static bool load(const json_t *j, bool board_given);
static void add_channels(void);

bool sim_diagram_load(const char *path, bool board_given) {
    char err[1200];
    d.path = path;
    json_t *j = json_load(path, err, sizeof(err));
    if (j == NULL) {
        fprintf(stderr, "espy: %s\n", err);
        return false;
    }
    bool ok = load(j, board_given);
    json_free(j);
    return ok;
}

static bool load(const json_t *j, bool board_given) {
    if (!load_parts(json_get(j, "parts"), board_given)) {
        return false;
    }
    const json_t *conns = json_get(j, "connections");
    if (conns != NULL && conns->kind != JSON_ARR) {
        return bad(conns->line, "\"connections\" is not a list%s%s", "", "");
    }
    for (const json_t *c = conns ? conns->child : NULL; c; c = c->next) {
        if (c->kind != JSON_ARR || c->child == NULL || c->child->next == NULL) {
            return bad(c->line, "a connection is [from, to, color, route]%s%s",
                "", "");
        }
        int a = end_node(c->child, c->line), b = end_node(c->child->next,
            c->line);
        if (a == -1 || b == -1) {
            return false;
        }
        if (a >= 0 && b >= 0) {
            d.nodes[root(a)].parent = root(b);
        }
    }
    // A resistor is a wire here; a button's two pins of one contact are
    // joined inside it.
    static const char *const joined[][2] = {{"1", "2"}, {"1.l", "1.r"},
        {"2.l", "2.r"}};
    for (int p = 0; p < d.n_parts; p++) {
        part_kind_t k = d.parts[p].kind;
        for (int w = k == P_RESISTOR ? 0 : 1;
             (k == P_RESISTOR && w < 1) || (k == P_BUTTON && w < 3); w++) {
            int a = node_of(p, joined[w][0]), b = node_of(p, joined[w][1]);
            if (a >= 0 && b >= 0) {
                d.nodes[root(a)].parent = root(b);
            }
        }
    }
    add_channels();
    return true;
}

// What net [r] (a root) holds: its GPIO (or -1), GND, 3V3, A0.
typedef struct net {
    int gpio;
    bool gnd, vcc, a0;
} net_t;

static net_t net_of(int r) {
    net_t n = {-1, false, false, false};
    for (int i = 0; i < d.n_nodes; i++) {
        if (root(i) != r || d.nodes[i].part != d.board) {
            continue;
        }
        int g = sim_board_pin(d.nodes[i].pin);
        if (g >= 0) {
            n.gpio = g;
        }
        n.gnd |= g == SIM_PIN_GND;
        n.vcc |= g == SIM_PIN_3V3;
        n.a0 |= g == SIM_PIN_A0;
    }
    return n;
}

static net_t pin_net(int part, const char *pin) {
    int i = node_of(part, pin);
    return i >= 0 ? net_of(root(i)) : (net_t){-1, false, false, false};
}

// A logic analyzer's channels on GPIO nets are traced under their names
// (the VCD's scope "logic").
static void add_channels(void) {
    for (int p = 0; p < d.n_parts; p++) {
        for (int c = 0; d.parts[p].kind == P_LOGIC && c < 8; c++) {
            char pin[4] = {'D', (char)('0' + c), 0, 0};
            int i = -1;
            for (int k = 0; k < d.n_nodes; k++) {
                if (d.nodes[k].part == p && strcmp(d.nodes[k].pin, pin) == 0) {
                    i = k;
                }
            }
            net_t n = i >= 0 ? net_of(root(i)) : (net_t){-1, 0, 0, 0};
            if (n.gpio >= 0) {
                sim_vcd_alias(d.parts[p].channels[c], n.gpio);
            }
        }
    }
}

static int net_level(net_t n) {
    return n.gpio >= 0 ? hal_pin_get(n.gpio) : n.vcc ? 1 : 0;
}

// A button's contacts: what a GPIO on one side reads when joined.
static void button_drive(part_t *q, bool closed) {
    int p = (int)(q - d.parts);
    net_t a = pin_net(p, "1.l"), b = pin_net(p, "2.l");
    if (a.gpio >= 0) {
        sim_gpio_drive(a.gpio, closed && (b.gnd || b.vcc) ? b.vcc : -1);
    }
    if (b.gpio >= 0) {
        sim_gpio_drive(b.gpio, closed && (a.gnd || a.vcc) ? a.vcc : -1);
    }
}

// Bounce: the contact opens and closes a few times over about 1 ms
// before it settles (deterministic: 6 changes, 60..260 us apart).
static void bounce_step(void *arg) {
    part_t *q = arg;
    q->bounces_left--;
    bool closed = q->bounces_left % 2 == 0 ? q->pressed : !q->pressed;
    button_drive(q, closed);
    if (q->bounces_left > 0) {
        sim_event_at(sim_now_ns() + 60000u + 40000u * (uint64_t)
            (q->bounces_left % 6), bounce_step, q);
    }
}

void sim_diagram_start(void) {
    for (int p = 0; p < d.n_parts; p++) {
        part_t *q = &d.parts[p];
        if (q->kind == P_POT && pin_net(p, "SIG").a0) {
            sim_adc_set(q->value * 1024 / 1023);
        }
    }
}

int sim_diagram_pin_level(const char *id, const char *pin, char *err,
    int n) {
    int p = find_part(id);
    if (p < 0 || !has_pin(p, pin)) {
        snprintf(err, (size_t)n, p < 0 ? "no part '%s'" : "part '%s' has "
            "no pin '%s'", id, pin);
        return -1;
    }
    if (p == d.board) {
        int g = sim_board_pin(pin);
        return g >= 0 ? hal_pin_get(g) : g == SIM_PIN_3V3;
    }
    return net_level(pin_net(p, pin));
}

bool sim_diagram_set_control(const char *id, const char *name, double value,
    char *err, int n) {
    int p = find_part(id);
    part_t *q = p >= 0 ? &d.parts[p] : NULL;
    if (q != NULL && q->kind == P_BUTTON && strcmp(name, "pressed") == 0) {
        bool press = value != 0;
        if (press != q->pressed) {
            q->pressed = press;
            sim_event_cancel(bounce_step, q);
            if (q->bounce) {
                q->bounces_left = 7;
                bounce_step(q);
            } else {
                button_drive(q, press);
            }
        }
        return true;
    }
    if (q != NULL && q->kind == P_POT && strcmp(name, "position") == 0) {
        q->value = (int)(value * 1023 + 0.5);
        if (pin_net(p, "SIG").a0) {
            sim_adc_set((int)(value * 1024 + 0.5));
        }
        return true;
    }
    snprintf(err, (size_t)n, q == NULL ? "no part '%s'" : "part '%s' has "
        "no control '%s'", id, name);
    return false;
}
