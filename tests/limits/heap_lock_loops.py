# Loops over dicts, sets, frozensets and arrays, and any/all/min/max/sum
# over the built-in containers, with the heap locked (micropython.heap_lock):
# no iterator object is made. Changing a dict's or set's size inside such a
# loop still raises RuntimeError. CPython runs the same with no lock.
import array
try:
    from micropython import heap_lock, heap_unlock
except ImportError:
    heap_lock = heap_unlock = lambda: 0


def step(name, fn, *args):
    # a MemoryError (an allocation with the lock) ends the test
    heap_lock()
    try:
        r = fn(*args)
    finally:
        heap_unlock()
    print(name, r)


def total(c):
    t = 0
    for x in c:
        t += x
    return t


def keys_values(d):
    t = 0
    for k in d:
        t += k * d[k]
    return t


d = {1: 2, 3: 4, 5: 6}
del d[3]  # a deleted entry is skipped
s = {10, 20, 30}
fs = frozenset((7, 8))
ar = array.array("h", (-5, 6, 7))
for name, c in (("dict", d), ("set", s), ("frozenset", fs), ("array", ar),
                ("tuple", (4, 5)), ("list", [0, 9]), ("bytes", b"\x01\x02")):
    step(name + " for", total, c)
    for fn in (any, all, min, max, sum):
        step(name, fn, c)
step("dict items", keys_values, d)
try:
    min({})
except ValueError as e:
    print("ValueError", e)
print(sorted(x for x in s))

for c in ({1: 1, 2: 2}, {1, 2}):
    try:
        for k in c:
            if isinstance(c, dict):
                c[k + 10] = 0
            else:
                c.add(k + 10)
    except RuntimeError as e:
        print("RuntimeError", e)
# the same size after a change is no error (as CPython)
d2 = {1: 1, 2: 2}
for k in d2:
    d2[k] = 5
print(d2)
s2 = {1, 2, 3}
try:
    for k in s2:
        s2.discard(k)
except RuntimeError as e:
    print("RuntimeError", e)
