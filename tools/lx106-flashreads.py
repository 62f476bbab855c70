#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Lists the byte and halfword loads (l8ui, l16ui, l16si) of the lx106 build
# whose address comes from data in flash, and the library calls that get a
# flash address. On the ESP8266 flash reads only as aligned 32-bit words, so
# each one needs a word-load accessor (docs/PORTING.md) or the esp8266
# port's load/store-error handler. QEMU does not fault on them, hence this
# static check: it follows addresses loaded by l32r through mov/addi/add/addx
# along each function's branches (not through memory, calls or jump
# tables), so it finds direct uses, not every path.
# Usage: tools/lx106-flashreads.py build/qemu-lx106 [--calls]
#        tools/lx106-flashreads.py build/qemu-lx106 --check=ALLOWLIST
#        tools/lx106-flashreads.py build/qemu-lx106 --dynamic=LOG [--check=..]
# --check (make size) exits 1 on a load the allowlist does not name.
# --dynamic takes the loads seen while the test suite ran instead of the
# static scan: LOG holds the "<pc> <count> <address>" lines of the QEMU
# plugin tools/qemu-flashcheck.c (tools/lx106-size.py writes it), which
# sees every executed byte/halfword load from flash, through pointers,
# calls and library code too.
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
JUMPS = ("j", "jx", "ret", "ret.n")
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


