#!/bin/sh
# SPDX-License-Identifier: MIT
# The virtual board (make test; docs/board.md):  tests/board/check.sh ESPY
# 1. machine on the board: each tests/board/*.py runs in board mode (with
#    the diagram NAME.json and the console input NAME.in beside it, if
#    any); what it prints between the first BEGIN and the last END (CR LF
#    as LF, the banner's version and date as "on DATE") must be its .exp.
# 2. Each example's scenarios (and tests/board/*/'s) pass (exit 0); a copy of
#    each with its first expect-pin value flipped exits 1; a timeout 42.
# 3. Bad diagrams and scenarios are refused before the program starts,
#    with the file, line and item named (exit 1).
set -u
ESPY=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")
ROOT=$(dirname "$(dirname "$HERE")")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failed=0
fail() { echo "board: FAIL $*"; failed=1; }

for t in "$HERE"/*.py; do
    name=$(basename "$t" .py)
    diagram= input=/dev/null
    [ -f "$HERE/$name.json" ] && diagram="--diagram $HERE/$name.json"
    [ -f "$HERE/$name.in" ] && input="$HERE/$name.in"
    "$ESPY" --board feather_huzzah $diagram "$t" < "$input" 2>&1 \
        | tr -d '\r' | sed 's/^MicroPython espy-.* on .*; /MicroPython on DATE; /' \
        | sed -n '/^BEGIN$/,$p' | tac | sed -n '/^END$/,$p' \
        | tac | sed '1d;$d' > "$T/$name.out"
    diff -u "$HERE/$name.exp" "$T/$name.out" > "$T/$name.diff" \
        || { fail "$name"; cat "$T/$name.diff"; }
done

# the RTC's drift: the Feather's profile with an oscillator 5% fast
mkdir -p "$T/boards"
sed 's/"rtc_drift_ppm": 0/"rtc_drift_ppm": 50000/' \
    "$ROOT/boards/feather_huzzah.json" > "$T/boards/feather_huzzah.json"
ESPY_BOARDS="$T/boards" "$ESPY" --board feather_huzzah \
    "$HERE/drift/rtc_drift.py" < /dev/null 2>&1 | tr -d '\r' \
    | sed -n '/^BEGIN$/,/^END$/p' | sed '1d;$d' > "$T/drift.out"
diff -u "$HERE/drift/rtc_drift.exp" "$T/drift.out" || fail "rtc_drift"

# deep sleep without GPIO16 wired to RST never wakes: the run ends (exit
# 0, a note on stderr), a scenario times out (42)
printf 'import machine\nprint("sleeping")\nmachine.deepsleep(1000)\n' \
    > "$T/sleep.py"
"$ESPY" --board feather_huzzah "$T/sleep.py" < /dev/null > "$T/out" 2>&1
r=$?
[ $r = 0 ] || fail "deep sleep without the wire exits $r"
grep -q "sleeps for good (deep sleep without GPIO16 wired to RST)" "$T/out" \
    || { fail "deep sleep without the wire: no note"; cat "$T/out"; }
[ "$(grep -c "rst cause" "$T/out")" = 1 ] || fail "deep sleep woke unwired"
printf 'name: s\nversion: 1\nsteps:\n  - wait-serial: "rst cause:5"\n' \
    > "$T/wake.yaml"
"$ESPY" --diagram "$ROOT/examples/blink/diagram.json" --scenario \
    "$T/wake.yaml" --timeout 5000 "$T/sleep.py" < /dev/null > "$T/out" 2>&1
r=$?
[ $r = 42 ] || fail "deep sleep without the wire, scenario exits $r, not 42"

# a day of deep sleeps: 144 wakes in the serial log (the ROM's line), and
# GPIO16 held high by the RTC through each sleep in the trace
(cd "$ROOT/examples/deepsleep_counter" && "$ESPY" --diagram diagram.json \
    --scenario day.yaml --timeout 87000000 --vcd-file "$T/day.vcd" \
    --serial-log-file "$T/day.log" main.py < /dev/null > /dev/null 2>&1) \
    || fail "deepsleep_counter with its trace"
[ "$(grep -c 'rst cause:5, boot mode' "$T/day.log")" = 144 ] \
    || fail "deepsleep_counter: not 144 wakes in the serial log"
g16=$(sed -n 's/^\$var wire 1 \(.*\) gpio16 \$end$/\1/p' "$T/day.vcd")
[ "$(grep -c "^1$g16\$" "$T/day.vcd")" = 144 ] \
    && [ "$(grep -c "^0$g16\$" "$T/day.vcd")" = 145 ] \
    || fail "deepsleep_counter: GPIO16 not high through 144 sleeps"

# the real clock: a watchdog left unfed at the prompt resets the board
# (the REPL's wait lets the board's events fall due); 8 s of host time
printf 'import machine\nprint("cause", machine.reset_cause())\nif machine.reset_cause() == 0:\n    machine.WDT()\n' \
    > "$T/wdt.py"
(sleep 8 | "$ESPY" --clock real --board feather_huzzah "$T/wdt.py") \
    > "$T/out" 2>&1
grep -q "cause 1" "$T/out" || { fail "the watchdog at the prompt"; cat "$T/out"; }

# A scenario's "# timeout: MS" line is its --timeout (default 30000).
for dir in "$ROOT"/examples/*/ "$HERE"/*/; do
    for s in "$dir"*.yaml; do
        [ -f "$s" ] || continue
        ex=$(basename "$dir")/$(basename "$s")
        timeout=$(sed -n 's/^# timeout: *\([0-9]*\)$/--timeout \1/p' "$s")
        (cd "$dir" && "$ESPY" --diagram diagram.json --scenario "$s" \
            $timeout main.py < /dev/null > "$T/out" 2>&1)
        r=$?
        [ $r = 0 ] || { fail "$ex exits $r"; cat "$T/out"; }
        # the first expect-pin's value flipped: the scenario must fail
        awk 'f == 0 && /expect-pin/ { e = 1 }
             e == 1 && /value:/ { sub(/value: 1/, "value: X"); sub(/value: 0/, "value: 1");
                                  sub(/value: X/, "value: 0"); e = 2; f = 1 }
             { print }' "$s" > "$T/flipped.yaml"
        cmp -s "$s" "$T/flipped.yaml" && fail "$ex has no expect-pin"
        (cd "$dir" && "$ESPY" --diagram diagram.json \
            --scenario "$T/flipped.yaml" $timeout main.py < /dev/null \
            > "$T/out" 2>&1)
        r=$?
        [ $r = 1 ] || fail "$ex flipped exits $r, not 1"
        grep -q "expect-pin failed" "$T/out" || fail "$ex flipped: no message"
    done
done

# the trace: every GPIO, the analyzer's channel LED (GPIO5) under its name,
# GPIO5 high at 0 s and 1 s, low at 0.5 s (blink.yaml ends at 1.5 s)
cd "$ROOT/examples/blink" || exit 1
"$ESPY" --diagram diagram.json --scenario blink.yaml --vcd-file "$T/b.vcd" \
    main.py < /dev/null > /dev/null 2>&1
grep -q '^\$var wire 1 & gpio5 \$end$' "$T/b.vcd" || fail "vcd: no gpio5"
grep -q '^\$var wire 1 & LED \$end$' "$T/b.vcd" || fail "vcd: no LED channel"
[ "$(grep -c '^1&$' "$T/b.vcd")" = 2 ] || fail "vcd: not two rises of GPIO5"
[ "$(grep -c '^0&$' "$T/b.vcd")" -ge 2 ] || fail "vcd: GPIO5 never fell"

# Timer on the virtual clock: 60 virtual s of the timer_blink example; the
# hard 1 kHz timer's edges (CLK, GPIO4) 1 ms apart within 1 us and within
# 1 us of the 1 ms grid (no drift); the soft 500 ms blink's likewise
cd "$ROOT/examples/timer_blink" || exit 1
"$ESPY" --diagram diagram.json --scenario "$ROOT/bench/board/60s.yaml" \
    --timeout 61000 --vcd-file "$T/t.vcd" main.py < /dev/null > /dev/null 2>&1 \
    || fail "timer_blink 60 s exits $?"
python3 "$ROOT/tools/vcdstat.py" "$T/t.vcd" CLK --edges --period-ns 1000000 \
    --tol-ns 1000 > "$T/out" || { fail "timer 1 kHz period"; cat "$T/out"; }
grep -q "^CLK: 599.. edges" "$T/out" || { fail "timer 1 kHz edges"; cat "$T/out"; }
python3 "$ROOT/tools/vcdstat.py" "$T/t.vcd" LED --edges --period-ns 500000000 \
    --tol-ns 1000 > "$T/out" || { fail "timer 2 Hz period"; cat "$T/out"; }
# PWM: the pwm_fade example's trace; every 1 ms period's high share
# within 1/1024 of duty/1023, through all ten duties of a fade (0 and 1023
# included: measured on the period grid)
cd "$ROOT/examples/pwm_fade" || exit 1
"$ESPY" --diagram diagram.json --scenario fade.yaml --vcd-file "$T/f.vcd" \
    main.py < /dev/null > /dev/null 2>&1 || fail "pwm_fade exits $?"
python3 "$ROOT/tools/vcdstat.py" "$T/f.vcd" LED --grid-ns 1000000 \
    --duties 128,256,512,768,1023,768,512,256,128,0 > "$T/out" \
    || { fail "pwm_fade duty in the trace"; cat "$T/out"; }
cd "$ROOT/examples/blink" || exit 1

# take-screenshot's save-to: the board and every part, beside the scenario
printf 'name: s\nversion: 1\nsteps:\n  - delay: 200ms\n  - take-screenshot:\n      save-to: shot.txt\n' > "$T/shot.yaml"
"$ESPY" --diagram diagram.json --scenario "$T/shot.yaml" main.py < /dev/null \
    > /dev/null 2>&1 || fail "take-screenshot save-to exits $?"
printf '%s\n' "esp board-esp8266-feather-huzzah gpio0-16 00100100000000000" \
    "led1 wokwi-led red on, lit 1 times" "logic1 wokwi-logic-analyzer LED=1" \
    | cmp -s - "$T/shot.txt" || { fail "take-screenshot save-to"; cat "$T/shot.txt"; }

# a timeout: a step that never happens
printf 'name: t\nversion: 1\nsteps:\n  - wait-serial: "never"\n' > "$T/never.yaml"
"$ESPY" --diagram diagram.json --scenario "$T/never.yaml" --timeout 200 \
    main.py < /dev/null > "$T/out" 2>&1
r=$?
[ $r = 42 ] || fail "timeout exits $r, not 42"

# bad input: exit 1, the message names the file and line, nothing runs
bad() { # expected-message-part file-kind content
    want=$1; kind=$2
    printf '%s\n' "$3" > "$T/bad.$kind"
    if [ "$kind" = json ]; then
        args="--diagram $T/bad.json --scenario blink.yaml"
    else
        args="--diagram diagram.json --scenario $T/bad.yaml"
    fi
    "$ESPY" $args main.py < /dev/null > "$T/out" 2>&1
    r=$?
    [ $r = 1 ] || fail "bad $kind ($want) exits $r"
    grep -q "bad\.$kind:[0-9]*: .*$want" "$T/out" \
        || { fail "bad $kind: no '$want'"; cat "$T/out"; }
    grep -q "blink" "$T/out" && fail "bad $kind: the program ran"
}
bad "expected ',' or '}'" json '{"version": 1, "parts": [{"id": "esp" "type": "x"}]}'
bad "unknown part type 'wokwi-lcd'" json '{"version": 1, "parts": [
 {"id": "esp", "type": "board-esp8266-feather-huzzah"},
 {"id": "x", "type": "wokwi-lcd"}], "connections": []}'
bad "part 'esp' has no pin 'D9'" json '{"version": 1, "parts": [
 {"id": "esp", "type": "board-esp8266-feather-huzzah"},
 {"id": "led1", "type": "wokwi-led"}],
 "connections": [["esp:D9", "led1:A", "", []]]}'
bad "wired to the flash" json '{"version": 1, "parts": [
 {"id": "esp", "type": "board-esp8266-feather-huzzah"},
 {"id": "led1", "type": "wokwi-led"}],
 "connections": [["esp:7", "led1:A", "", []]]}'
bad "unknown board type" json '{"version": 1, "parts": [
 {"id": "esp", "type": "board-esp32-devkit-c-v4"}]}'
bad "unknown step: jump-twice" yaml 'name: x
version: 1
steps:
  - jump-twice: 1'
bad "delay needs a time" yaml 'name: x
version: 1
steps:
  - delay: 500'
bad "no part .led9." yaml 'name: x
version: 1
steps:
  - expect-pin:
      part-id: led9
      name: A
      value: 1'
bad "take-screenshot needs save-to or compare-with" yaml 'name: x
version: 1
steps:
  - take-screenshot:
      part-id: led1'
bad "no part .lcd1." yaml 'name: x
version: 1
steps:
  - take-screenshot:
      part-id: lcd1
      save-to: x.txt'
bad "part .r1. shows nothing" yaml 'name: x
version: 1
steps:
  - take-screenshot:
      part-id: r1
      save-to: x.txt'
bad "only version 1" yaml 'name: x
version: 2
steps: []'
bad "unterminated" yaml 'name: x
version: 1
steps:
  - wait-serial: "abc'
exit $failed
