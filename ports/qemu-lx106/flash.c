// SPDX-License-Identifier: MIT
// The lx106 QEMU port's SPI flash behind hal/flash.h: 4 MB of the sim
// machine's sysram (its top 4 MB, above any heap placed there), erased to
// 0xFF on first use, with NOR rules (a program ANDs, an erase sets 0xFF).
// It lives as long as the QEMU run, enough for the boot path and the
// filesystem tests.
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "hal/flash.h"

#define FLASH_SIZE (4u << 20)
#define FLASH_MEM ((uint8_t *)0x60000000 + (60u << 20))

static bool ready;

static uint8_t *mem(void) {
    if (!ready) {
        memset(FLASH_MEM, 0xff, FLASH_SIZE);
        ready = true;
    }
    return FLASH_MEM;
}

uint32_t hal_flash_size(void) {
    return FLASH_SIZE;
}

uint32_t hal_flash_id(void) {
    return 0x1640efu; // Winbond W25Q32: 4 MB
}

static bool in_range(uint32_t addr, size_t n) {
    return addr <= FLASH_SIZE && n <= FLASH_SIZE - addr;
}

int hal_flash_read(uint32_t addr, void *buf, size_t n) {
    if (!in_range(addr, n)) {
        return -EINVAL;
    }
    memcpy(buf, mem() + addr, n);
    return 0;
}

int hal_flash_write(uint32_t addr, const void *buf, size_t n) {
    if (!in_range(addr, n)) {
        return -EINVAL;
    }
    uint8_t *m = mem() + addr;
    const uint8_t *src = buf;
    for (size_t i = 0; i < n; i++) {
        m[i] &= src[i];
    }
    return 0;
}

int hal_flash_erase(uint32_t sector) {
    if (sector >= FLASH_SIZE / HAL_FLASH_SECTOR) {
        return -EINVAL;
    }
    memset(mem() + sector * HAL_FLASH_SECTOR, 0xff, HAL_FLASH_SECTOR);
    return 0;
}
