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
before=$(ls "$found" | wc -l)
# -timeout: seconds per input. The harness's poll budget is what bounds an
# input; the timeout only catches a hang that escapes it, so it is generous:
# the heaviest seed (tests/diff's 10,000-float differential test) runs up to
# 3 s alone and passed 10 s when the machine was loaded (three false
# findings in a 2-hour run). -rss_limit_mb: the arena is fixed, so only a
# leak or a runaway C stack grows the process. -report_slow_units: an input
# is only reported slow (a slow-unit-* file, counted as a finding) at the
# timeout too; at libFuzzer's default 10 s the heaviest seeds' mutants
# (1-2 s of CPU alone) were reported by nice-19 runs on a loaded machine.
flags="-timeout=30 -report_slow_units=30 -rss_limit_mb=2048 $maxlen
    -print_final_stats=1 -artifact_prefix=$found/ $dict"
# FUZZ_JOBS=N: N worker processes over the shared corpus directory (each
# reads the others' new inputs as it goes). A worker stops at a finding,
# so it is started again for the time left, until the time is up or it
# was interrupted (libFuzzer's exit status 72), and a long run collects
# every finding. Not libFuzzer's fork mode: its jobs start afresh, each
# first running its share of the corpus, which cost the console target
# 60% of its executions (2026-12-08: 338 a second for two jobs against
# 836 for two workers, docs/testing.md).
jobs=${FUZZ_JOBS:-1}
end=$(($(date +%s) + secs))
# Ctrl-C reaches the workers (libFuzzer's handler ends them with status 72
# after its statistics); the script itself waits and reports.
trap '' INT
worker() {
    while left=$((end - $(date +%s))) && [ "$left" -gt 0 ]; do
        n=$(ls "$found" | wc -l)
        "$bin" -max_total_time="$left" $flags "$corpus" $seeds 2>&1
        status=$?
        if [ $status -eq 0 ] || [ $status -eq 72 ]; then
            break
        elif [ "$(ls "$found" | wc -l)" -eq "$n" ]; then
            echo "fuzz.sh: $bin ended with status $status and no finding"
            touch "$1.failed"
            break
        fi
    done > "$1"
}
log=build/fuzz/fuzz-$name.log
rm -f "$log".*
k=1
while [ "$k" -le "$jobs" ]; do
    worker "$log.$k" &
    k=$((k + 1))
done
wait
failed=$(ls "$log".*.failed 2>/dev/null | wc -l)
rm -f "$log".*.failed
cat "$log".* > "$log"
rm -f "$log".*
after=$(ls "$found" | wc -l)
# the executions: each run's last count (its status lines "#N ..." or
# its final statistics); every run starts with "INFO: Seed:"
execs=$(awk '
    /^INFO: Seed:/ { t += n; n = 0 }
    /^#[0-9]+/ { n = substr($1, 2) + 0 }
    /^stat::number_of_executed_units:/ { n = $2 + 0 }
    END { print t + n }' "$log")
corp=$(ls "$corpus" | wc -l)
echo "fuzz $name: $execs executions in $secs s (FUZZ_JOBS=$jobs), corpus" \
    "$corp inputs, $((after - before)) new findings (log: $log)"
if [ "$after" -gt "$before" ] || [ "$failed" -gt 0 ]; then
    grep -a -m5 -A3 "ERROR\|SUMMARY\|Timeout\|deadly signal" "$log"
    # each new finding's bytes, so that a log alone replays it
    # (base64 -d > F; build/fuzz/fuzz_NAME F)
    ls -t "$found" | head -n $((after - before)) | while read -r f; do
        echo "finding $f ($(wc -c < "$found/$f") bytes), base64:"
        head -c 3000 "$found/$f" | base64
    done
    exit 1
fi
