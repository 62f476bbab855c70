// SPDX-License-Identifier: MIT
// Wokwi diagram.json on the virtual board (sim/diagram.c): the board part
// (which picks the profile), the parts wired to it and the nets the
// connections make. The parts are models behind sim/part.h
// (sim/parts/*.c).
#ifndef ES_SIM_DIAGRAM_H
#define ES_SIM_DIAGRAM_H

#include <stdbool.h>
#include <stdio.h>

#include "sim/part.h"

// Read [path]: false after a message naming the file, line and item.
// [board_given]: --board was given (the board part must then match it).
bool sim_diagram_load(const char *path, bool board_given);
// Connect the parts to the started board.
void sim_diagram_start(void);

// The level of part [id]'s pin [pin] (0/1), -1 when there is no such
// part or pin (the message is in err).
int sim_diagram_pin_level(const char *id, const char *pin, char *err,
    int n);
// Set control [name] of part [id] to [value]: false with a message.
bool sim_diagram_set_control(const char *id, const char *name, double value,
    char *err, int n);

// take-screenshot: write part [id]'s state to [f] as text (its
// screenshot operation), or with [id] NULL or the board's id, a line for
// the board (its GPIOs' levels) and one for each part that shows
// something. False with a message in [err] (no such part, or a part that
// shows nothing). [f] NULL: only check [id].
bool sim_diagram_screenshot(const char *id, FILE *f, char *err, int n);

// What the net of the board's pin [pin] ("16", "RST", "D0") holds: with
// .rst set on GPIO16's net, GPIO16 is wired to RST. Without a diagram or
// a wire: gpio -1, nothing else.
sim_net_t sim_diagram_board_net(const char *pin);

#endif
