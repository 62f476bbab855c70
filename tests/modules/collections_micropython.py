# collections as MicroPython's: deque needs its maxlen (TypeError without),
# a third argument 1 makes a full deque raise IndexError('full'), pops of
# an empty deque raise IndexError('empty'), deletion and slices are
# TypeErrors; OrderedDict prints as OrderedDict({...}); ucollections is the
# same module.
import collections, ucollections
from collections import deque, OrderedDict
print(ucollections is collections)
for f in (lambda: deque(()), lambda: deque()):
    try:
        f()
    except TypeError:
        print('TypeError')
d = deque((), 2, 1)
d.append(1)
d.appendleft(0)
for f in (lambda: d.append(2), lambda: d.appendleft(2)):
    try:
        f()
    except IndexError as e:
        print('IndexError', e, list(d))
print(d.pop(), d.pop())
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
d.append(5)
try:
    del d[0]
except TypeError:
    print('TypeError')
try:
    d[0:1]
except TypeError:
    print('TypeError')
print(OrderedDict(), OrderedDict(a=1, b=[2]), repr(OrderedDict({1: OrderedDict()})))
# The ring is allocated whole: a maxlen the heap cannot hold is a
# MemoryError at construction (CPython allocates as it grows).
try:
    deque((), 2**28)
except MemoryError:
    print('MemoryError')
