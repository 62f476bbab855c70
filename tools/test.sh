#!/bin/sh
# SPDX-License-Identifier: MIT
# make test: build every host variant, check that core/ and modules/ never
# call the C heap, run the C unit tests and run the test programs on every
# build (docs/testing.md). Keeps going after a failure so that one run shows
# everything, prints a summary, and exits 1 if anything failed.
# Environment: JOBS (parallel jobs, default 2); ONLY (the variants to build
# and test, e.g. ONLY="host host32"; default all of VARIANTS below).
set -u
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
ONLY=${ONLY:-}
RUN="python3 tests/run.py -j $JOBS"
failed=""
start=$(date +%s)

note_fail() {
    failed="$failed
  $*"
    echo "** FAILED: $*"
}
# check NAME CMD...: run one step, record its failure. The last lines a
# failed step printed are repeated in the summary, so that a log cut to
# its tail (as CI shows it) still says what failed and how.
steplog=$(mktemp)
trap 'rm -f "$steplog" "$steplog.rc"' EXIT
details=""
check() {
    name=$1
    shift
    echo "== $name"
    { "$@" 2>&1; echo $? > "$steplog.rc"; } | tee "$steplog"
    if [ "$(cat "$steplog.rc")" != 0 ]; then
        note_fail "$name"
        details="$details
-- $name, its last lines:
$(tail -n 25 "$steplog")"
    fi
}
# wanted VARIANT: is this variant selected by ONLY?
wanted() { [ -z "$ONLY" ] || echo " $ONLY " | grep -q " $1 "; }
# has VARIANT: did this variant build?
has() { echo " $built " | grep -q " $1 "; }

# The build variants, name:compiler:arch:defines. They match the top
# Makefile's targets of the same names (ports/host/build.mk does the work).
# asan is built with AddressSanitizer and UndefinedBehaviorSanitizer (a
# report on stderr fails a test: tests/run.py).
VARIANTS="host:gcc:: host32:gcc:-m32: host-clang:clang:: host32-clang:clang:-m32: stress:gcc::-DES_CFG_GC_STRESS=1 asan:gcc::"
# The flags are the top Makefile's ASAN_FLAGS (`make asan` shares
# build/asan, and make does not track flags: keep them equal).
ASAN="-fsanitize=address,undefined -fno-omit-frame-pointer"
# san NAME: the sanitizer flags of variant NAME.
san() { [ "$1" = asan ] && echo "$ASAN"; }
built=""

# build NAME CC ARCH DEFS: espy and libespy.a (for the unit tests).
# Made twice: when the interned-name table is regenerated, one make
# invocation may leave build/$1/gen/intern_data.o stale (a rule without a
# recipe in ports/host/build.mk); the second is a no-op otherwise.
build() {
    for pass in 1 2; do
        make -s -j"$JOBS" -f ports/host/build.mk BUILD="build/$1" CC="$2" \
            ARCH="$3" DEFS="$4" SAN="$(san "$1")" "build/$1/espy" \
            "build/$1/libespy.a" || return 1
    done
}

# unit NAME CC ARCH: build every tests/unit/*.c against build/NAME's
# libespy.a and run it.
unit() {
    ok=0
    mkdir -p "build/$1/unit"
    for src in tests/unit/*.c; do
        t=$(basename "$src" .c)
        exe="build/$1/unit/$t"
        if ! $2 -std=c11 -O1 -g $3 $(san "$1") -D_GNU_SOURCE -Wall -Wextra -Werror \
                -I. -Icore -Imodules -Iports/host -I"build/$1" -o "$exe" \
                "$src" "build/$1/libespy.a" -lm; then
            echo "unit: $t does not build for $1"
            ok=1
            continue
        fi
        $(runner "$1") "$exe" || { echo "unit: $t failed on $1"; ok=1; }
    done
    return $ok
}

# runner NAME / espy_of NAME: what tools/host-runner.sh prints (qemu-i386
# for the 32-bit builds where the kernel runs no 32-bit programs).
runner() { tools/host-runner.sh --prefix "$1"; }
espy_of() { tools/host-runner.sh "$1"; }

# --- 1. builds ------------------------------------------------------------
for v in $VARIANTS; do
    name=${v%%:*}
    rest=${v#*:}
    cc=${rest%%:*}
    rest=${rest#*:}
    arch=${rest%%:*}
    defs=${rest#*:}
    wanted "$name" || continue
    echo "== build $name"
    if build "$name" "$cc" "$arch" "$defs"; then
        built="$built $name"
    else
        note_fail "build $name"
    fi
done

# --- 2. no C heap in core/ and modules/ -----------------------------------
dirs=""
for v in $built; do dirs="$dirs build/$v"; done
[ -n "$dirs" ] && check "nm: no malloc/free in core/ and modules/" \
    tools/check_nomalloc.sh $dirs

# The committed .epy test fixtures are what espy-cross makes of their
# sources (tests/*/_epy/; a format change regenerates them).
has host && check "epy fixtures current" tools/epy-fixtures.sh --check

