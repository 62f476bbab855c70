# Slices are unhashable (CPython before 3.12, MicroPython): every dict,
# OrderedDict and set refuses one as a key, empty or not, and an
# unhashable key is refused by a lookup in an empty dict too.
from collections import OrderedDict

for f in (lambda: hash(slice(1, 2)), lambda: {slice(1): 1},
          lambda: {1: 2}[:], lambda: {1: 2}.get(slice(1)),
          lambda: {0: 0}.__setitem__(slice(1), 1), lambda: set([slice(1)]),
          lambda: slice(1) in {1}, lambda: {}.__setitem__(slice(1), 1),
          lambda: {}[:], lambda: dict()[1:2:3], lambda: [1] in {},
          lambda: slice(1) in set(), lambda: {}.get([1]), lambda: {}.pop([1], 5),
          lambda: OrderedDict().__setitem__(slice(None, "a"), 1),
          lambda: OrderedDict(a=1)[:"a"], lambda: slice(1, 2) in OrderedDict()):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)

d = {1: 2}
del d[1]
print(d.get(1, "none"), 1 in d)
od = OrderedDict()
for i in range(20):  # more than a small map's 8 entries
    od[i] = i * i
print(len(od), od[7], od[19], list(od)[:3])
