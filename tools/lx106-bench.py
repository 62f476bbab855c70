#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# make bench-lx106: deterministic instruction counts of bench programs on
# the lx106 under QEMU. With -icount shift=0,sleep=off the virtual clock
# advances 1 ns per instruction and CCOUNT runs at 40 MHz, so the port's
# CCOUNT delta around the run (init, compile, run, deinit) times 25 is the
# instruction count: the same on every run and machine.
# Usage: tools/lx106-bench.py BUILD [bench/x.py ...]
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def count(build, path):
    log = os.path.abspath(os.path.join(build, "bench-stats.log"))
    if os.path.exists(log):
        os.remove(log)
    env = dict(os.environ, ESPY_STATS_FILE=log,
               ESPY_ELF=os.path.abspath(os.path.join(build, "espy.elf")),
               ESPY_QEMU_ARGS="-icount shift=0,sleep=off",
               ESPY_TIMEOUT="600")
    r = subprocess.run([os.path.join(ROOT, "ports/qemu-lx106/run.sh"),
                        os.path.basename(path)], cwd=os.path.dirname(path),
                       env=env, capture_output=True)
    stats = open(log).read() if os.path.exists(log) else ""
    m = re.search(r"stack=(\d+) ccount=(\d+)", stats)
    if r.returncode != 0 or not m:
        return None, r.returncode
    return (int(m.group(2)) * 25, int(m.group(1))), 0


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build/qemu-lx106"
    paths = sys.argv[2:] or sorted(glob.glob(os.path.join(ROOT, "bench",
                                                          "*.py")))
    failed = False
    print("%-24s %15s %8s" % ("program", "instructions", "C stack"))
    for path in paths:
        res, rc = count(build, os.path.abspath(path))
        name = os.path.basename(path)
        if res is None:
            print("%-24s %15s" % (name, "FAILED (exit %d)" % rc))
            failed = True
        else:
            print("%-24s %15d %8d" % (name, res[0], res[1]))
    sys.exit(1 if failed else 0)


main()
