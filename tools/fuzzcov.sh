#!/bin/sh
# SPDX-License-Identifier: MIT
# Line coverage of the console (console/*.c) over the fuzz corpus of
# fuzz_console: the target rebuilt with clang's source-based coverage for
# console/ (the rest from build/fuzz/libfuzzcore.a), every input of
# build/fuzz/corpus-console and the seeds run once, llvm-cov's report.
# Exits 1 when the total line coverage is below COV_MIN (default 90).
set -eu
cd "$(dirname "$0")/.."
out=build/fuzzcov
# the compiler of tests/fuzz/fuzz.mk (clang-19 when installed) and its
# llvm-profdata and llvm-cov: libfuzzcore.a must link with its runtime
v=""
command -v clang-19 >/dev/null 2>&1 && v=-19
mkdir -p "$out" build/fuzz/corpus-console
flags="-std=c11 -O1 -g -fsanitize=address,undefined -fsanitize=fuzzer \
 -fsanitize-address-use-after-return=never \
 -fprofile-instr-generate -fcoverage-mapping -D_GNU_SOURCE -I. -Icore \
 -Imodules -Iports/host -Itests/fuzz -Ibuild/fuzz"
# shellcheck disable=SC2086
clang$v $flags -o "$out/fuzz_console" tests/fuzz/fuzz_console.c console/*.c \
    build/fuzz/libfuzzcore.a -lm
rm -f "$out"/*.profraw
LLVM_PROFILE_FILE="$out/console-%p.profraw" "$out/fuzz_console" -runs=0 \
    build/fuzz/corpus-console tests/fuzz/console > "$out/run.log" 2>&1
llvm-profdata$v merge -o "$out/console.profdata" "$out"/*.profraw
llvm-cov$v report "$out/fuzz_console" -instr-profile="$out/console.profdata" \
    console/*.c | tee "$out/report.txt"
total=$(awk '/^TOTAL/ {print $(NF-3)}' "$out/report.txt" | tr -d '%')
echo "fuzz console: line coverage of console/ ${total}%"
awk -v t="$total" -v m="${COV_MIN:-90}" 'BEGIN { exit !(t + 0 >= m + 0) }'
