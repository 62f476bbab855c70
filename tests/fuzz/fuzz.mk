# SPDX-License-Identifier: MIT
# The libFuzzer targets (tests/fuzz/README.md): the core and modules built
# with clang, AddressSanitizer and UndefinedBehaviorSanitizer (every report
# aborts, so it is a finding) and the sealed port of port_fuzz.c, into
# build/fuzz/libfuzzcore.a; each tests/fuzz/fuzz_NAME.c links with it into
# build/fuzz/fuzz_NAME. Called by the top Makefile (make fuzz).
BUILD := build/fuzz
# clang-19 (Debian's package) when installed: its libFuzzer keeps the
# entropic schedule's rare features in a bitset, where clang 14's searched
# a list of every feature still under 256 hits for each feature of each
# run (36% of a fork-mode run's time, whose every job starts afresh:
# docs/testing.md). Otherwise the default clang.
CC := $(shell command -v clang-19 >/dev/null 2>&1 && echo clang-19 || echo clang)
include core/sources.mk

# -fsanitize-address-use-after-return=never: locals stay on the C stack,
# where the collector's conservative scan finds them (clang 15 and later
# move them to ASan's fake stack by default, and the collector then frees
# live blocks; clang 14 kept them there by default).
SAN := -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -fsanitize-address-use-after-return=never
CFLAGS := -std=c11 -O1 -g $(WARN) $(SAN) -fsanitize=fuzzer-no-link \
	-D_GNU_SOURCE -I. -Icore -Imodules -Iports/host -Itests/fuzz -I$(BUILD)
# the pins and clock: the QEMU port's stubs (no GPIO, as the host's plain mode)
SRC := $(CORE_SRC) $(MODULES_SRC) $(CONSOLE_SRC) tests/fuzz/port_fuzz.c \
	ports/qemu-lx106/pin.c ports/qemu-lx106/reset.c ports/qemu-lx106/timer.c
TARGETS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
GEN := $(BUILD)/gen
include tools/frozen.mk
OBJ := $(SRC:%.c=$(BUILD)/%.o) $(GEN)/intern_data.o $(FROZEN_OBJ)

all: $(TARGETS:tests/fuzz/%.c=$(BUILD)/%)

# A change of compiler rebuilds everything.
$(BUILD)/cc: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC)' | cmp -s - $@ || echo '$(CC)' > $@
FORCE:
$(OBJ) $(TARGETS:tests/fuzz/%.c=$(BUILD)/%): $(BUILD)/cc

# No comparison tracing in the collector and the digit arithmetic: their
# comparisons are of heap bitmaps, block counts and big-number digits, never
# bytes a mutation could copy into a source text, and their tight loops
# were half of all fuzzing time (__sanitizer_cov_trace_*cmp*: 54% of a
# profiled run, a third of it from these three files). Their edges stay
# instrumented and the sanitizers are the same (docs/testing.md).
NOCMP := core/gc.c core/bigint.c core/dtoa.c
$(NOCMP:%.c=$(BUILD)/%.o): CFLAGS += -fno-sanitize-coverage=trace-cmp
$(NOCMP:%.c=$(BUILD)/%.o): tests/fuzz/fuzz.mk

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/libfuzzcore.a
	$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/libfuzzcore.a -lm

$(BUILD)/libfuzzcore.a: $(OBJ)
	rm -f $@
	ar rcs $@ $^

$(GEN)/stamp: $(SRC) $(TARGETS) $(CORE_HDR) $(FROZEN_C) tools/gen_intern.py
	@mkdir -p $(GEN)
	python3 tools/gen_intern.py $(GEN) $(SRC) $(TARGETS) $(CORE_HDR) $(FROZEN_C)
	@touch $@
$(GEN)/intern_gen.h $(GEN)/intern_data.c: $(GEN)/stamp ;

$(BUILD)/%.o: %.c | $(GEN)/stamp
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(GEN)/intern_data.o: $(GEN)/intern_data.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(FROZEN_OBJ): $(FROZEN_C) $(GEN)/stamp
	$(CC) $(CFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d)
