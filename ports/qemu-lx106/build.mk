# SPDX-License-Identifier: MIT
# Builds the lx106 port (the core for the ESP8266's CPU, run under QEMU)
# into $(BUILD)/espy.elf. Called by the top Makefile (`make qemu`) with
# BUILD; DEFS adds -D options. The ROM routines Debian's libgcc lacks come
# from tools/lx106-rtlib.sh (built once, cached in build/lx106-rtlib).
BUILD ?= build/qemu-lx106
DEFS ?=
OPT ?= -Os
LX_CC ?= xtensa-lx106-elf-gcc --specs=/usr/lib/xtensa-lx106-elf/picolibc.specs
RTLIB ?= build/lx106-rtlib
P := ports/qemu-lx106
# littlefs v1 is host-only (ES_CFG_VFS_LFS1 is 0 here), as MicroPython's
# ESP8266 port has no VfsLfs1.
MODULES_EXCLUDE := modules/vfs_lfs1.c fs/lfs1.c

include core/sources.mk

PORT_SRC := $(sort $(wildcard $(P)/*.c))
SRC := $(CORE_SRC) $(MODULES_SRC) $(PORT_SRC)
GEN := $(BUILD)/gen
ARCHFLAGS := -mlongcalls -mtext-section-literals
# No byte tables made by gcc from switches (CSWTCH): they would sit in
# flash, which the chip reads in words only (docs/PORTING.md).
NOTABLES := -fno-tree-switch-conversion
# -iquote, not -I: core/float.h must not hide the C library's <float.h>.
CFLAGS := -std=c11 $(OPT) -g $(WARN) $(ARCHFLAGS) $(NOTABLES) -ffunction-sections \
	-fdata-sections -D_GNU_SOURCE -iquote . -iquote core -iquote modules -iquote $(P) \
	-iquote $(BUILD) $(DEFS)
# The data modules (issue 12's flash share, docs/size.md) built for size
# over speed; the share's bytes saved by each group of options, added in
# turn (tools/lx106-objsize.py): no branch-target alignment (-653: the
# assembler widens instructions before each target so that it does not
# straddle a fetch word), no jump tables (-182: a switch becomes
# compares), then no loop-invariant motion, caller-saved registers across
# calls, jump threading, CSE across jumps or tail merging (-538), no full
# redundancy elimination or phi-node optimisation (-85): hoisted values
# and duplicated paths cost more spills and copies than they save here.
# json.o keeps -ftree-loop-im, jump threading, CSE across jumps, FRE and
# phi-node optimisation (about 60 bytes): built without tree loop-
# invariant motion, a stale word in its C frames kept the 2,000-deep
# tuple of tests/limits/json_nested_10000.py alive, and the test's next
# statement ran out of the 38 KB heap (the collector scans the C stack
# conservatively; which dead words stay in live frames depends on the
# code generated). None of these files runs an inner loop of the VM; a
# program exercising re, json, struct, array and deque runs fewer
# instructions with them than without (tools/lx106-bench.py,
# docs/size.md).
DENSE_OBJ := $(addprefix $(BUILD)/,core/buffer.o $(addprefix modules/,array.o \
	binascii.o collections.o errno.o heapq.o json.o os.o re.o re_compile.o \
	re_exec.o re_match.o struct.o))
$(DENSE_OBJ): CFLAGS += -mno-target-align -fno-jump-tables \
	-fno-move-loop-invariants -fno-caller-saves -fno-tree-tail-merge
$(filter-out %/json.o,$(DENSE_OBJ)): CFLAGS += -fno-tree-loop-im \
	-fno-thread-jumps -fno-cse-follow-jumps -fno-tree-fre -fno-ssa-phiopt
include tools/frozen.mk
OBJ := $(SRC:%.c=$(BUILD)/%.o) $(GEN)/intern_data.o $(FROZEN_OBJ) \
	$(BUILD)/$(P)/crt0.o
LDFLAGS := -nostartfiles -T $(P)/esp8266.ld -Wl,--gc-sections \
	-Wl,-Map=$(BUILD)/espy.map -L$(RTLIB) --oslib=rom

$(BUILD)/espy.elf: $(OBJ) $(RTLIB)/librom.a $(P)/esp8266.ld
	$(LX_CC) $(ARCHFLAGS) $(LDFLAGS) -o $@ $(OBJ) -lm

$(RTLIB)/librom.a: tools/lx106-rtlib.sh $(P)/rtlib/di.c $(P)/rtlib/xtensa-config.h
	rm -f $@
	tools/lx106-rtlib.sh $(RTLIB)

# The intern table, as in ports/host/build.mk.
$(GEN)/stamp: $(SRC) $(CORE_HDR) $(FROZEN_C) tools/gen_intern.py
	@mkdir -p $(GEN)
	python3 tools/gen_intern.py $(GEN) $(SRC) $(CORE_HDR) $(FROZEN_C)
	@touch $@
$(GEN)/intern_gen.h $(GEN)/intern_data.c: $(GEN)/stamp ;

$(BUILD)/%.o: %.c | $(GEN)/stamp
	@mkdir -p $(dir $@)
	$(LX_CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.S
	@mkdir -p $(dir $@)
	$(LX_CC) $(ARCHFLAGS) -c -o $@ $<

$(GEN)/intern_data.o: $(GEN)/intern_data.c
	$(LX_CC) $(CFLAGS) -c -o $@ $<

$(FROZEN_OBJ): $(FROZEN_C) $(GEN)/stamp
	$(LX_CC) $(CFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d)
