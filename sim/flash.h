// SPDX-License-Identifier: MIT
// The virtual board's SPI NOR flash (sim/flash.c), behind hal/flash.h:
// attached by the host port's command line in board mode.
#ifndef ES_SIM_FLASH_H
#define ES_SIM_FLASH_H

#include <stdint.h>

// The flash as the image file [path], created full of 0xFF with [size]
// bytes when missing; an existing image keeps its own size (a power of two
// from 512 KB to 16 MB). The file is locked for this process: a second
// espy on the same image fails here. Every program and erase goes to the
// file before returning, so a killed process loses nothing. 0, or -1 after
// printing why on stderr.
int sim_flash_open(const char *path, uint32_t size);

// A fresh flash of [size] bytes (all 0xFF) in memory, gone at exit. 0 or
// -1 (out of memory, message printed).
int sim_flash_memory(uint32_t size);

#endif
