// SPDX-License-Identifier: MIT
// The virtual board's profile and life (sim/board.h).
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim/board.h"
#include "sim/clock.h"
#include "sim/gpio.h"
#include "sim/json.h"
#include "sim/rtc.h"
#include "sim/scenario.h"
#include "sim/vcd.h"

sim_board_t sim_board;

static bool on;
static FILE *serial_log;

const char *sim_boards_dir(void) {
    static char dir[PATH_MAX];
    const char *env = getenv("ESPY_BOARDS");
    if (env != NULL && *env != '\0') {
        return env;
    }
    ssize_t n = readlink("/proc/self/exe", dir, sizeof(dir) - 16);
    if (n <= 0) {
        return "boards";
    }
    dir[n] = '\0';
    for (int up = 0; up < 3; up++) { // .../build/host/espy -> ...
        char *slash = strrchr(dir, '/');
        if (slash == NULL) {
            return "boards";
        }
        *slash = '\0';
    }
    strcat(dir, "/boards");
    return dir;
}

// A list of GPIO numbers as a bit mask; false when an item is no GPIO.
static bool gpio_bits(const json_t *list, uint32_t *bits) {
    *bits = 0;
    if (list == NULL) {
        return true;
    }
    if (list->kind != JSON_ARR) {
        return false;
    }
    for (const json_t *g = list->child; g != NULL; g = g->next) {
        if (g->kind != JSON_NUM || g->num < 0 || g->num > 16) {
            return false;
        }
        *bits |= 1u << (int)g->num;
    }
    return true;
}

static int load_file(const char *id, bool quiet) {
    char path[PATH_MAX + 64], err[PATH_MAX + 200];
    snprintf(path, sizeof(path), "%s/%s.json", sim_boards_dir(), id);
    if (quiet && access(path, R_OK) != 0) {
        return -1;
    }
    json_t *j = json_load(path, err, sizeof(err));
    if (j == NULL) {
        fprintf(stderr, "espy: board '%s': %s\n", id, err);
        return -1;
    }
    sim_board_t b;
    memset(&b, 0, sizeof(b));
    snprintf(b.id, sizeof(b.id), "%s", id);
    const char *name = json_str(json_get(j, "name"));
    const char *part = json_str(json_get(j, "part"));
    const json_t *flash = json_get(j, "flash_size");
    const json_t *labels = json_get(j, "labels");
    const json_t *drift = json_get(j, "rtc_drift_ppm");
    if (drift != NULL && (drift->kind != JSON_NUM || drift->num < -500000
        || drift->num > 500000)) {
        fprintf(stderr, "espy: %s:%d: rtc_drift_ppm is a number of ppm "
            "from -500000 to 500000\n", path, drift->line);
        json_free(j);
        return -1;
    }
    b.rtc_drift_ppm = drift != NULL ? (int32_t)drift->num : 0;
    if (name == NULL || part == NULL || flash == NULL
        || flash->kind != JSON_NUM || labels == NULL
        || labels->kind != JSON_OBJ
        || !gpio_bits(json_get(j, "pull_up"), &b.pull_up)
        || !gpio_bits(json_get(j, "pull_down"), &b.pull_down)) {
        fprintf(stderr, "espy: %s:%d: a profile needs name, part, "
            "flash_size, labels (and GPIO lists pull_up, pull_down)\n", path,
            j->line);
        json_free(j);
        return -1;
    }
    snprintf(b.name, sizeof(b.name), "%s", name);
    snprintf(b.part, sizeof(b.part), "%s", part);
    b.flash_size = (uint32_t)flash->num;
    for (const json_t *l = labels->child; l != NULL; l = l->next) {
        if (b.n_labels == SIM_MAX_LABELS || l->kind != JSON_NUM
            || l->num < 0 || l->num > 16 || strlen(l->key) >= 12) {
            fprintf(stderr, "espy: %s:%d: bad label '%s'\n", path, l->line,
                l->key);
            json_free(j);
            return -1;
        }
        snprintf(b.labels[b.n_labels].label, 12, "%s", l->key);
        b.labels[b.n_labels++].gpio = (int)l->num;
    }
    json_free(j);
    sim_board = b;
    return 0;
}

int sim_board_load(const char *id) {
    if (strchr(id, '/') != NULL || strlen(id) >= sizeof(sim_board.id)) {
        fprintf(stderr, "espy: no board named '%s'\n", id);
        return -1;
    }
    return load_file(id, false);
}

int sim_board_load_part(const char *part) {
    static const char *const ids[] = {"feather_huzzah", "nodemcu_v2",
        "nodemcu_v3", "wemos_d1_mini", "esp01_1m"};
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        sim_board_t keep = sim_board;
        if (load_file(ids[i], true) == 0 && strcmp(sim_board.part, part) == 0) {
            return 0;
        }
        sim_board = keep;
    }
    return -1;
}

int sim_board_pin(const char *name) {
    if (strcmp(name, "GND") == 0 || strncmp(name, "GND.", 4) == 0) {
        return SIM_PIN_GND;
    }
    if (strcmp(name, "3V3") == 0 || strcmp(name, "VCC") == 0) {
        return SIM_PIN_3V3;
    }
    if (strcmp(name, "RST") == 0) {
        return SIM_PIN_RST;
    }
    if (strcmp(name, "A0") == 0 || strcmp(name, "A") == 0) {
        return SIM_PIN_A0;
    }
    for (int i = 0; i < sim_board.n_labels; i++) {
        if (strcmp(sim_board.labels[i].label, name) == 0) {
            return sim_board.labels[i].gpio;
        }
    }
    char *end;
    long g = strtol(name, &end, 10);
    if (*name != '\0' && *end == '\0' && g >= 0 && g <= 16) {
        return (int)g;
    }
    return SIM_PIN_UNKNOWN;
}

bool sim_board_start(bool virtual_clock, const char *vcd_path) {
    sim_clock_start(virtual_clock);
    sim_rtc_set_drift(sim_board.rtc_drift_ppm);
    sim_gpio_start(sim_board.pull_up, sim_board.pull_down);
    if (vcd_path != NULL && !sim_vcd_open(vcd_path, sim_gpio_levels())) {
        return false;
    }
    on = true;
    return true;
}

bool sim_board_on(void) {
    return on;
}

bool sim_serial_log_open(const char *path) {
    serial_log = fopen(path, "wb");
    if (serial_log == NULL) {
        perror(path);
        return false;
    }
    return true;
}

void sim_serial_tx(const char *s, size_t n) {
    if (serial_log != NULL) {
        fwrite(s, 1, n, serial_log);
    }
    sim_scenario_serial(s, n);
}

void sim_exit(int status) {
    fflush(stdout);
    sim_vcd_close(sim_now_ns());
    if (serial_log != NULL) {
        fclose(serial_log);
        serial_log = NULL;
    }
    exit(status);
}
