// SPDX-License-Identifier: MIT
// The virtual board (sim/board.c): its profile, read from
// boards/<name>.json (the chip's pins under the board's labels, the
// board's pull resistors and LEDs, its flash size), and its start and end
// in board mode: the clock, the GPIO block, the VCD trace, the serial
// log, and the exit status of a scenario run.
#ifndef ES_SIM_BOARD_H
#define ES_SIM_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIM_MAX_LABELS 32

// Pins of a board part that are no GPIO (sim_board_pin).
#define SIM_PIN_UNKNOWN (-1)
#define SIM_PIN_GND (-2)
#define SIM_PIN_3V3 (-3)
#define SIM_PIN_RST (-4)
#define SIM_PIN_A0 (-5)

typedef struct sim_board {
    char id[32];        // the profile's file name: feather_huzzah
    char name[96];      // the banner's name
    char part[48];      // its part type in a diagram
    uint32_t flash_size;
    uint32_t pull_up, pull_down; // bit i: GPIO i
    int32_t rtc_drift_ppm; // the RTC oscillator against its calibration
    int n_labels;
    struct {
        char label[12];
        int gpio;
    } labels[SIM_MAX_LABELS];
} sim_board_t;

extern sim_board_t sim_board;

// The directory of the profiles: $ESPY_BOARDS, else boards/ beside the
// build directory of this espy (build/host/espy -> boards/).
const char *sim_boards_dir(void);

// Read profile [id]: 0, or -1 after a message on stderr.
int sim_board_load(const char *id);
// The profile whose diagram part type is [part] (sim_board_load by type):
// 0, or -1 when no profile has it.
int sim_board_load_part(const char *part);

// The GPIO of a board part's pin named [name] ("2", "D4", "TX"), or a
// SIM_PIN_* code.
int sim_board_pin(const char *name);

// Start the board: clock (virtual or real), GPIO, and the trace to
// [vcd_path] (NULL: none). False after a message.
bool sim_board_start(bool virtual_clock, const char *vcd_path);
bool sim_board_on(void);

// The serial log (--serial-log-file): everything UART0 sends.
bool sim_serial_log_open(const char *path);
// UART0 sent [n] bytes (the host's hal_uart0_tx).
void sim_serial_tx(const char *s, size_t n);

// End the run with [status]: the trace and log are closed first.
void sim_exit(int status);

#endif
