// SPDX-License-Identifier: MIT
// The diagram's parts and nets (sim/diagram.h). Every pin end
// ("part:pin") is a node; connections join nodes into nets (union-find);
// a net holds at most one board GPIO and may hold GND, 3V3, A0 or RST.
// Pins a part joins inside (sim_part_ops_t.joined) are one net. The parts
// themselves are models behind sim/part.h (sim/parts/*.c); this file
// calls their operations: load, attach, start, pin changes, controls and
// screenshots.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hal/pin.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/diagram.h"
#include "sim/gpio.h"
#include "sim/json.h"
#include "sim/part.h"

#define MAX_PARTS 32
#define MAX_NODES 256

typedef struct node {
    int part;           // index in parts
    char pin[16];
    int parent;         // union-find
} node_t;

static struct {
    const char *path;
    sim_part_t parts[MAX_PARTS]; // the board's has no ops
    int n_parts;
    node_t nodes[MAX_NODES];
    int n_nodes;
    int board;          // the board part's index, -1: none
} d = {.board = -1};

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
    if (p == d.board) {
        return sim_board_pin(pin) != SIM_PIN_UNKNOWN;
    }
    for (const char *const *k = d.parts[p].ops->pins; *k != NULL; k++) {
        if (strcmp(*k, pin) == 0) {
            return true;
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

// The board part [p] of [type]: it picks the profile (or must match the
// --board given).
static bool load_board(const json_t *p, const char *id, const char *type,
    bool board_given) {
    if (d.board >= 0) {
        return bad(p->line, "part '%s': a second board (%s)", id, type);
    }
    if (board_given ? strcmp(sim_board.part, type) != 0
        : sim_board_load_part(type) != 0) {
        return bad(p->line, board_given ? "board part '%s' of type "
            "'%s' is not the --board given" : "part '%s': unknown "
            "board type '%s'", id, type);
    }
    d.board = d.n_parts;
    return true;
}

// Part [q] of [type] with its attrs: its model's state and load.
static bool load_model(sim_part_t *q, const json_t *p, const char *type) {
    char err[160] = "";
    q->ops = sim_part_type(type);
    if (q->ops == NULL) {
        return bad(p->line, "part '%s': unknown part type '%s'", q->id, type);
    }
    q->state = calloc(1, q->ops->state_size ? q->ops->state_size : 1);
    if (q->state == NULL) {
        return bad(p->line, "part '%s': out of memory%s", q->id, "");
    }
    if (q->ops->load != NULL
        && !q->ops->load(q, json_get(p, "attrs"), err, sizeof(err))) {
        return bad(p->line, "part '%s': %s", q->id, err);
    }
    return true;
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
        sim_part_t *q = &d.parts[d.n_parts];
        memset(q, 0, sizeof(*q));
        snprintf(q->id, sizeof(q->id), "%s", id);
        q->line = p->line;
        q->index = d.n_parts;
        bool ok = strncmp(type, "board-", 6) == 0
            ? load_board(p, id, type, board_given) : load_model(q, p, type);
        if (!ok) {
            return false;
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
static void attach(void);

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
    if (ok) {
        attach();
    }
    return ok;
}

static void join(int a, int b) {
    if (a >= 0 && b >= 0) {
        d.nodes[root(a)].parent = root(b);
    }
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
        join(a, b);
    }
    for (int p = 0; p < d.n_parts; p++) {
        const char *const *w = p != d.board ? d.parts[p].ops->joined : NULL;
        for (; w != NULL && w[0] != NULL && w[1] != NULL; w += 2) {
            join(node_of(p, w[0]), node_of(p, w[1]));
        }
    }
    return true;
}

// What net [r] (a root) holds of the board.
static sim_net_t net_of(int r) {
    sim_net_t n = {-1, false, false, false, false};
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
        n.rst |= g == SIM_PIN_RST;
    }
    return n;
}

sim_net_t sim_part_net(const sim_part_t *p, const char *pin) {
    for (int i = 0; i < d.n_nodes; i++) {
        if (d.nodes[i].part == p->index && strcmp(d.nodes[i].pin, pin) == 0) {
            return net_of(root(i));
        }
    }
    return (sim_net_t){-1, false, false, false, false};
}

sim_net_t sim_diagram_board_net(const char *pin) {
    sim_part_t board = {.index = d.board};
    return sim_part_net(&board, pin);
}

// Each part learns the GPIOs on its nets, then attaches (before the board
// starts: the VCD is not open yet).
static void attach(void) {
    for (int p = 0; p < d.n_parts; p++) {
        sim_part_t *q = &d.parts[p];
        for (const char *const *k = q->ops ? q->ops->pins : NULL;
             k != NULL && *k != NULL; k++) {
            sim_net_t n = sim_part_net(q, *k);
            q->gpios |= n.gpio >= 0 ? 1u << n.gpio : 0;
        }
        if (q->ops != NULL && q->ops->attach != NULL) {
            q->ops->attach(q);
        }
    }
}

// A GPIO changed: the parts on its net hear of it.
static void pin_changed(void *arg, int gpio, int level) {
    (void)arg;
    for (int p = 0; p < d.n_parts; p++) {
        sim_part_t *q = &d.parts[p];
        if ((q->gpios >> gpio & 1) && q->ops->pin_change != NULL) {
            q->ops->pin_change(q, gpio, level);
        }
    }
}

void sim_diagram_start(void) {
    sim_gpio_watch(pin_changed, NULL);
    for (int p = 0; p < d.n_parts; p++) {
        sim_part_t *q = &d.parts[p];
        if (q->ops != NULL && q->ops->start != NULL) {
            q->ops->start(q);
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
    return sim_net_level(sim_part_net(&d.parts[p], pin));
}

bool sim_diagram_set_control(const char *id, const char *name, double value,
    char *err, int n) {
    int p = find_part(id);
    sim_part_t *q = p >= 0 && p != d.board ? &d.parts[p] : NULL;
    if (q != NULL && q->ops->control != NULL) {
        return q->ops->control(q, name, value, err, n);
    }
    snprintf(err, (size_t)n, p < 0 ? "no part '%s'" : "part '%s' has "
        "no control '%s'", id, name);
    return false;
}

// The board's line: its part type and every GPIO's level.
static void board_screenshot(FILE *f) {
    uint32_t levels = sim_gpio_levels();
    fprintf(f, "%s %s gpio0-16 ", d.board >= 0 ? d.parts[d.board].id
        : "board", sim_board.part);
    for (int i = 0; i <= 16; i++) {
        fputc('0' + (int)(levels >> i & 1), f);
    }
    fputc('\n', f);
}

bool sim_diagram_screenshot(const char *id, FILE *f, char *err, int n) {
    int p = id != NULL ? find_part(id) : d.board;
    if (p < 0 && id != NULL) {
        snprintf(err, (size_t)n, "no part '%s'", id);
        return false;
    }
    if (p >= 0 && p != d.board) {
        sim_part_t *q = &d.parts[p];
        if (q->ops->screenshot == NULL) {
            snprintf(err, (size_t)n, "part '%s' shows nothing", id);
            return false;
        }
        if (f != NULL) {
            q->ops->screenshot(q, f);
        }
        return true;
    }
    if (f == NULL) {
        return true;
    }
    board_screenshot(f);
    for (int k = 0; k < d.n_parts; k++) {
        sim_part_t *q = &d.parts[k];
        if (k != d.board && q->ops->screenshot != NULL) {
            q->ops->screenshot(q, f);
        }
    }
    return true;
}

