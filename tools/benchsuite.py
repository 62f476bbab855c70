#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench's comparison with CPython: runs each bench/suite/*.py program
(files starting with '_' are modules they import) with espy and with
CPython 3 in the same run, checks that espy prints what CPython prints,
and prints per program the median wall time of each over --repeat runs,
the ratio espy/CPython, espy's peak memory (the process's maximum resident
set) and, last, the geometric mean of the ratios.

--ir instead counts espy's executed instructions under valgrind's
callgrind (deterministic on a noisy machine) and prints them per program.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                     "bench", "suite")


def run(cmd, prog):
    """(seconds, stdout bytes) of one run in bench/suite."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd + [prog], cwd=SUITE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out, err = p.communicate()
    secs = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit("%s %s failed (%d): %s" % (" ".join(cmd), prog, p.returncode,
                                            err.decode(errors="replace")[-300:]))
    return secs, out


def peak_kb(cmd, prog):
    """Peak resident set of one run, from GNU time's %M (KB)."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd + [prog], cwd=SUITE,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(p.stderr.decode().strip().splitlines()[-1])


def instructions(cmd, prog, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out]
                   + cmd + [prog], cwd=SUITE, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    for line in open(out):
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--cpython", default="python3")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ir", action="store_true")
    ap.add_argument("progs", nargs="*")
    a = ap.parse_args()
    espy = [os.path.abspath(a.espy)]
    cpy = [a.cpython]
    progs = a.progs or sorted(p for p in os.listdir(SUITE)
                              if p.endswith(".py") and not p.startswith("_"))
    if a.ir:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            print("%-12s %14s" % ("program", "espy Ir"))
            for prog in progs:
                print("%-12s %14d" % (prog[:-3], instructions(espy, prog, tmp)))
        return 0
    print("%-12s %9s %9s %7s %9s" % ("program", "espy ms", "cpy ms",
                                      "ratio", "espy KB"))
    logs = []
    for prog in progs:
        want = run(cpy, prog)[1]
        got = run(espy, prog)[1]
        if got != want:
            sys.exit("%s: espy's output differs from CPython's" % prog)
        te, tc = [], []
        for _ in range(a.repeat):  # interleaved, so load changes hit both
            te.append(run(espy, prog)[0])
            tc.append(run(cpy, prog)[0])
        me, mc = statistics.median(te), statistics.median(tc)
        logs.append(math.log(me / mc))
        print("%-12s %9.1f %9.1f %7.2f %9d" % (prog[:-3], me * 1000, mc * 1000,
                                               me / mc, peak_kb(espy, prog)))
    print("geomean espy/CPython %.2f over %d programs (median of %d runs)"
          % (math.exp(sum(logs) / len(logs)), len(logs), a.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
