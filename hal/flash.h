// SPDX-License-Identifier: MIT
// The SPI NOR flash (hal/flash.h): the chip's whole flash as bytes from
// address 0, in 4 KB sectors. An erase sets a sector to 0xFF; a program
// only clears bits (the new byte is old AND data), as NOR flash does; a
// read sees exactly what was written. Each port implements these: the
// host's sim/flash.c over an image file or memory, the lx106 QEMU port
// over RAM, the chip over its SPI flash controller. Addresses and lengths
// are checked here, not by the callers: an access outside the flash gives
// -EINVAL.
#ifndef ES_HAL_FLASH_H
#define ES_HAL_FLASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HAL_FLASH_SECTOR 4096u

// The flash's size in bytes (0 when the port has no flash: the host in
// plain mode).
uint32_t hal_flash_size(void);

// The JEDEC id the chip reports (manufacturer in the low byte, then memory
// type and capacity as log2 of the size), as esp.flash_id() gives it.
uint32_t hal_flash_id(void);

// Read [n] bytes at [addr] into [buf]: 0 or a negative errno (-EINVAL
// outside the flash, -EIO when the medium fails).
int hal_flash_read(uint32_t addr, void *buf, size_t n);

// Program [n] bytes of [buf] at [addr]: each flash byte becomes its old
// value AND the new one. 0 or a negative errno. On the host the bytes are
// in the image file when this returns (written through).
int hal_flash_write(uint32_t addr, const void *buf, size_t n);

// Erase sector [sector] (address sector * 4096) to 0xFF: 0 or a negative
// errno.
int hal_flash_erase(uint32_t sector);

#endif
