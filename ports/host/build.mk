# SPDX-License-Identifier: MIT
# Builds the host port (the virtual board) into $(BUILD). Called by the top
# Makefile with BUILD, CC, ARCH (e.g. -m32) and DEFS (extra -D options).
BUILD ?= build/host
CC ?= gcc
ARCH ?=
DEFS ?=
OPT ?= -O2
SAN ?=

include core/sources.mk

# 32-bit x86 builds compute doubles in SSE2, not x87: x87's extended
# precision rounds twice and would print other digits than CPython and the
# chip (whose soft-float is plain IEEE double).
FPFLAGS :=
ifneq ($(filter -m32,$(ARCH)),)
FPFLAGS := -msse2 -mfpmath=sse
endif

PORT_SRC := $(sort $(wildcard ports/host/*.c sim/*.c sim/parts/*.c))
GEN := $(BUILD)/gen
CFLAGS := -std=c11 $(OPT) -g $(WARN) $(ARCH) $(FPFLAGS) $(SAN) -D_GNU_SOURCE \
	-I. -Icore -Imodules -Iports/host -Itools -I$(BUILD) $(DEFS)
ifeq ($(CROSS_TOOL),1)
# The build of espy-cross itself (tools/cross.mk): the host port with the
# tool's main instead of espy's, and no frozen modules.
PORT_SRC := $(filter-out ports/host/main.c,$(PORT_SRC)) \
	$(sort $(wildcard tools/espy_cross.c tools/cross_*.c))
else
include tools/frozen.mk
endif
SRC := $(CORE_SRC) $(MODULES_SRC) $(CONSOLE_SRC) $(PORT_SRC)
OBJ := $(SRC:%.c=$(BUILD)/%.o) $(GEN)/intern_data.o $(FROZEN_OBJ)
LIB_OBJ := $(filter-out $(BUILD)/ports/host/main.o,$(OBJ))

ifeq ($(CROSS_TOOL),1)
$(BUILD)/espy-cross: $(OBJ)
	$(CC) $(ARCH) $(SAN) -o $@ $(OBJ) -lm
else
$(BUILD)/espy: $(OBJ) | $(BUILD)/espy-cross
	$(CC) $(ARCH) $(SAN) -o $@ $(OBJ) -lm

# espy-cross beside espy (the same program for every variant).
$(BUILD)/espy-cross: $(CROSS)
	@mkdir -p $(dir $@)
	cp $(CROSS) $@
endif

# The intern table: regenerated whenever a source changes; the header is
# only rewritten when its content changes, so rebuilds stay incremental.
$(GEN)/stamp: $(SRC) $(CORE_HDR) $(FROZEN_C) tools/gen_intern.py
	@mkdir -p $(GEN)
	python3 tools/gen_intern.py $(GEN) $(SRC) $(CORE_HDR) $(FROZEN_C)
	@touch $@
$(GEN)/intern_gen.h $(GEN)/intern_data.c: $(GEN)/stamp ;

$(BUILD)/%.o: %.c | $(GEN)/stamp
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(GEN)/intern_data.o: $(GEN)/intern_data.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(FROZEN_OBJ): $(FROZEN_C) $(GEN)/stamp
	$(CC) $(CFLAGS) -c -o $@ $<

# The core and modules without main(), for the C unit tests.
$(BUILD)/libespy.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

-include $(OBJ:.o=.d)
