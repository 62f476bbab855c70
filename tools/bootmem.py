#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Free heap after boot on the lx106 under QEMU (38 KB heap): the board's
# real boot sequence (ports/qemu-lx106's -X boot=N: the frozen _boot
# mounting littlefs on the RAM flash, or setting it up the first time,
# then boot.py) followed by a main.py that does
# `gc.collect(); print(gc.mem_free())`. Prints the figure after the first
# boot (initial setup: formats the flash, writes boot.py) and after a
# soft reset (the boot a board does every time after); fails when the
# latter is under --min. With -v, also what the boot keeps on the heap:
# sys.modules, __main__'s names, and every allocation (_espy.heap_dump).
# Usage: tools/bootmem.py [--min BYTES] [-v] [ESPY_ELF]
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = os.path.join(ROOT, "ports/qemu-lx106/run.sh")

MAIN = "import gc\ngc.collect()\nprint(gc.mem_free())\n"
VERBOSE = MAIN + """import sys, _espy
print('sys.modules:', ' '.join(sys.modules.keys()))
print('__main__:', ' '.join(globals().keys()))
gc.collect()
_espy.heap_dump()
"""


def boot(boots, prog, elf):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "main.py")
        with open(path, "w") as f:
            f.write(prog)
        env = dict(os.environ)
        if elf:
            env["ESPY_ELF"] = os.path.abspath(elf)
        r = subprocess.run([RUN, "-X", "boot=%d" % boots, path], env=env,
                           capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=300)
    if r.returncode != 0:
        sys.exit("bootmem: boot=%d failed (%d): %s" % (boots, r.returncode,
                                                       r.stderr.strip()))
    lines = [l for l in r.stdout.splitlines()
             if l != "Performing initial setup"]
    return int(lines[0]), lines[1:]


# The allocations of a heap_dump, summed by kind.
def summary(dump):
    kinds = {}
    for line in dump:
        parts = line.split()
        if len(parts) == 3 and parts[0].isdigit():
            n, total = kinds.get(parts[2], (0, 0))
            kinds[parts[2]] = (n + 1, total + int(parts[1]))
    return sorted(kinds.items(), key=lambda kv: -kv[1][1])


def main():
    args = sys.argv[1:]
    need, verbose, elf = 0, False, None
    while args:
        a = args.pop(0)
        if a == "--min":
            need = int(args.pop(0))
        elif a == "-v":
            verbose = True
        else:
            elf = a
    first, _ = boot(1, MAIN, elf)
    later, _ = boot(2, MAIN, elf)
    print("bootmem: lx106, 38 KB heap, littlefs mounted, boot.py run: "
          "%d bytes free after the first boot, %d after later boots"
          % (first, later))
    if verbose:
        _, out = boot(2, VERBOSE, elf)
        dump = [l for l in out if l[:1].isdigit()]
        for l in out:
            if not l[:1].isdigit():
                print(l)
        print("allocations (offset bytes kind; '_': a table, text or a "
              "C structure):")
        for l in dump:
            print("  " + l)
        print("by kind: " + ", ".join("%s %d x %d B" % (k, n, t)
                                      for k, (n, t) in summary(dump)))
    if later < need:
        print("bootmem: FAIL: %d < %d" % (later, need))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