# --- 3. C unit tests (tests/unit/*.c), on every build but stress ----------
for v in $VARIANTS; do
    name=${v%%:*}
    rest=${v#*:}
    cc=${rest%%:*}
    rest=${rest#*:}
    arch=${rest%%:*}
    [ "$name" = stress ] && continue
    has "$name" && check "unit tests on $name" unit "$name" "$cc" "$arch"
done

# --- 4. test programs (tests/run.py) on every build -----------------------
# The gcc builds, 64- and 32-bit, at the default heap and at 64 KB; the
# clang builds once; the stress build (a collection before every
# allocation) with longer timeouts and --tag stress: the few limits tests
# that build a long live chain carry `# skip-stress: <reason>` (one full
# mark of the chain per allocation is quadratic: hours).
suite() {
    label=$1
    shift
    check "tests on $label" $RUN --name "$label" "$@"
}
if has host; then
    suite "host" --espy build/host/espy
    suite "host 64k" --espy build/host/espy --heapsize 64k
fi
if has host32; then
    suite "host32" --espy "$(espy_of host32)" --tag host32
    suite "host32 64k" --espy "$(espy_of host32)" --heapsize 64k --tag host32
fi
has host-clang && suite "host-clang" --espy build/host-clang/espy --tag clang64
has host32-clang && suite "host32-clang" --espy "$(espy_of host32-clang)" \
    --tag clang32
has stress && suite "stress" --espy build/stress/espy --timeout-scale 4 \
    --tag stress
has asan && suite "asan" --espy build/asan/espy --timeout-scale 2 --tag asan

# --- 4b. the console over UART0 (tests/console: a pty client of our own,
# TCP, the keys on a terminal through tmux), host and asan builds only.
has host && check "console tests on host" python3 tests/console/console_test.py \
    --espy build/host/espy
has asan && check "console tests on asan" python3 tests/console/console_test.py \
    --espy build/asan/espy --timeout-scale 4 --tag asan

# --- 5. allocation-failure sweep (-X failalloc=N, failallocfrom=N) --------
# A few programs covering the compiler, calls, closures, generators, dicts,
# big ints, str formatting and exceptions, with every one of their
# allocations failing in turn: each run ends cleanly (tools/failsweep.py).
SWEEP="closure_counter dict_methods gen_basic fstring_basic list_sort int_big
def_star_kwargs str_methods try_nested exc_args try_except"
sweep_files="tests/errors/key_error_str.py tests/errors/raise_value_error.py"
for t in $SWEEP; do sweep_files="$sweep_files tests/basics/$t.py"; done
for v in host host32; do
    has $v && check "allocation-failure sweep on $v" python3 tools/failsweep.py \
        --espy "$(espy_of $v)" $sweep_files
done
# The bounded slice of make test-oom: every test program, the first 20 N
# and 30 N spread over its allocation count, both modes (about 2 minutes).
has host && check "bounded allocation-failure sweep on host" \
    python3 tools/failsweep.py --bounded -j "$JOBS" --espy build/host/espy \
    tests/basics/*.py tests/errors/*.py \
    $(ls tests/limits/*.py | grep -v file_finalizer_flush) # shares a file

# --- 5b. file finalizers: flush at exit, EMFILE under ulimit -n 256 -------
for v in host host32; do
    has $v && check "file finalizers on $v" tools/memcheck.sh "$(espy_of $v)"
done

# --- 5b'. filesystem images against the usual tools ----------------------
# espy's FAT images pass fsck.fat -n and mtools reads them; mkfs.fat +
# mcopy images read back in espy (tests/fs/fat_tools.sh).
has host && check "FAT images vs dosfstools and mtools" \
    tests/fs/fat_tools.sh build/host/espy
has host && check "boot on a flash image" tests/fs/boot_flash.sh build/host/espy
# Power cuts at every distinct program and erase of a littlefs workload
# and of first-time setup: the slice of make test-powercut (about 10 s of
# one core; tools/powercut.sh, docs/filesystem.md).
has host && check "power cuts (slice of make test-powercut)" \
    tools/powercut.sh build/host/espy slice
# tools/fsimage: images built from a directory boot, list and extract
# (littlefs and FAT, 4 MB and 1 MB layouts; tests/fs/fsimage.sh).
has host && check "filesystem images (tools/fsimage)" tests/fs/fsimage.sh build/host/espy

# --- 5b''. the virtual board: machine in board mode, the examples'
# scenarios (and a flipped expectation failing), bad diagrams/scenarios
# (tests/board/check.sh, docs/board.md).
has host && check "virtual board and examples" tests/board/check.sh build/host/espy

# --- 5c. fuzzing: the bounded slice of make fuzz ------------------------
# libFuzzer over source programs for FUZZ_SLICE seconds (default 60) on
# the clang ASan+UBSan build, seeded with the test programs; any crash,
# sanitizer report, abort or timeout fails (tests/fuzz/README.md).
if [ -z "$ONLY" ] || echo " $ONLY " | grep -q " fuzz "; then
    echo "== build fuzz"
    if make -s fuzz-build; then
        check "fuzz slice (${FUZZ_SLICE:-60} s)" tools/fuzz.sh source \
            "${FUZZ_SLICE:-60}" tests/basics tests/errors tests/limits \
            tests/modules tests/diff tests/regress
        # .epy files given to the loader (tests/fuzz/fuzz_epy.c), seeded
        # with the test programs compiled by espy-cross
        if has host && tools/epy-fixtures.sh --seeds build/fuzz/seeds-epy \
                tests/basics tests/errors tests/modules tests/regress; then
            check "fuzz epy slice (${FUZZ_EPY_SLICE:-30} s)" tools/fuzz.sh \
                epy "${FUZZ_EPY_SLICE:-30}" build/fuzz/seeds-epy
        fi
        # the console's bytes (line editor, REPL modes, raw-paste)
        check "fuzz console slice (${FUZZ_CONSOLE_SLICE:-30} s)" \
            tools/fuzz.sh console "${FUZZ_CONSOLE_SLICE:-30}" tests/fuzz/console
    else
        note_fail "build fuzz"
    fi
fi

# --- 6. QEMU lx106 suite (the qemu-lx106 port adds its steps here) --------
# The core built for the ESP8266's CPU and run under QEMU with the chip's
# 38 KB heap and 8 KB C stack (ports/qemu-lx106, docs/PORTING.md). Runs
# when ONLY is unset (QEMU=0 turns it off) or names qemu.
if { [ -z "$ONLY" ] && [ "${QEMU:-1}" = 1 ]; } || echo " $ONLY " | grep -q " qemu "; then
    # The suite runs with the QEMU plugin that records every byte/halfword
    # load from flash (the chip reads flash in words only; QEMU does not
    # care): afterwards each must be text that the allowlist names.
    echo "== build qemu"
    loads="$PWD/build/qemu-lx106/flash-loads.log"
    if make -s qemu build/qemu-lx106/flashcheck.so; then
        rm -f "$loads"
        export ESPY_QEMU_ARGS="-plugin $PWD/build/qemu-lx106/flashcheck.so,lo=40200000,hi=40300000,out=$loads"
        check "tests on qemu-lx106" $RUN --name "qemu-lx106" --tag qemu \
            --espy ports/qemu-lx106/run.sh --timeout-scale 4
        unset ESPY_QEMU_ARGS
        check "no byte/halfword loads from flash on qemu-lx106 but listed text" \
            python3 tools/lx106-flashreads.py build/qemu-lx106 \
            --dynamic="$loads" --check=ports/qemu-lx106/flashreads-allow.txt
        # The board's boot (littlefs mounted, boot.py run) on the 38 KB
        # heap, then gc.mem_free() in main.py (docs/size.md).
        check "free heap after boot on qemu-lx106" \
            python3 tools/bootmem.py --min 36600
    else
        note_fail "build qemu"
    fi
    # A collection before every allocation: the collector must find every
    # root in the lx106's registers and on its stack.
    echo "== build qemu-stress"
    if make -s -f ports/qemu-lx106/build.mk BUILD=build/qemu-lx106-stress \
            DEFS=-DES_CFG_GC_STRESS=1; then
        export ESPY_ELF="$PWD/build/qemu-lx106-stress/espy.elf"
        check "tests on qemu-lx106 stress" $RUN --name "qemu-lx106 stress" \
            --tag qemu --tag stress --espy ports/qemu-lx106/run.sh \
            --timeout-scale 10 tests/basics tests/errors
        unset ESPY_ELF
    else
        note_fail "build qemu-stress"
    fi
fi

# --- summary --------------------------------------------------------------
secs=$(($(date +%s) - start))
if [ -n "$failed" ]; then
    [ -n "$details" ] && echo "$details"
    echo "make test: FAILED after ${secs} s:$failed"
    exit 1
fi
echo "make test: all passed (${secs} s)"
