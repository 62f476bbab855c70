#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The deepest nesting of source that compiles and runs within a C stack
# limit, for each kind of nesting (brackets, lists, dicts, calls, binary
# operators): what the parser's and compiler's C frames per level allow
# (docs/memory.md). One program per depth, found by bisection.
# Usage: tools/nestdepth.py ESPY [STACKLIMIT]   (e.g. build/host/espy 8k;
# without a limit the build's default; ports/qemu-lx106/run.sh as ESPY
# measures the chip's real 8 KB stack)
import os
import subprocess
import sys
import tempfile

KINDS = {
    "brackets": lambda n: "x = " + "(" * n + "1" + ")" * n,
    "lists": lambda n: "x = " + "[" * n + "1" + "]" * n,
    "dicts": lambda n: "x = " + "{1:" * n + "1" + "}" * n,
    "calls": lambda n: "f = abs\nx = " + "f(" * n + "1" + ")" * n,
    "binary": lambda n: "x = " + "1 + (" * n + "1" + ")" * n,
}


def compiles(espy, xopts, src, path):
    with open(path, "w") as f:
        f.write(src + "\nprint('ok')\n")
    r = subprocess.run(espy + xopts + [path], capture_output=True, text=True,
                       timeout=120)
    return r.returncode == 0 and r.stdout.strip() == "ok"


def deepest(espy, xopts, make, path, hi=512):
    lo = 0  # compiles at lo; fails at hi (or hi is the cap)
    if compiles(espy, xopts, make(hi), path):
        return hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if compiles(espy, xopts, make(mid), path):
            lo = mid
        else:
            hi = mid
    return lo


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__ or "usage: nestdepth.py ESPY [STACKLIMIT]")
    espy = [os.path.abspath(sys.argv[1])]
    xopts = ["-X", "stacklimit=" + sys.argv[2]] if len(sys.argv) == 3 else []
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "nest.py")
        for kind, make in KINDS.items():
            print("%-8s %d" % (kind, deepest(espy, xopts, make, path)))


if __name__ == "__main__":
    main()
