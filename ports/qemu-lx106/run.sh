#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs espy's lx106 build under QEMU like a host program:
#   ports/qemu-lx106/run.sh [-X heapsize=N] file.py [args]
# The arguments reach the interpreter through semihosting, which also
# carries its console (stdin, stdout, stderr) and its exit status. Tests
# listed in ports/qemu-lx106/bigheap.txt get the larger heap given there.
# Environment: ESPY_ELF (default build/qemu-lx106/espy.elf), ESPY_TIMEOUT
# (seconds, default 120), ESPY_STATS_FILE (append "<script> stack=<C-stack
# high-water bytes> ccount=<cycles>" to this file), ESPY_QEMU_ARGS (extra
# QEMU options, e.g. -icount shift=0,sleep=off).
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ELF=${ESPY_ELF:-$ROOT/build/qemu-lx106/espy.elf}

# QEMU's option syntax: a comma inside a value is written twice.
quote() {
    printf '%s' "$1" | sed 's/,/,,/g'
}

args="arg=espy"
add() {
    args="$args,arg=$(quote "$1")"
}

# A test that needs more than the default heap (listed with its size).
last=""
for a in "$@"; do last=$a; done
if [ -n "$last" ]; then
    heap=$(awk -v t="$(basename "$last")" '$1 == t { print $2 }' \
        "$ROOT/ports/qemu-lx106/bigheap.txt" 2>/dev/null)
    [ -n "$heap" ] && add -X && add "heapsize=$heap"
fi
if [ -n "$ESPY_STATS_FILE" ]; then
    add -X
    add "statsfile=$ESPY_STATS_FILE"
fi
for a in "$@"; do
    add "$a"
done
exec timeout "${ESPY_TIMEOUT:-120}" qemu-system-xtensa -M sim -cpu lx106 \
    -display none -monitor none -serial none \
    -semihosting-config "enable=on,target=native,$args" \
    -device loader,file="$ELF",cpu-num=0 $ESPY_QEMU_ARGS
