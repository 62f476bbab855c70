#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run a list of test programs from a MicroPython checkout (kept outside the
repository) with one espy build and report every run that ends in a signal,
an abort, a sanitizer report or a timeout. What the programs print is not
compared: this checks that no Python program can crash or hang espy.

usage: tools/mpscan.py --tests MP/tests --list ../shared/data/micropython-ref-passes.txt
                       [--espy build/asan/espy] [-j 2] [--timeout 60]
Each program runs from its own folder, as MicroPython's runner does. The
exit status is 1 when any run failed that way.
"""
import argparse
import concurrent.futures as cf
import os
import signal
import subprocess
import sys

SANITIZER = (b"AddressSanitizer", b"runtime error:", b"LeakSanitizer",
             b"UndefinedBehaviorSanitizer")


def scan(espy, path, timeout, env):
    """The kind of failure of one run ('' when it ended on its own)."""
    try:
        p = subprocess.run([espy, os.path.basename(path)],
                           cwd=os.path.dirname(path), env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", b""
    err = p.stderr
    if any(s in err for s in SANITIZER):
        return "sanitizer", err
    if p.returncode == -signal.SIGABRT or b"Assertion `" in err:
        return "abort", err
    if p.returncode < 0:
        return "crash (signal %d)" % -p.returncode, err
    if b"fatal error" in err:
        return "fatal", err
    return "", b""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", required=True)
    ap.add_argument("--list", required=True)
    ap.add_argument("--espy", default="build/asan/espy")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    espy = os.path.abspath(a.espy)
    names = [l.strip() for l in open(a.list)
             if l.strip() and not l.startswith("#")]
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
    bad = []
    with cf.ThreadPoolExecutor(a.j) as ex:
        futs = {ex.submit(scan, espy, os.path.join(a.tests, n), a.timeout,
                          env): n for n in names}
        for fu in cf.as_completed(futs):
            kind, err = fu.result()
            if kind:
                bad.append((futs[fu], kind, err))
    for name, kind, err in sorted(bad):
        tail = err.decode(errors="replace").strip().splitlines()[-2:]
        print("%s: %s %s" % (name, kind, " | ".join(tail)))
    kinds = [k.split()[0] for _, k, _ in bad]
    print("mpscan: %d programs, %d crashes, %d aborts, %d sanitizer reports, "
          "%d hangs, %d fatal errors" % (len(names), kinds.count("crash"),
          kinds.count("abort"), kinds.count("sanitizer"), kinds.count("hang"),
          kinds.count("fatal")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
