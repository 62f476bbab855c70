// SPDX-License-Identifier: MIT
// The one instance of the interpreter state (see state.h).
#include "state.h"

es_state_t es_g;
