# SPDX-License-Identifier: MIT
# The core's sources and the warning set, included by every port's build.
# Every .c in core/, modules/ and fs/ (the filesystems) is built; a port
# leaves a module or filesystem out by listing it in MODULES_EXCLUDE.
CORE_SRC := $(sort $(wildcard core/*.c))
MODULES_SRC := $(sort $(filter-out $(MODULES_EXCLUDE),$(wildcard modules/*.c))) \
	$(sort $(filter-out $(MODULES_EXCLUDE),$(wildcard fs/*.c)))
# The console (console/: line editor, REPL modes) over hal/uart.h; ports
# with a UART0 console build it (docs/console.md).
CONSOLE_SRC := $(sort $(wildcard console/*.c))
CORE_HDR := $(wildcard core/*.h modules/*.h hal/*.h console/*.h fs/*.h)
WARN := -Wall -Wextra -Wshadow -Wundef -Wwrite-strings \
	-Wmissing-prototypes -Wstrict-prototypes -Werror
