#!/bin/sh
# SPDX-License-Identifier: MIT
# Run one libFuzzer target of tests/fuzz for a while and report:
#   tools/fuzz.sh NAME SECONDS SEED_DIR...
# The corpus lives in build/fuzz/corpus-NAME (kept between runs, never
# committed); the seeds are read from SEED_DIRs each time. Findings (crash,
# timeout, leak, out-of-memory inputs) go to build/fuzz/findings-NAME/ and
# make the exit status 1. FUZZ_JOBS=N runs N worker processes.
set -u
cd "$(dirname "$0")/.."
name=$1
secs=$2
shift 2
bin=build/fuzz/fuzz_$name
corpus=build/fuzz/corpus-$name
found=build/fuzz/findings-$name
mkdir -p "$corpus" "$found"
seeds=""
for d in "$@"; do
    [ -e "$d" ] && seeds="$seeds $d"
done
dict=""
[ -f "tests/fuzz/$name.dict" ] && dict="-dict=tests/fuzz/$name.dict"
# -max_len: console sessions are cut at 4 KB, which holds every mode, a
# raw-paste window overrun and, with a small heap the session fills first,
# every out-of-memory path (tests/fuzz/console's small-heap seeds); at the
# default (the largest seed) inputs grew to tens of KB and a run was 3
# times slower. Sources keep the default: a test program cut short is a
# syntax error.
maxlen=""
[ "$name" = console ] && maxlen="-max_len=4096"
log=build/fuzz/fuzz-$name.log
before=$(ls "$found" | wc -l)
# Fork mode (one or more worker processes) goes on after a finding, so a
# long run collects them all.
jobs=${FUZZ_JOBS:-1}
fork="-fork=$jobs -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
# -timeout: seconds per input. The harness's poll budget is what bounds an
# input; the timeout only catches a hang that escapes it, so it is generous:
# the heaviest seed (tests/diff's 10,000-float differential test) runs up to
# 3 s alone and passed 10 s when the machine was loaded (three false
# findings in a 2-hour run). -rss_limit_mb: the arena is fixed, so only a
# leak or a runaway C stack grows the process. -report_slow_units: an input
# is only reported slow (a slow-unit-* file, counted as a finding) at the
# timeout too; at libFuzzer's default 10 s the heaviest seeds' mutants
# (1-2 s of CPU alone) were reported by nice-19 runs on a loaded machine.
"$bin" -max_total_time="$secs" -timeout=30 -report_slow_units=30 \
    -rss_limit_mb=2048 $maxlen \
    -print_final_stats=1 -artifact_prefix="$found/" $dict $fork \
    "$corpus" $seeds > "$log" 2>&1
status=$?
after=$(ls "$found" | wc -l)
# fork mode's status lines: "#EXECS: cov: .. corp: .. exec/s: .."
execs=$(grep -a -o '^#[0-9]*: cov' "$log" | tail -1 | tr -dc 0-9)
corp=$(ls "$corpus" | wc -l)
echo "fuzz $name: $execs executions in ${secs} s, corpus $corp inputs," \
    "$((after - before)) new findings (log: $log)"
if [ "$after" -gt "$before" ] || [ $status -ne 0 ]; then
    grep -a -m5 -A3 "ERROR\|SUMMARY\|Timeout\|deadly signal" "$log"
    # each new finding's bytes, so that a log alone replays it
    # (base64 -d > F; build/fuzz/fuzz_NAME F)
    ls -t "$found" | head -n $((after - before)) | while read -r f; do
        echo "finding $f ($(wc -c < "$found/$f") bytes), base64:"
        head -c 3000 "$found/$f" | base64
    done
    exit 1
fi
