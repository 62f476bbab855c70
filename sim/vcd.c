// SPDX-License-Identifier: MIT
// The VCD writer (sim/vcd.h). Identifier of GPIO i: the character '!' + i.
#include <stdio.h>

#include "sim/vcd.h"

static FILE *vcd;
static uint64_t last = UINT64_MAX;
static struct {
    char name[24];
    int gpio;
} alias[16];
static int n_alias;

void sim_vcd_alias(const char *name, int gpio) {
    if (n_alias < 16) {
        snprintf(alias[n_alias].name, sizeof(alias[0].name), "%s", name);
        alias[n_alias++].gpio = gpio;
    }
}

bool sim_vcd_open(const char *path, uint32_t levels) {
    vcd = fopen(path, "w");
    if (vcd == NULL) {
        perror(path);
        return false;
    }
    fprintf(vcd, "$date espy virtual board $end\n$version espy $end\n"
        "$timescale 1ns $end\n$scope module esp8266 $end\n");
    for (int i = 0; i <= 16; i++) {
        fprintf(vcd, "$var wire 1 %c gpio%d $end\n", '!' + i, i);
    }
    fprintf(vcd, "$upscope $end\n");
    if (n_alias > 0) {
        fprintf(vcd, "$scope module logic $end\n");
        for (int i = 0; i < n_alias; i++) {
            fprintf(vcd, "$var wire 1 %c %s $end\n", '!' + alias[i].gpio,
                alias[i].name);
        }
        fprintf(vcd, "$upscope $end\n");
    }
    fprintf(vcd, "$enddefinitions $end\n#0\n");
    for (int i = 0; i <= 16; i++) {
        fprintf(vcd, "%d%c\n", (int)(levels >> i & 1), '!' + i);
    }
    last = 0;
    return true;
}

void sim_vcd_change(uint64_t t, int gpio, int level) {
    if (vcd == NULL) {
        return;
    }
    if (t != last) {
        fprintf(vcd, "#%llu\n", (unsigned long long)t);
        last = t;
    }
    fprintf(vcd, "%d%c\n", level, '!' + gpio);
}

void sim_vcd_close(uint64_t t) {
    if (vcd == NULL) {
        return;
    }
    if (t != last) {
        fprintf(vcd, "#%llu\n", (unsigned long long)t);
    }
    fclose(vcd);
    vcd = NULL;
}
