// SPDX-License-Identifier: MIT
// The chip's GPIOs, ADC and clock as machine sees them: C-level, no Python
// objects. The host's virtual board (sim/gpio.c, sim/clock.c) implements
// them in board mode; in plain mode and on the QEMU port there are no
// pins (hal_pin_board() is false) and machine offers only what
// MicroPython's unix port does.
#ifndef ES_HAL_PIN_H
#define ES_HAL_PIN_H

#include <stdbool.h>
#include <stdint.h>

#define HAL_PIN_COUNT 17 // GPIO0..GPIO16

#define HAL_PIN_IN 0
#define HAL_PIN_OUT 1
#define HAL_PIN_OPEN_DRAIN 2

#define HAL_IRQ_RISING 1
#define HAL_IRQ_FALLING 2

// Is there a board with pins (board mode)?
bool hal_pin_board(void);

// Configure GPIO [gpio] (0..16): mode HAL_PIN_*, the internal pull-up.
void hal_pin_config(int gpio, int mode, bool pull_up);
int hal_pin_mode(int gpio);

// The level on the pin (what the pin's input register reads).
int hal_pin_get(int gpio);
// Set the pin's output latch (seen on the pin when it is an output).
void hal_pin_set(int gpio, int value);

// Edges (HAL_IRQ_* bits, 0: none) that call hal_pin_irq_event(gpio).
void hal_pin_irq_enable(int gpio, int trigger);
// Called by the board when an enabled edge happens on [gpio]; implemented
// by machine (modules/machine_pin.c).
void hal_pin_irq_event(int gpio);

// GPIO interrupts off (disable_irq) or back on: events wait meanwhile.
bool hal_irq_disable(void);
void hal_irq_restore(bool state);

// The word at the peripheral register [addr] (4-aligned): true when the
// board has a register there.
bool hal_reg_read(uint32_t addr, uint32_t *value);
bool hal_reg_write(uint32_t addr, uint32_t value);

// ADC(0): the TOUT pin, 0..1024.
int hal_adc_read(void);

// The chip id (machine.unique_id's 4 bytes, little-endian).
uint32_t hal_chip_id(void);

// The CPU clock in Hz (80 or 160 MHz).
uint32_t hal_cpu_freq(void);
void hal_cpu_set_freq(uint32_t hz);

// Wait for the next event (machine.idle): the board's next timed event,
// at most 1 ms.
void hal_idle(void);

#endif
