#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Lists the byte and halfword loads (l8ui, l16ui, l16si) of the lx106 build
# whose address comes from data in flash, and the library calls that get a
# flash address. On the ESP8266 flash reads only as aligned 32-bit words, so
# each one needs a word-load accessor (docs/PORTING.md) or the esp8266
# port's load/store-error handler. QEMU does not fault on them, hence this
# static check: a per-function scan that follows addresses loaded by l32r
# through mov/addi/add/addx, so it finds direct uses, not every path.
# Usage: tools/lx106-flashreads.py build/qemu-lx106 [--calls]
import bisect
import collections
import os
import re
import subprocess
import sys

NARROW = ("l8ui", "l16ui", "l16si")
MOVES = ("mov", "mov.n", "or")
ADDS = ("addi", "addi.n", "addmi")
INDEXED = ("add", "add.n", "addx2", "addx4", "addx8")
STORES = ("s8i", "s16i", "s32i", "s32i.n", "s32ri", "s32c1i")
NO_DEST = STORES + ("j", "jx", "ret", "ret.n", "call0", "callx0", "nop",
                    "nop.n", "wsr", "memw", "isync", "rsync", "ill")


def flash_data_range(build):
    out = subprocess.run(["xtensa-lx106-elf-readelf", "-SW",
                          os.path.join(build, "espy.elf")], check=True,
                         capture_output=True, text=True).stdout
    m = re.search(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]{8})\s+\S+\s+([0-9a-f]+)",
                  out)
    start = int(m.group(1), 16)
    return start, start + int(m.group(2), 16)


def map_sections(build):
    """Input sections of .rodata from the link map: (addr, size, name, obj)."""
    found = []
    name = None
    with open(os.path.join(build, "espy.map")) as f:
        for line in f:
            m = re.match(r"^ (\.\S+)\s*$", line)
            if m:
                name = m.group(1)
                continue
            m = re.match(r"^ (\.\S+)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)",
                         line)
            if m:
                sec = m.group(1) or name
                name = None
                if sec and "rodata" in sec:
                    found.append((int(m.group(2), 16), int(m.group(3), 16),
                                  sec, m.group(4)))
    found.sort()
    return found


def data_symbols(build):
    out = subprocess.run(["xtensa-lx106-elf-nm", "-S", "--defined-only",
                          os.path.join(build, "espy.elf")], check=True,
                         capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "rRdD":
            syms.append((int(p[0], 16), int(p[1], 16), p[3]))
    syms.sort()
    return syms


class Namer:
    def __init__(self, build):
        self.syms = data_symbols(build)
        self.keys = [s[0] for s in self.syms]
        self.secs = map_sections(build)
        self.skeys = [s[0] for s in self.secs]

    def name(self, addr):
        i = bisect.bisect_right(self.keys, addr) - 1
        if i >= 0 and addr < self.syms[i][0] + max(self.syms[i][1], 1):
            return self.syms[i][2]
        i = bisect.bisect_right(self.skeys, addr) - 1
        if i >= 0 and addr < self.secs[i][0] + self.secs[i][1]:
            sec, obj = self.secs[i][2], os.path.basename(self.secs[i][3])
            kind = "strings" if ".str" in sec else "const data"
            return "%s (%s)" % (kind, obj.replace(".c.o", ".c"))
        return "0x%08x" % addr


def scan(build, lo, hi):
    dis = subprocess.run(["xtensa-lx106-elf-objdump", "-d",
                          "--no-show-raw-insn",
                          os.path.join(build, "espy.elf")], check=True,
                         capture_output=True, text=True).stdout
    func, track = "?", {}
    loads, calls = [], []
    for line in dis.splitlines():
        m = re.match(r"^[0-9a-f]{8} <(\S+)>:", line)
        if m:
            func, track = m.group(1), {}
            continue
        m = re.match(r"^\s*[0-9a-f]+:\s+(\S+)\s*(.*)$", line)
        if not m:
            continue
        op, rest = m.group(1), m.group(2)
        args = [a.strip() for a in rest.split(",")]
        dst = args[0] if args and re.match(r"^a\d+$", args[0]) else None
        if op == "l32r":
            v = re.search(r"\(([0-9a-f]{8})", rest)
            val = int(v.group(1), 16) if v else None
            if val is not None and lo <= val < hi:
                track[dst] = val
            else:
                track.pop(dst, None)
        elif op in NARROW:
            if args[1] in track:
                loads.append((track[args[1]] + int(args[2], 0), func, op))
            track.pop(dst, None)
        elif op in MOVES and len(args) >= 2 and args[1] in track:
            track[dst] = track[args[1]]
        elif op in ADDS and args[1] in track:
            track[dst] = track[args[1]] + int(args[2], 0)
        elif op in INDEXED and (args[1] in track or args[2] in track):
            base = args[2] if args[2] in track else args[1]
            track[dst] = track[base]
        elif op in ("call0", "callx0"):
            callee = re.search(r"<(\S+)>", rest)
            callee = callee.group(1) if callee else "(indirect)"
            for r in ("a2", "a3", "a4", "a5", "a6", "a7"):
                if r in track:
                    calls.append((track[r], func, callee))
            for r in ["a0"] + ["a%d" % i for i in range(2, 12)]:
                track.pop(r, None)
        elif dst and op not in NO_DEST and not op.startswith("b"):
            track.pop(dst, None)
    return loads, calls


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build/qemu-lx106"
    lo, hi = flash_data_range(build)
    namer = Namer(build)
    loads, calls = scan(build, lo, hi)
    by_data = collections.defaultdict(set)
    for addr, func, op in loads:
        by_data[namer.name(addr)].add("%s (%s)" % (func, op))
    print("Byte/halfword loads from flash data (%d), by data object:"
          % len(loads))
    for data in sorted(by_data):
        print("  %s: %s" % (data, ", ".join(sorted(by_data[data]))))
    if "--calls" in sys.argv:
        by_call = collections.defaultdict(set)
        for addr, func, callee in calls:
            by_call[callee].add("%s <- %s" % (namer.name(addr), func))
        print("Calls passing a flash data address (%d), by callee:"
              % len(calls))
        for callee in sorted(by_call):
            print("  %s: %s" % (callee, "; ".join(sorted(by_call[callee]))))


main()
