#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/powercut.sh [ESPY] [full|slice]: the power-loss proof (make
# test-powercut; its slice runs in make test). Each run is
#   espy --powercut JOBS tests/fs/powercut.py KIND STEPS SEED
# which cuts the flash at every distinct program and erase of the
# workload in turn and checks the filesystem after each cut
# (docs/filesystem.md). littlefs runs must have no failure; FAT is not
# power-safe by design, its run only reports what it loses. The last line
# is `powercut: N cut points, F failures` (littlefs and first-time setup);
# exit 1 when F > 0, and when a run had no cut point at all (its
# workload never reached the flash).
espy=${1:-build/host/espy}
mode=${2:-full}
jobs=${JOBS:-2}
# KIND:STEPS:SEED; KIND setup is tests/fs/powercut_setup.py (first-time
# setup, then STEPS user files).
if [ "$mode" = slice ]; then
    lfs_runs="lfs:120:1 lfs1:120:1 setup:12:0"
    fat_runs=""
else
    lfs_runs="lfs:1200:2 lfs:1200:3 lfs1:1200:2 lfs1:1200:3 setup:40:0"
    fat_runs="fat:150:1"
fi
began=$(date +%s)
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
total=0
failed=0
for run in $lfs_runs; do
    set -- $(echo "$run" | tr : ' ')
    start=$(date +%s)
    if [ "$1" = setup ]; then
        nice "$espy" --powercut "$jobs" tests/fs/powercut_setup.py "$2" \
            >"$tmp" 2>&1
    else
        nice "$espy" --powercut "$jobs" tests/fs/powercut.py "$1" "$2" \
            "$3" >"$tmp" 2>&1
    fi
    line=$(grep '^powercut: [0-9]* cut points' "$tmp" | tail -1)
    n=$(echo "$line" | sed -n 's/^powercut: \([0-9]*\) cut points.*/\1/p')
    f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failures$/\1/p')
    if [ -z "$n" ]; then # the run itself failed
        n=0
        f=1
    elif [ "$n" = 0 ]; then # a workload that never wrote proves nothing
        echo "  $1: no cut point: the workload wrote nothing to the flash"
        f=1
    fi
    echo "  $1, $2 steps, seed $3: $n cut points, $f failures" \
        "($(($(date +%s) - start)) s)"
    if [ "$f" != 0 ]; then
        grep -v -e '^powercut: [0-9]* cut points' \
            -e '^Performing initial setup' "$tmp" | head -40
    fi
    total=$((total + n))
    failed=$((failed + f))
done
for run in $fat_runs; do
    set -- $(echo "$run" | tr : ' ')
    start=$(date +%s)
    nice "$espy" --powercut "$jobs" tests/fs/powercut.py "$1" "$2" "$3" \
        >"$tmp" 2>&1
    line=$(grep '^powercut: [0-9]* cut points' "$tmp" | tail -1)
    losses=$(grep '^loss: ' "$tmp" | sort | uniq -c | sort -rn \
        | awk '{printf "%s%s %s", sep, $3, $1; sep=", "}')
    echo "  $1 (not power-safe), $2 steps, seed $3:" \
        "${line#powercut: } ($(($(date +%s) - start)) s): $losses"
done
echo "  wall time $(($(date +%s) - began)) s"
echo "powercut: $total cut points, $failed failures"
[ "$failed" = 0 ]
