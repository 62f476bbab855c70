# Slices and dicts as in MicroPython: a slice is unhashable (as in CPython
# before 3.12), so a dict or set refuses it, but a lookup in an empty dict
# or set hashes nothing (`{}[:]` is a KeyError, `[1] in {}` is False), and
# an OrderedDict compares its keys without hashing them, so any key goes,
# slices included.
from collections import OrderedDict

for f in (lambda: hash(slice(1, 2)), lambda: {slice(1): 1},
          lambda: {1: 2}[:], lambda: {1: 2}.get(slice(1)),
          lambda: {0: 0}.__setitem__(slice(1), 1), lambda: set([slice(1)]),
          lambda: slice(1) in {1}, lambda: {}.__setitem__(slice(1), 1)):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)

try:
    {}[:]
except KeyError as e:
    print("KeyError", e.args)
try:
    dict()[1:2:3]
except KeyError as e:
    print("KeyError", e.args)
print([1] in {}, slice(1) in set(), {}.get([1]), {}.pop([1], 5), frozenset().__contains__({}))
d = {1: 2}
del d[1]
print([1] in d, d.get(slice(1), "none"))

od = OrderedDict()
od[:"a"] = 1
od["b"] = 2
od[1:2] = 3
od[[1, 2]] = 4
print(list(od.keys()), list(od.values()))
print(od[:"a"], od[slice(None, "a", None)], od[1:2], od[[1, 2]], slice(1, 2) in od, slice(1, 3) in od)
od[:"a"] = 10
del od[1:2]
print(list(od.items()))
for i in range(20):  # more than a small map's 8 entries
    od[i] = i * i
od[i:i] = "s"
print(len(od), od[7], od[19], od[19:19], od.get(slice(0, 0), "none"))
c = od.copy()
print(c == od, type(c).__name__, c[:"a"])
c.move_to_end(slice(None, "a"))
print(list(c.keys())[-1], c == od)
try:
    od[slice(5, 6)]
except KeyError as e:
    print("KeyError", e.args)