def symbols(build, kinds):
    """(address, size, name) of the sized symbols whose nm kind is one of
    [kinds] ("rRdD": data, "tTwW": functions), sorted."""
    out = subprocess.run(["xtensa-lx106-elf-nm", "-S", "--defined-only",
                          os.path.join(build, "espy.elf")], check=True,
                         capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in kinds:
            syms.append((int(p[0], 16), int(p[1], 16), p[3]))
    syms.sort()
    return syms


class Namer:
    def __init__(self, build):
        self.syms = symbols(build, "rRdD")
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


def functions(build):
    """The disassembly as {function: [(address, op, args, rest)]}."""
    dis = subprocess.run(["xtensa-lx106-elf-objdump", "-d",
                          "--no-show-raw-insn",
                          os.path.join(build, "espy.elf")], check=True,
                         capture_output=True, text=True).stdout
    funcs, code = {}, None
    for line in dis.splitlines():
        m = re.match(r"^[0-9a-f]{8} <(\S+)>:", line)
        if m:
            code = funcs.setdefault(m.group(1), [])
            continue
        m = re.match(r"^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$", line)
        if m and code is not None:
            args = [a.strip() for a in m.group(3).split(",")]
            code.append((int(m.group(1), 16), m.group(2), args, m.group(3)))
    return funcs


def dynamic_loads(build, log, namer):
    """(data address, function, "N loads") per function and data object
    of the log (its lines add up: one run of QEMU appends its own); the
    total number of loads."""
    syms = [(a, n, re.sub(r"\$.*", "", name))
            for a, n, name in symbols(build, "tTwW")]
    keys = [a for a, _, _ in syms]
    found, total = {}, 0
    with open(log) as f:
        for line in f:
            pc, count, addr = line.split()
            pc, count, addr = int(pc, 16), int(count), int(addr, 16)
            i = bisect.bisect_right(keys, pc) - 1
            func = (syms[i][2] if i >= 0 and pc < syms[i][0] + syms[i][1]
                    else "libc-asm")  # picolibc's unsized asm (memcpy's)
            key = (func, data_key(namer.name(addr)))
            found.setdefault(key, [addr, 0])[1] += count
            total += count
    loads = [(addr, func, "%d loads" % n)
             for (func, _), (addr, n) in found.items()]
    return sorted(loads), total


def successors(code, where, i):
    """Indexes of the instructions that may follow code[i] ([where] maps
    addresses to indexes)."""
    op, rest = code[i][1], code[i][3]
    target = re.search(r"\b([0-9a-f]{8}) <", rest)
    nxt = [i + 1] if i + 1 < len(code) and op not in JUMPS else []
    if (op == "j" or op.startswith("b")) and target:
        k = where.get(int(target.group(1), 16))
        nxt += [k] if k is not None else []
    return nxt


def step(track, insn, lo, hi, func, loads, calls):
    """Apply one instruction to [track] (register: set of flash addresses),
    noting narrow loads and calls that use a tracked register."""
    _, op, args, rest = insn
    dst = args[0] if args and re.match(r"^a\d+$", args[0]) else None
    if op == "l32r":
        v = re.search(r"\(([0-9a-f]{8})", rest)
        val = int(v.group(1), 16) if v else None
        if val is not None and lo <= val < hi:
            track[dst] = {val}
        else:
            track.pop(dst, None)
    elif op in NARROW:
        for val in track.get(args[1], ()):
            loads.add((val + int(args[2], 0), func, op))
        track.pop(dst, None)
    elif op in MOVES and len(args) >= 2 and args[1] in track:
        track[dst] = set(track[args[1]])
    elif op in ADDS and args[1] in track and dst != args[1]:
        track[dst] = {v + int(args[2], 0) for v in track[args[1]]}
    elif op in ADDS and args[1] in track:
        pass  # a pointer stepping through the same data (keeps loops finite)
    elif op in INDEXED and (args[1] in track or args[2] in track):
        track[dst] = set(track[args[2] if args[2] in track else args[1]])
    elif op in ("call0", "callx0"):
        callee = re.search(r"<(\S+)>", rest)
        callee = callee.group(1) if callee else "(indirect)"
        for r in ("a2", "a3", "a4", "a5", "a6", "a7"):
            for val in track.get(r, ()):
                calls.add((val, func, callee))
        for r in ["a0"] + ["a%d" % k for k in range(2, 12)]:
            track.pop(r, None)
    elif dst and op not in NO_DEST and not op.startswith("b"):
        track.pop(dst, None)


def scan(build, lo, hi):
    """Follow flash addresses through each function's branches and jumps to
    a fixed point: a register holds what reaches it on any path."""
    loads, calls = set(), set()
    for func, code in functions(build).items():
        where = {c[0]: k for k, c in enumerate(code)}
        # every instruction is visited: some are reached only through a
        # jump table (jx), which is not followed
        state = {k: {} for k in range(len(code))}
        work = list(range(len(code) - 1, -1, -1))
        while work:
            i = work.pop()
            track = {r: set(v) for r, v in state[i].items()}
            step(track, code[i], lo, hi, func, loads, calls)
            for k in successors(code, where, i):
                into = state[k]
                grown = False
                for r, v in track.items():
                    if not v <= into.get(r, set()):
                        into[r] = into.get(r, set()) | v
                        grown = True
                if grown:
                    work.append(k)
    return sorted(loads), sorted(calls)


def data_key(name):
    """A data object's name as the allowlist writes it: no $N suffix (gcc's
    numbering of local statics) and no object file ("strings")."""
    return re.sub(r"\$\d+(\+0x[0-9a-f]+)?$", "", name).split(" (")[0]


def read_allow(path):
    """{(function, data): reason} from lines `function data: reason`;
    function or data * matches any."""
    allow = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.split("#")[0].strip()
            if not line:
                continue
            m = re.match(r"^(\S+)\s+(\S+):\s*(\S.*)$", line)
            if not m:
                sys.exit("%s:%d: expected `function data: reason`" % (path, n))
            allow[(m.group(1), m.group(2))] = m.group(3)
    return allow


def check(loads, namer, path):
    """Exit 1 on a load the allowlist does not name; note stale entries."""
    allow = read_allow(path)
    used, bad = set(), set()
    for addr, func, op in loads:
        data = data_key(namer.name(addr))
        key = next((k for k in ((func, data), (func, "*"), ("*", data))
                    if k in allow), None)
        if key:
            used.add(key)
        else:
            bad.add("%s %s (%s)" % (func, data, op))
    for key in sorted(set(allow) - used):
        print("flashreads: note: %s %s is no longer found" % key)
    for b in sorted(bad):
        print("flashreads: byte/halfword load from flash: %s" % b)
    if bad:
        print("flashreads: read it through core/rom.h (docs/PORTING.md) or "
              "list it with a reason in %s" % path)
        sys.exit(1)
    print("flashreads: %d loads from flash, all in %s" % (len(loads), path))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    build = args[0] if args else "build/qemu-lx106"
    lo, hi = flash_data_range(build)
    namer = Namer(build)
    loads, calls = scan(build, lo, hi)
    for a in sys.argv[1:]:
        if a.startswith("--dynamic="):
            loads, total = dynamic_loads(build, a[len("--dynamic="):],
                                         namer)
            print("flashreads: the test suite made %d byte/halfword loads "
                  "from flash (%d function/data pairs)" % (total, len(loads)))
    for a in sys.argv[1:]:
        if a.startswith("--check="):
            check(loads, namer, a[len("--check="):])
            return
    dynamic = any(a.startswith("--dynamic=") for a in sys.argv)
    by_data = collections.defaultdict(set)
    for addr, func, op in loads:
        name = namer.name(addr)
        by_data[data_key(name) if dynamic else name].add("%s (%s)"
                                                         % (func, op))
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
