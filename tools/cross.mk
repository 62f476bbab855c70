# SPDX-License-Identifier: MIT
# Builds espy-cross (tools/espy_cross.c: the compiler for frozen modules
# and .epy files) for the build machine into $(BUILD)/espy-cross: the core,
# the modules and the host port's port.c with its own table of interned
# names and no frozen modules. Every port's build runs it (tools/frozen.mk).
BUILD ?= build/cross
CC ?= gcc

include core/sources.mk

SRC := $(CORE_SRC) $(MODULES_SRC) ports/host/port.c \
	$(sort $(wildcard tools/espy_cross.c tools/cross_*.c))
GEN := $(BUILD)/gen
CFLAGS := -std=c11 -O1 -g $(WARN) -D_GNU_SOURCE -Icore -Imodules \
	-Iports/host -Itools -I$(BUILD)
OBJ := $(SRC:%.c=$(BUILD)/%.o) $(GEN)/intern_data.o

$(BUILD)/espy-cross: $(OBJ)
	$(CC) -o $@ $^ -lm

$(GEN)/stamp: $(SRC) $(CORE_HDR) tools/cross.h tools/gen_intern.py
	@mkdir -p $(GEN)
	python3 tools/gen_intern.py $(GEN) $(SRC) $(CORE_HDR)
	@touch $@
$(GEN)/intern_gen.h $(GEN)/intern_data.c: $(GEN)/stamp ;

$(BUILD)/%.o: %.c | $(GEN)/stamp
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(GEN)/intern_data.o: $(GEN)/intern_data.c
	$(CC) $(CFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d)
