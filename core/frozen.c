// SPDX-License-Identifier: MIT
// Frozen modules (stub until the build generates the table).
#include "frozen.h"
#include "print.h"

int es_frozen_stat(const char *path) {
    ES_UNUSED(path);
    return 0;
}

es_val_t es_frozen_code(const char *path) {
    ES_UNUSED(path);
    return ES_NULL;
}

void es_frozen_print_names(const es_print_t *p) {
    ES_UNUSED(p);
}
