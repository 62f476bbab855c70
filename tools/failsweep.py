#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Allocation-failure sweep: runs test programs with `-X failalloc=N` (the Nth
# allocation after start-up fails) and `-X failallocfrom=N` (that one and
# every later one fail) for N = 1, 2, ... until the program runs past its
# last allocation. Every run must end cleanly: its output as without the
# failure, or exit status 1 with a MemoryError (or a RecursionError, when a
# frame-stack chunk could not be allocated) as the last stderr line;
# never a signal, a hang, a sanitizer report or another exception.
# Usage: failsweep.py --espy build/host/espy [--step S] PROGRAM...
import argparse
import os
import subprocess
import sys

CLEAN_RUNS_AT_END = 10   # this many clean full runs in a row end the sweep
MAX_N = 5000


def run(espy, path, xopt, timeout):
    try:
        r = subprocess.run(espy + ["-X", xopt, os.path.basename(path)],
                           cwd=os.path.dirname(path), capture_output=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, b"", "timeout"
    err = r.stderr.decode("utf-8", "replace").rstrip().splitlines()
    return r.returncode, r.stdout, err[-1] if err else ""


def judge(status, out, last, ref_out):
    """None when the run ended cleanly, else what went wrong."""
    if status is None:
        return "timeout"
    if status < 0:
        return "killed by signal %d" % -status
    if "Sanitizer" in last or "runtime error:" in last:
        return "sanitizer report: " + last
    if status == 0:
        return None if out == ref_out else "exit 0 with different output"
    # The VM reports a frame stack it cannot grow as RecursionError (depth
    # is bounded by the heap), so an injected failure there ends that way.
    if status == 1 and last.startswith(("MemoryError", "RecursionError")):
        return None
    return "exit %d, last stderr line %r" % (status, last)


def sweep(espy, path, mode, step, timeout):
    """Returns (runs, problems) for one program and one mode."""
    ref_status, ref_out, ref_last = run(espy, path, "failalloc=0", timeout)
    if ref_status != 0:
        return 0, ["%s: fails without injection (%s)" % (path, ref_last)]
    problems, clean, n, runs = [], 0, 1, 0
    while clean < CLEAN_RUNS_AT_END and n <= MAX_N and len(problems) < 5:
        status, out, last = run(espy, path, "%s=%d" % (mode, n), timeout)
        runs += 1
        bad = judge(status, out, last, ref_out)
        if bad:
            problems.append("%s -X %s=%d: %s" % (path, mode, n, bad))
        clean = clean + 1 if status == 0 and not bad else 0
        n += step
    return runs, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--step", type=int, default=1,
                    help="sweep every Nth allocation (default 1)")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="a line per program and mode")
    ap.add_argument("programs", nargs="+")
    opts = ap.parse_args()
    espy = [os.path.abspath(opts.espy)]
    total, problems = 0, []
    for p in opts.programs:
        p = os.path.abspath(p)
        for mode in ("failalloc", "failallocfrom"):
            runs, bad = sweep(espy, p, mode, opts.step, opts.timeout)
            total += runs
            problems += bad
            if opts.verbose:
                print("%s %s: %d runs, %d problems" % (
                    os.path.relpath(p), mode, runs, len(bad)), flush=True)
    for line in problems:
        print("FAIL " + line)
    print("failsweep: %d programs, %d runs, %d problems"
          % (len(opts.programs), total, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
