# SPDX-License-Identifier: MIT
# The frozen modules (docs/frozen.md), included by every port's build after
# it sets BUILD and GEN: espy-cross (built once for the build machine into
# build/cross, tools/cross.mk) compiles every frozen/**/*.py into
# $(GEN)/frozen_data.c, whose names join the port's interned-name table.
# The port adds $(FROZEN_C) to what tools/gen_intern.py reads and
# $(FROZEN_OBJ) to what it links.
FROZEN_GOAL := $(.DEFAULT_GOAL)
CROSS := build/cross/espy-cross
FROZEN_PY := $(sort $(shell find frozen -name '*.py' 2>/dev/null))
FROZEN_C := $(GEN)/frozen_data.c
FROZEN_OBJ := $(GEN)/frozen_data.o

# One build of the tool at a time, whichever port's make asks for it.
$(CROSS): FORCE
	@mkdir -p build
	+@flock build/cross.lock $(MAKE) --no-print-directory -s \
		-f tools/cross.mk

$(FROZEN_C): $(FROZEN_PY) $(CROSS)
	@mkdir -p $(GEN)
	$(CROSS) --freeze frozen $(FROZEN_PY) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

.PHONY: FORCE
FORCE:

# Not the including makefile's default goal.
.DEFAULT_GOAL := $(FROZEN_GOAL)
