// SPDX-License-Identifier: MIT
// The VCD writer (sim/vcd.h). Identifier of GPIO i: the character '!' + i.
#include <stdio.h>

#include "sim/vcd.h"

static FILE *vcd;
static uint64_t last = UINT64_MAX;

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
    fprintf(vcd, "$upscope $end\n$enddefinitions $end\n#0\n");
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
