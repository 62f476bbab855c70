#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench: the performance and memory figures of docs/memory.md and
# docs/size.md, measured (never asserted by a test). For the 64-bit and the
# 32-bit host builds: the time of each bench/*.py program, the collector's
# share of a float-heavy loop at 38 KB (bench/gc_float.py), the heap bytes
# of common values (tools/memsizes.py) and the deepest source nesting at an
# 8 KB C stack (tools/nestdepth.py); then the lx106 instruction counts
# (make bench-lx106); and bench/suite's programs with espy and CPython 3
# in the same run (medians, ratios, geomean, peak memory: BENCH_REPEAT runs
# each, default 5). `make bench-ir` gives their instruction counts. Where the kernel runs no 32-bit programs the 32-bit
# build runs under qemu-i386, whose times are emulated (the share is still
# a ratio of the same run).
set -eu
cd "$(dirname "$0")/.."
make -s host host32
wrap=$(tools/host-runner.sh host32)
for espy in build/host/espy "$wrap"; do
    echo "== $espy"
    for prog in bench/*.py; do
        [ "$prog" = bench/gc_float.py ] && continue
        start=$(date +%s%N)
        "$espy" "$prog" >/dev/null
        echo "$(basename "$prog" .py): $((($(date +%s%N) - start) / 1000000)) ms"
    done
    echo "gc_float at 38k: $("$espy" -X heapsize=38k bench/gc_float.py)"
    echo "nesting at -X stacklimit=8k:"
    python3 tools/nestdepth.py "$espy" 8k | sed 's/^/  /'
done
echo "== espy against CPython 3 (bench/suite, tools/benchsuite.py)"
python3 tools/benchsuite.py --repeat "${BENCH_REPEAT:-5}"
echo "== heap bytes of values (32-bit, 64-bit)"
python3 tools/memsizes.py "$wrap" build/host/espy
echo "== lx106 instruction counts"
make -s bench-lx106
