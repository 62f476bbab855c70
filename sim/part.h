// SPDX-License-Identifier: MIT
// The interface of the virtual board's parts (sim/parts/*.c): each part
// type is a const table of operations, like littlefs's block device; the
// diagram (sim/diagram.c) makes the parts, joins their pins into nets and
// calls the operations. A part sees the nets its pins are on (their GPIO,
// or GND, 3V3, A0, RST), the changes of the GPIOs' levels and the board's
// time; it drives GPIOs (sim_gpio_drive) and the ADC. Every operation may
// be NULL (the part has nothing to do then).
#ifndef ES_SIM_PART_H
#define ES_SIM_PART_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "sim/json.h"

// What a net holds of the board: its GPIO (or -1), and supplies or pins.
typedef struct sim_net {
    int gpio;
    bool gnd, vcc, a0, rst;
} sim_net_t;

typedef struct sim_part sim_part_t;

typedef struct sim_part_ops {
    const char *type;            // Wokwi's type: "wokwi-led"
                                 // (sim/part.c may give it other names)
    const char *const *pins;     // its pins' names, NULL-terminated
    // Pairs of pins joined inside the part (a resistor's two ends, a
    // button's two pins of one contact), NULL-terminated; may be NULL.
    const char *const *joined;
    unsigned state_size;         // bytes of the part's state (zeroed)
    // The part's attrs from the diagram (string values; [attrs] may be
    // NULL): false with a message in [err] (the diagram names the line).
    bool (*load)(sim_part_t *p, const json_t *attrs, char *err, int n);
    // The nets are made, the board is not on yet (the VCD not open: a
    // logic analyzer adds its channels here).
    void (*attach)(sim_part_t *p);
    // The board is on (time 0): drive the initial levels.
    void (*start)(sim_part_t *p);
    // GPIO [gpio] on one of the part's nets changed to [level].
    void (*pin_change)(sim_part_t *p, int gpio, int level);
    // The time set with sim_part_timer_at has come.
    void (*timer)(sim_part_t *p);
    // A scenario's set-control: false with a message in [err] (an
    // unknown control or a value out of range).
    bool (*control)(sim_part_t *p, const char *name, double value,
        char *err, int n);
    // take-screenshot: write the part's visible state to [f] as text
    // lines (docs/board.md gives each part's lines).
    void (*screenshot)(sim_part_t *p, FILE *f);
} sim_part_ops_t;

struct sim_part {
    char id[32];
    const sim_part_ops_t *ops;
    int line;                    // in the diagram
    int index;                   // in the diagram's parts
    uint32_t gpios;              // bit i: GPIO i is on one of its nets
    void *state;                 // ops->state_size bytes
};

// The part types known (sim/parts/*.c), and the lookup by Wokwi's type
// name (NULL: unknown).
extern const sim_part_ops_t sim_part_led, sim_part_pushbutton,
    sim_part_potentiometer, sim_part_resistor, sim_part_logic_analyzer;
const sim_part_ops_t *sim_part_type(const char *type);

// The net of part [p]'s pin [pin] (gpio -1 and no supply when the pin is
// wired to nothing of the board).
sim_net_t sim_part_net(const sim_part_t *p, const char *pin);
// The level of a net: its GPIO's, else 1 on 3V3, else 0.
int sim_net_level(sim_net_t n);

// Call [p]'s timer operation at [t] ns (one pending time per part: a new
// one replaces it); sim_part_timer_cancel drops it.
bool sim_part_timer_at(sim_part_t *p, uint64_t t);
void sim_part_timer_cancel(sim_part_t *p);

#endif
