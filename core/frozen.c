// SPDX-License-Identifier: MIT
// Looking up frozen modules by path (see frozen.h). The table is const
// (flash on the chip): its entries are words, and the paths are interned
// names, compared through es_rom_memcmp.
#include <string.h>

#include "frozen.h"
#include "intern.h"
#include "print.h"
#include "rom.h"

// Whether entry [m]'s path is [path] (exact), or starts with [path] and a
// '/' (prefix: [path] is one of its directories).
static bool path_match(const es_frozen_module_t *m, const char *path,
    size_t len, bool prefix) {
    size_t n;
    const char *s = es_qstr_str(m->path, &n);
    if (prefix) {
        return n > len && es_rom_memcmp(s, path, len) == 0
            && es_rom_u8(s + len) == '/';
    }
    return n == len && es_rom_memcmp(s, path, len) == 0;
}

// The entry for [path] ([prefix]: the first one under the directory
// [path]), or NULL.
static const es_frozen_module_t *find(const char *path, bool prefix) {
    size_t len = strlen(path);
    for (const es_frozen_module_t *m = es_frozen_modules; m->code; m++) {
        if (path_match(m, path, len, prefix)) {
            return m;
        }
    }
    return NULL;
}

int es_frozen_stat(const char *path) {
    return find(path, false) != NULL ? 1 : find(path, true) != NULL ? 2 : 0;
}

es_val_t es_frozen_code(const char *path) {
    const es_frozen_module_t *m = find(path, false);
    return m != NULL ? es_val(m->code) : ES_NULL;
}

// "pkg/sub.py" as pkg.sub, "pkg/__init__.py" as pkg.
void es_frozen_print_names(const es_print_t *p) {
    for (const es_frozen_module_t *m = es_frozen_modules; m->code; m++) {
        size_t n;
        const char *s = es_qstr_str(m->path, &n);
        char name[64];
        n = n - 3 < sizeof(name) ? n - 3 : sizeof(name) - 1; // no ".py"
        es_rom_memcpy(name, s, n);
        if (n >= 9 && memcmp(name + n - 9, "/__init__", 9) == 0) {
            n -= 9;
        }
        for (size_t i = 0; i < n; i++) {
            name[i] = name[i] == '/' ? '.' : name[i];
        }
        es_printf(p, "%.*s ", (int)n, name);
    }
}
