// SPDX-License-Identifier: MIT
// What machine's files share (modules/machine.c, machine_pin.c).
#ifndef ES_MODULES_MACHINE_H
#define ES_MODULES_MACHINE_H

#include "obj.h"

extern const es_type_t machine_pin_type;

// The GPIO number of machine.Pin [pin].
int machine_pin_gpio(es_val_t pin);

// A pin's level, or set it: a machine.Pin directly, any other object
// (a PinBase subclass) through its value() method.
int machine_pin_read(es_val_t pin);
void machine_pin_write(es_val_t pin, int v);

#endif
