# SPDX-License-Identifier: MIT
"""Figures of docs/console.md: how long an exec of a 20 KB program takes
over --uart0 pty (raw-paste, as mpremote and pyboard.py send it, and plain
raw mode), and the heap sizes at which it runs (16 to 64 KB, in steps of 2 KB).

    python3 tests/console/measure.py [--espy build/host/espy] [--runs 5]
        [--no-fs]"""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console_test import big_program  # noqa: E402
from pyclient import Board  # noqa: E402


FLASH = []  # --flash IMAGE of the board measured (none: a fresh 4 MB one)


def run_once(espy, heap, paste, src):
    b = Board([espy], (["-X", "heapsize=%d" % heap] if heap else []) + FLASH)
    try:
        b.enter_raw()
        t = time.perf_counter()
        out, err = (b.exec_paste(src, timeout=60) if paste
                    else b.exec_raw(src, timeout=60))
        return time.perf_counter() - t, out, err
    finally:
        b.close()


def sweep(espy, paste, src, want):
    """The heap sizes (KB, even, 16 to 64) at which the program runs: the
    compiler's needs are not monotonic in the heap size (fragmentation),
    so every size is tried."""
    ok = []
    for kb in range(16, 66, 2):
        _, out, err = run_once(espy, kb * 1024, paste, src)
        if out == want and not err:
            ok.append(kb)
    return ok


def from_up(ok):
    """The smallest size from which every larger one ran."""
    k = 64
    while k - 2 in ok:
        k -= 2
    return k if k in ok else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-fs", action="store_true",
                    help="a 512 KB flash: no filesystem mounted (its heap "
                    "stays the program's), as the reference's 512K build")
    o = ap.parse_args()
    if o.no_fs:
        img = os.path.join(tempfile.mkdtemp(), "flash512k.img")
        with open(img, "wb") as f:
            f.write(b"\xff" * (512 * 1024))
        FLASH.extend(["--flash", img])
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
        ok = sweep(espy, paste, src, want)
        print("%s runs at every heap from %s KB up; at smaller sizes: %s"
              % (name, from_up(ok), [k for k in ok if k < (from_up(ok) or 0)]))


if __name__ == "__main__":
    main()
