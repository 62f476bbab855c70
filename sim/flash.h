// SPDX-License-Identifier: MIT
// The virtual board's SPI NOR flash (sim/flash.c), behind hal/flash.h:
// attached by the host port's command line in board mode.
#ifndef ES_SIM_FLASH_H
#define ES_SIM_FLASH_H

#include <stdbool.h>
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

// Power cuts, for the power-loss tests (docs/filesystem.md). Once a cut
// mode is set, the flash counts its distinct operations from 1: a program
// that clears at least one bit, an erase of a sector not already blank
// (the others leave the flash as it was, so a cut there is the same as one
// before the next operation). The operation cut is torn: a program writes
// only a prefix of its bytes (0 to n - 1 of them), an erase sets only the
// start of its sector to 0xFF (possibly none); the prefix is a fixed
// function of the operation's number. After the cut every program and
// erase fails with -EIO (the filesystem above sees an I/O error and gives
// up); reads still see the flash as the cut left it, for the checks.

// Cut the power at distinct operation [op].
void sim_flash_cut(uint64_t op);

// Cut the power at every distinct operation in turn: before each one the
// process forks; the child carries the cut (and forks no more), the parent
// goes on uncut. At most [jobs] children run at a time (1 to 16). At the
// parent's exit, after every child ended, it prints `powercut: N cut
// points, F failures` on stdout and exits with status 1 when F > 0; a
// child fails when it exits non-zero, is killed by a signal, or runs
// longer than 60 s, and its cut point is named on stderr.
void sim_flash_cut_each(unsigned jobs);

// Has the power been cut in this process?
bool sim_flash_cut_off(void);

#endif
