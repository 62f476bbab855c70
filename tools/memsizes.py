#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Heap bytes of common values and of a method call, measured on an espy
# build: each value is made in one step (no temporaries) with the
# collector disabled, between two gc.mem_alloc() readings (the difference
# is whole 16-byte blocks), and a
# method call is checked under micropython.heap_lock(). Prints the table of
# docs/memory.md. Usage: tools/memsizes.py [ESPY]...
import subprocess
import sys

PROG = r'''
import gc, micropython
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
    def m(self, x):
        return x
def outer():
    v = 1
    def inner():
        return v
    return inner
ten = "abcdefghij"
one = 1
def measure(name, make):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = make()
    after = gc.mem_alloc()
    gc.enable()
    print("%s|%d" % (name, after - before))
    return keep
k = []
k.append(measure("small int", lambda: 12345))
k.append(measure("100-bit int", lambda: one << 99))
k.append(measure("float", lambda: 1.5 * len(ten)))
k.append(measure("empty str", lambda: str()))
k.append(measure("10-character str", lambda: ten.upper()))
k.append(measure("list of 10 ints", lambda: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
k.append(measure("dict of 10 items", lambda: {0: 0, 1: 1, 2: 2, 3: 3, 4: 4,
    5: 5, 6: 6, 7: 7, 8: 8, 9: 9}))
k.append(measure("3-tuple", lambda: (len(ten), 2, 3)))
k.append(measure("instance, 3 attributes", C))
k.append(measure("closure", outer))
c = C()
c.m(1)
i = 0
micropython.heap_lock()
try:
    while i < 10:
        c.m(i)
        i += 1
    ok = True
except MemoryError:
    ok = False
micropython.heap_unlock()
print("method call|%d" % (0 if ok else -1))
'''

def measure(espy):
    out = subprocess.run([espy, "-X", "heapsize=38k", "-c", PROG],
                         capture_output=True, text=True, check=True).stdout
    return dict(line.split("|") for line in out.splitlines())

def main():
    builds = sys.argv[1:] or ["build/host32/espy", "build/host/espy"]
    rows = [measure(b) for b in builds]
    print("| value | " + " | ".join(builds) + " |")
    print("|---|" + "---|" * len(builds))
    for name in rows[0]:
        vals = ["%s" % r[name] if r[name] != "-1" else "allocates"
                for r in rows]
        print("| %s | %s |" % (name, " | ".join(vals)))

if __name__ == "__main__":
    main()
