# SPDX-License-Identifier: MIT
"""Figures of docs/console.md: how long an exec of a 20 KB program takes
over --uart0 pty (raw-paste, as mpremote and pyboard.py send it, and plain
raw mode), and the smallest heap in which it runs, found by bisection.

    python3 tests/console/measure.py [--espy build/host/espy] [--runs 5]"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console_test import big_program  # noqa: E402
from pyclient import Board  # noqa: E402


def run_once(espy, heap, paste, src):
    b = Board([espy], ["-X", "heapsize=%d" % heap] if heap else [])
    try:
        b.enter_raw()
        t = time.perf_counter()
        out, err = (b.exec_paste(src, timeout=60) if paste
                    else b.exec_raw(src, timeout=60))
        return time.perf_counter() - t, out, err
    finally:
        b.close()


def min_heap(espy, paste, src, want):
    lo, hi = 4 * 1024, 64 * 1024  # fails at lo, runs at hi
    while hi - lo > 256:
        mid = (lo + hi) // 2 // 16 * 16
        _, out, err = run_once(espy, mid, paste, src)
        if out == want and not err:
            hi = mid
        else:
            lo = mid
    return hi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--runs", type=int, default=5)
    o = ap.parse_args()
    espy = os.path.abspath(o.espy)
    src, want = big_program(20 * 1024)
    want = want.encode()
    print("program: %d bytes, %d lines" % (len(src), src.count("\n")))
    for paste, name in ((True, "raw-paste"), (False, "raw")):
        times = []
        for _ in range(o.runs):
            t, out, err = run_once(espy, 38 * 1024, paste, src)
            if out != want or err:
                print("%s at 38 KB failed: %r %r" % (name, out, err[-200:]))
                break
            times.append(t)
        if times:
            print("%s exec at 38 KB: median %.3f s (min %.3f, %d runs)"
                  % (name, statistics.median(times), min(times), len(times)))
        print("%s smallest heap that runs it: %d bytes"
              % (name, min_heap(espy, paste, src, want)))


if __name__ == "__main__":
    main()
