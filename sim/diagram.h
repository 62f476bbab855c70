// SPDX-License-Identifier: MIT
// Wokwi diagram.json on the virtual board (sim/diagram.c): the board part
// (which picks the profile), the parts wired to it and the nets the
// connections make. Parts: wokwi-led, wokwi-pushbutton (and -6mm, with
// bounce), wokwi-potentiometer on A0, wokwi-resistor (a wire here).
#ifndef ES_SIM_DIAGRAM_H
#define ES_SIM_DIAGRAM_H

#include <stdbool.h>

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

#endif
