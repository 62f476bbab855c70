// SPDX-License-Identifier: MIT
// Frozen modules: Python sources under frozen/ compiled at build time into
// const code objects (flash on the chip), found through the ".frozen"
// entry of sys.path (docs/frozen.md).
#ifndef ES_FROZEN_H
#define ES_FROZEN_H

#include "obj.h"

// What [path] ("name.py", "pkg/__init__.py", "pkg") is among the frozen
// modules: 0 nothing, 1 a module file, 2 a package directory (port_stat's
// codes). Never raises.
int es_frozen_stat(const char *path);
// The const code object of the frozen module file [path], or ES_NULL.
// Never raises.
es_val_t es_frozen_code(const char *path);
// Print the names of the frozen modules, each followed by a space (for
// help('modules')).
void es_frozen_print_names(const es_print_t *p);

#endif
