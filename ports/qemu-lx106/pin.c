// SPDX-License-Identifier: MIT
// hal/pin.h on the QEMU port: no pins (the simulator has no GPIO block), as
// in the host's plain mode; the clock is the chip's 80 MHz.
#include <stddef.h>

#include "hal/pin.h"

static uint32_t freq = 80000000u;
static bool irq_on = true;

bool hal_pin_board(void) { return false; }
void hal_pin_config(int gpio, int mode, bool pull_up) {
    (void)gpio; (void)mode; (void)pull_up;
}
int hal_pin_mode(int gpio) { (void)gpio; return HAL_PIN_IN; }
int hal_pin_get(int gpio) { (void)gpio; return 0; }
void hal_pin_set(int gpio, int value) { (void)gpio; (void)value; }
void hal_pin_irq_enable(int gpio, int trigger) { (void)gpio; (void)trigger; }
bool hal_irq_disable(void) { bool s = irq_on; irq_on = false; return s; }
void hal_irq_restore(bool state) { irq_on = state; }
bool hal_reg_read(uint32_t addr, uint32_t *value) {
    (void)addr; *value = 0; return false;
}
bool hal_reg_write(uint32_t addr, uint32_t value) {
    (void)addr; (void)value; return false;
}
int hal_adc_read(void) { return 0; }
uint32_t hal_chip_id(void) { return 0x00e5b0a1u; }
uint32_t hal_cpu_freq(void) { return freq; }
void hal_cpu_set_freq(uint32_t hz) { freq = hz; }
void hal_idle(void) {}
