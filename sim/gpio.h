// SPDX-License-Identifier: MIT
// The virtual chip's GPIO block (sim/gpio.c) behind hal/pin.h: each pin's
// output latch, direction, pull-up and what the parts wired to it drive;
// the level that results, its edges (to interrupts, parts and the VCD
// trace) and the registers at 0x60000300..0x60000318.
#ifndef ES_SIM_GPIO_H
#define ES_SIM_GPIO_H

#include <stdbool.h>
#include <stdint.h>

// The board is on (board mode): [pulls] bit i = GPIO i has a pull-up on
// the board, [pulldowns] a pull-down.
void sim_gpio_start(uint32_t pullups, uint32_t pulldowns);

// The chip resets or sleeps: every pin an input again, without pull-up,
// latch or interrupt (what parts drive stays).
void sim_gpio_reset(void);

// The chip's own peripheral (the PWM) sets [gpio]'s output latch to
// [level] and enables its output (an open-drain pin stays open-drain).
void sim_gpio_output(int gpio, int level);

// A part drives [gpio] to [level] (0/1), or lets go (-1).
void sim_gpio_drive(int gpio, int level);

// Who hears of each change of a pin's level (parts); at most 16.
typedef void (*sim_pin_watch_fn)(void *arg, int gpio, int level);
bool sim_gpio_watch(sim_pin_watch_fn fn, void *arg);

// The pins' levels, bit i: GPIO i.
uint32_t sim_gpio_levels(void);

// The voltage on the ADC's TOUT pin as a reading 0..1024.
void sim_adc_set(int value);

#endif
