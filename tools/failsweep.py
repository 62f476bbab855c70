#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Allocation-failure sweep: runs test programs with `-X failalloc=N` (the Nth
# allocation after start-up fails) and `-X failallocfrom=N` (that one and
# every later one fail) for N = 1, 2, ... until the program runs past its
# last allocation. Every run must end cleanly: as the run without injection
# ended (same stdout, exit status and last stderr line), or with exit status
# 1 (or its own SystemExit status, when a sys.atexit function failed) and
# a MemoryError (or a RecursionError, when a frame-stack chunk could
# not be allocated) as the last stderr line, or with the expected exception's
# type alone (its message could not be formatted); never a signal, a hang, a
# sanitizer report or another exception. A program with a broad handler
# (`except:`, `except Exception`) may also catch the MemoryError and end
# with other output. --full sweeps every N from 1 to the program's own
# allocation count A (from `-X alloccount`), plus a few beyond it.
# Usage: failsweep.py [--full] [-j N] [--slice I/M] --espy ESPY PROG...
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

# Handlers that may catch the injected MemoryError, and __exit__ methods
# (a context manager may suppress it).
BROAD = re.compile(r"except\s*(:|\(?\s*(Exception|BaseException|MemoryError)\b)"
                   r"|def __exit__")
CLEAN_END = 10        # clean full runs in a row that end a sweep
CLEAN_END_FULL = 50   # the same with --full
MAX_N = 1000000


SANITIZER_MARKS = ("AddressSanitizer", "runtime error:", "LeakSanitizer",
                   "UndefinedBehaviorSanitizer", "fatal error")


class Outcome:
    def __init__(self, status, out, err):
        lines = err.decode("utf-8", "replace").rstrip().splitlines()
        self.allocs = None
        if lines and lines[-1].startswith("alloccount: "):
            self.allocs = int(lines.pop()[12:])
        self.status, self.out = status, out
        self.last = lines[-1].strip() if lines else ""
        self.report = next((m for m in SANITIZER_MARKS
                            if any(m in line for line in lines)), None)

    def same(self, other):
        return (self.status, self.out, self.last) == (
            other.status, other.out, other.last)


def run(espy, path, xopt, timeout):
    args = ["-X", xopt]
    try:
        r = subprocess.run(espy + args + [os.path.basename(path)],
                           cwd=os.path.dirname(path), capture_output=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome(None, b"", b"timeout")
    return Outcome(r.returncode, r.stdout, r.stderr)


def judge(o, ref, broad):
    """None when the run [o] ended cleanly, else what went wrong."""
    if o.status is None:
        return "timeout"
    if o.status < 0:
        return "killed by signal %d" % -o.status
    if o.report:
        return "%s on stderr (last line %r)" % (o.report, o.last)
    if o.same(ref):
        return None
    out_of_memory = o.last.startswith(("MemoryError", "RecursionError"))
    if o.status == 1 and out_of_memory:
        return None
    # A program that ends with SystemExit(n) keeps its status n when a
    # sys.atexit function then runs out of memory (reported, as CPython).
    if ref.status not in (0, 1) and o.status == ref.status and out_of_memory:
        return None
    # Out of memory while formatting the message: the type alone.
    if o.status == ref.status == 1 and o.last == ref.last.split(":")[0]:
        return None
    if broad and o.status in (0, 1, ref.status):
        return None
    return "exit %d, last stderr line %r (without injection: exit %d, %r)" % (
        o.status, o.last, ref.status, ref.last)


def bounded_points(allocs):
    """--bounded: the first 20 N and 30 spread over the rest of 1..allocs."""
    if allocs <= 50:
        return list(range(1, allocs + 1))
    rest = allocs - 20
    return list(range(1, 21)) + sorted({21 + k * rest // 30 for k in range(30)})


def sweep_points(espy, path, mode, opts, ref, broad, points):
    """(runs, problems) failing each N of [points] in one mode."""
    problems = []
    for n in points:
        bad = judge(run(espy, path, "%s=%d" % (mode, n), opts.timeout),
                    ref, broad)
        if bad:
            problems.append("%s -X %s=%d: %s" % (path, mode, n, bad))
    return len(points), problems


def sweep(espy, path, mode, opts):
    """Returns (runs, problems) for one program and one mode."""
    ref = run(espy, path, "alloccount", opts.timeout)
    if ref.status is None or ref.status < 0 or ref.report:
        return 0, ["%s: crashes without injection" % path]
    with open(path, encoding="utf-8", errors="replace") as f:
        broad = BROAD.search(f.read()) is not None
    end = CLEAN_END_FULL if opts.full else CLEAN_END
    last_n = MAX_N
    if opts.full and ref.allocs is not None:
        last_n = ref.allocs + CLEAN_END
    if opts.bounded and ref.allocs is not None:
        return sweep_points(espy, path, mode, opts, ref, broad,
                            bounded_points(ref.allocs))
    problems, clean, n, runs = [], 0, 1, 0
    while n <= last_n and (clean < end or last_n != MAX_N) \
            and len(problems) < 5:
        o = run(espy, path, "%s=%d" % (mode, n), opts.timeout)
        runs += 1
        bad = judge(o, ref, broad)
        if bad:
            problems.append("%s -X %s=%d: %s" % (path, mode, n, bad))
        clean = clean + 1 if o.same(ref) else 0
        n += opts.step
    return runs, problems


def main():
    ap = argparse.ArgumentParser(
        description="Allocation-failure sweep over test programs.")
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--step", type=int, default=1,
                    help="sweep every Nth allocation (default 1)")
    ap.add_argument("--full", action="store_true",
                    help="every N up to the program's allocation count "
                    "(-X alloccount); without it, until %d clean runs in "
                    "a row" % CLEAN_END)
    ap.add_argument("--bounded", action="store_true",
                    help="only the first 20 N and 30 N spread up to the "
                    "program's allocation count (make test's slice)")
    ap.add_argument("--slice", default="0/1",
                    help="I/M: only the I-th (0-based) of M interleaved "
                    "parts of the program list")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="a line per program and mode")
    ap.add_argument("programs", nargs="+")
    opts = ap.parse_args()
    espy = [os.path.abspath(opts.espy)]
    i, m = (int(x) for x in opts.slice.split("/"))
    programs = opts.programs[i::m]
    jobs = [(os.path.abspath(p), mode) for p in programs
            for mode in ("failalloc", "failallocfrom")]
    total, problems = 0, []
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futs = [pool.submit(sweep, espy, p, m, opts) for p, m in jobs]
        for (p, mode), fut in zip(jobs, futs):
            runs, bad = fut.result()
            total += runs
            problems += bad
            if opts.verbose:
                print("%s %s: %d runs, %d problems" % (
                    os.path.relpath(p), mode, runs, len(bad)), flush=True)
    for line in problems:
        print("FAIL " + line)
    print("failsweep: %d programs, %d runs, %d problems"
          % (len(programs), total, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
