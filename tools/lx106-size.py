#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# make size: the lx106 build's memory figures against the ESP8266 budgets.
# Prints flash (code + read-only data), IRAM code, static RAM (.data+.bss,
# outside the heap and stack), the Python heap and the C-stack high-water
# mark of the whole test suite under QEMU (the port paints its 8 KB stack
# and reports what was touched). Exits 1 when a budget is exceeded. When
# BUILD/flashcheck.so (tools/qemu-flashcheck.c) exists, the suite runs with
# it and BUILD/flash-loads.log gets every byte/halfword load from flash
# (tools/lx106-flashreads.py --dynamic reads it).
# Usage: tools/lx106-size.py BUILD [--no-run] [test paths...]
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUDGETS = {"flash": 450 * 1024, "iram": 8 * 1024, "ram": 4 * 1024,
           "stack": 8 * 1024}
FLASH = (0x40200000, 0x40300000)
IRAM = (0x40100000, 0x40108000)
DRAM = (0x3FFE8000, 0x3FFFC000)


def sections(elf):
    """(name, address, size) of every allocated section."""
    out = subprocess.run(["xtensa-lx106-elf-readelf", "-SW", elf],
                         check=True, capture_output=True, text=True).stdout
    found = []
    for m in re.finditer(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]{8})\s+[0-9a-f]+\s+"
                         r"([0-9a-f]+)\s+\S+\s+(\S*A\S*)\s", out):
        found.append((m.group(1), int(m.group(2), 16), int(m.group(3), 16)))
    return found


def region_size(secs, region):
    return sum(s for _, a, s in secs if region[0] <= a < region[1])


def heap_size():
    with open(os.path.join(ROOT, "ports/qemu-lx106/port_config.h")) as f:
        m = re.search(r"ES_CFG_HEAP_SIZE \((\d+) \* 1024\)", f.read())
    return int(m.group(1)) * 1024


def stack_high_water(build, paths, run):
    """Run the test suite with the stats file on; the largest stack= seen."""
    log = os.path.abspath(os.path.join(build, "size-stats.log"))
    if run:
        if os.path.exists(log):
            os.remove(log)
        env = dict(os.environ, ESPY_STATS_FILE=log)
        plugin = os.path.abspath(os.path.join(build, "flashcheck.so"))
        loads = os.path.abspath(os.path.join(build, "flash-loads.log"))
        if os.path.exists(plugin):
            if os.path.exists(loads):
                os.remove(loads)
            env["ESPY_QEMU_ARGS"] = (env.get("ESPY_QEMU_ARGS", "")
                                     + " -plugin %s,lo=%x,hi=%x,out=%s"
                                     % (plugin, FLASH[0], FLASH[1], loads))
        cmd = [sys.executable, os.path.join(ROOT, "tests/run.py"), "--tag", "qemu",
               "--espy", os.path.join(ROOT, "ports/qemu-lx106/run.sh"),
               "--timeout-scale", "4"] + paths
        r = subprocess.run(cmd, env=env, capture_output=True, text=True)
        lines = r.stdout.strip().splitlines()
        print("test suite on QEMU: " + (lines[-1] if lines else "no output"))
    runs = []
    if os.path.exists(log):
        with open(log) as f:
            for line in f:
                m = re.match(r"(.*) stack=(\d+) ccount=\d+$", line.strip())
                if m:
                    runs.append((int(m.group(2)), m.group(1)))
    runs.sort(reverse=True)
    return runs


def main():
    args = sys.argv[1:]
    build = args.pop(0) if args else "build/qemu-lx106"
    run = "--no-run" not in args
    paths = [a for a in args if a != "--no-run"]
    secs = sections(os.path.join(build, "espy.elf"))
    flash = region_size(secs, FLASH)
    iram = region_size(secs, IRAM)
    ram = region_size(secs, DRAM)
    heap = heap_size()
    runs = stack_high_water(build, paths, run)
    n = len(runs)
    stack, where = runs[0] if runs else (0, "")
    free = DRAM[1] - DRAM[0] - ram - heap - BUDGETS["stack"]
    rows = [("flash", "flash code + read-only data", flash),
            ("iram", "IRAM code", iram),
            ("ram", ".data + .bss (outside heap and stack)", ram),
            ("heap", "Python heap", heap),
            ("stack", "C-stack high-water (%d runs, max in %s)"
             % (n, where or "-"), stack)]
    failed = False
    for key, label, value in rows:
        budget = BUDGETS.get(key)
        mark = ""
        if budget is not None:
            over = value > budget
            failed |= over
            mark = "  budget %7d  %s" % (budget, "OVER" if over else "ok")
        print("%-52s %8d%s" % (label, value, mark))
    print("%-52s %8d" % ("DRAM left (WiFi stack, SDK)", free))
    if runs:
        print("deepest C stacks: " + ", ".join("%s %d" % (w, s)
                                               for s, w in runs[:4]))
    if heap != 38 * 1024:
        print("size: the default Python heap must be 38 KB (port_config.h)")
        failed = True
    if n == 0 and run:
        print("size: no stack figure (did the suite run?)")
        failed = True
    sys.exit(1 if failed else 0)


main()
