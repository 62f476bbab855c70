#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The smallest Python heap (to 1 KB) with which each given test still passes
# on the lx106 under QEMU: its stdout and exit status equal CPython's. For
# docs/size.md's list of tests that need more than the default 38 KB.
# Usage: tools/lx106-minheap.py [--max KB] tests/limits/x.py ...
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = os.path.join(ROOT, "ports/qemu-lx106/run.sh")


def outcome(cmd, path):
    r = subprocess.run(cmd + [os.path.basename(path)],
                       cwd=os.path.dirname(path), capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=600)
    return r.returncode, r.stdout


def passes(path, kb, want):
    return outcome([RUN, "-X", "heapsize=%dK" % kb], path) == want


def main():
    args = sys.argv[1:]
    hi = 64 * 1024
    if args and args[0] == "--max":
        hi = int(args[1])
        args = args[2:]
    for path in map(os.path.abspath, args):
        want = outcome([sys.executable], path)
        if not passes(path, hi, want):
            print("%-40s fails even at %d KB" % (os.path.basename(path), hi))
            continue
        lo = 4  # fails (or is the floor)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if passes(path, mid, want):
                hi = mid
            else:
                lo = mid
        print("%-40s passes from %d KB" % (os.path.basename(path), hi))
        hi = int(sys.argv[2]) if sys.argv[1:2] == ["--max"] else 64 * 1024


main()
