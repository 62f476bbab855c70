# SPDX-License-Identifier: MIT
# espy: the two commands are `make run` and `make test` (see README.md).
# Each build variant is the host port built into its own folder.
.PHONY: all run test setup host host32 host-clang host32-clang stress \
	test-host clean asan test-asan test-oom bench bench-ir fuzz fuzz-build \
	test-powercut \
	fuzz-console fuzz-epy fuzz-epy-seeds

HOSTMK := $(MAKE) --no-print-directory -f ports/host/build.mk

all: host

host:
	$(HOSTMK) BUILD=build/host CC=gcc
host32:
	$(HOSTMK) BUILD=build/host32 CC=gcc ARCH=-m32
host-clang:
	$(HOSTMK) BUILD=build/host-clang CC=clang
host32-clang:
	$(HOSTMK) BUILD=build/host32-clang CC=clang ARCH=-m32
stress:
	$(HOSTMK) BUILD=build/stress CC=gcc DEFS=-DES_CFG_GC_STRESS=1

# AddressSanitizer + UndefinedBehaviorSanitizer, with the arena poisoned
# (free blocks and a red zone after each allocation: core/gc.c).
# test-oom: every allocation of every test program failing in turn, in both
# modes, on that build (tools/failsweep.py --full; docs/memory.md). The
# programs of tests/limits and tests/diff (10^5 to 10^6 allocations each,
# about 3.3 million together) get make test's bounded slice instead.
# Same flags as tools/test.sh's asan variant (they share build/asan).
ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
asan:
	+$(HOSTMK) BUILD=build/asan CC=gcc SAN="$(ASAN_FLAGS)"
test-asan: asan
	python3 tests/run.py --espy build/asan/espy --timeout-scale 4
test-oom: asan
	python3 tools/failsweep.py --full --espy build/asan/espy -j 4 \
		$(or $(OOM_TESTS),tests/basics/*.py tests/errors/*.py tests/modules/*.py)

# libFuzzer (clang, ASan+UBSan) over source programs: FUZZ_TIME seconds
# (default 600), seeded with the test programs (tests/fuzz/README.md).
FUZZ_TIME ?= 600
FUZZ_SEEDS := tests/basics tests/errors tests/limits tests/modules tests/diff \
	tests/regress
fuzz-build:
	+$(MAKE) --no-print-directory -f tests/fuzz/fuzz.mk
fuzz: fuzz-build
	tools/fuzz.sh source $(FUZZ_TIME) $(FUZZ_SEEDS)

# libFuzzer over .epy files given to the loader (tests/fuzz/fuzz_epy.c),
# seeded with every test program that espy-cross compiles; FUZZ_TIME
# seconds (docs/epy-format.md).
EPY_SEEDS := build/fuzz/seeds-epy
fuzz-epy-seeds: host
	tools/epy-fixtures.sh --seeds $(EPY_SEEDS) $(FUZZ_SEEDS)
fuzz-epy: fuzz-build fuzz-epy-seeds
	tools/fuzz.sh epy $(FUZZ_TIME) $(EPY_SEEDS)

# Board mode on this terminal: the REPL with its line editor (Ctrl-]
# quits; docs/console.md).
# libFuzzer over the console (line editor, REPL modes, raw-paste), seeded
# with friendly, paste, raw and raw-paste sessions (tests/fuzz/console),
# then console/'s line coverage over the corpus (tools/fuzzcov.sh, at
# least COV_MIN, default 90%).
fuzz-console: fuzz-build
	tools/fuzz.sh console $(FUZZ_TIME) tests/fuzz/console
	tools/fuzzcov.sh

run: setup host
	build/host/espy --uart0 stdio

# Installs what is missing from Debian's packages (needs root or sudo).
setup:
	@tools/setup.sh

test: setup
	@tools/test.sh

# The power-loss proof: the flash cut at every distinct program and erase
# of littlefs workloads and of first-time setup, each cut checked after a
# reboot; a FAT run reports what FAT loses (tools/powercut.sh,
# docs/filesystem.md). JOBS=N checks at a time (default 2).
test-powercut: host
	@tools/powercut.sh build/host/espy full

# Performance and memory figures (tools/bench.sh; docs/memory.md, size.md).
bench:
	@tools/bench.sh
# Instruction counts of bench/suite under callgrind (deterministic).
bench-ir: host
	python3 tools/benchsuite.py --ir

clean:
	rm -rf build

# --- lx106 under QEMU (ports/qemu-lx106; docs/PORTING.md, docs/size.md) ---
# make qemu: build/qemu-lx106/espy.elf; test-qemu: the test suite on it;
# size: no byte/halfword load from flash outside
# ports/qemu-lx106/flashreads-allow.txt (in the code, then while the suite
# runs), flash/IRAM/RAM/stack figures against the budgets; bench-lx106:
# deterministic instruction counts of bench/ programs.
.PHONY: qemu test-qemu size bench-lx106
QEMUMK := $(MAKE) --no-print-directory -f ports/qemu-lx106/build.mk
QEMU_RUN := ports/qemu-lx106/run.sh

qemu:
	+$(QEMUMK) BUILD=build/qemu-lx106
test-qemu: qemu
	python3 tests/run.py --tag qemu --espy $(QEMU_RUN) --timeout-scale 4 $(QEMU_TESTS)
# The QEMU plugin that sees every byte/halfword load from flash while the
# suite runs (tools/qemu-flashcheck.c), built for the host.
FLASHCHECK := build/qemu-lx106/flashcheck.so
$(FLASHCHECK): tools/qemu-flashcheck.c
	@mkdir -p $(dir $@)
	gcc -shared -fPIC -O2 -Wall -Wextra -Werror -o $@ $<
size: qemu $(FLASHCHECK)
	python3 tools/lx106-flashreads.py build/qemu-lx106 \
		--check=ports/qemu-lx106/flashreads-allow.txt
	python3 tools/lx106-size.py build/qemu-lx106 $(QEMU_TESTS)
	python3 tools/lx106-flashreads.py build/qemu-lx106 \
		--dynamic=build/qemu-lx106/flash-loads.log \
		--check=ports/qemu-lx106/flashreads-allow.txt
bench-lx106: qemu
	python3 tools/lx106-bench.py build/qemu-lx106
# --- end of lx106 block ---

# --- coverage (issue 3): a gcov build (-O1 --coverage) of the host port;
# tools/coverage.py runs the C unit tests and the test programs (default
# heap and 64 KB) on it and prints line coverage of core/ and modules/
# (docs/testing.md). It fails when core/ is below COVERAGE_MIN (issue 3).
.PHONY: coverage
COVERAGE_MIN ?= 85
coverage:
	+for pass in 1 2; do $(HOSTMK) BUILD=build/coverage CC=gcc OPT=-O1 \
		SAN=--coverage build/coverage/espy build/coverage/libespy.a \
		|| exit 1; done
	python3 tools/coverage.py --build build/coverage \
		--fail-under $(COVERAGE_MIN)
