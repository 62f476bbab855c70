# collections.deque with a maxlen: append/appendleft dropping from the
# other end when full, pop/popleft, extend, indexing and item assignment,
# iteration, len, truth, clear, maxlen, repr.
from collections import deque
d = deque([1, 2, 3], 4)
d.append(4)
d.append(5)
print(d, len(d), d.maxlen, d[0], d[-1], list(d))
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend(range(10, 16))
print(d, bool(d), 13 in d, 99 in d)
d[0] = 'a'
d[-1] = 'z'
print(d, [x for x in d])
d.clear()
print(d, bool(d), len(d))
e = deque((), 0)
e.append(1)
print(e, len(e))
f = deque('abc', maxlen=2)
print(f, deque([], 3), deque(iter([1, 2]), 5))
for g in (lambda: deque((), 2).pop(), lambda: deque((), 2).popleft(),
          lambda: f[2], lambda: f[-3], lambda: deque((), -1),
          lambda: deque((), 'x'), lambda: f.__setitem__(5, 0)):
    try:
        g()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__)
