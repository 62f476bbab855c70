# An index whose __index__ empties the sequence it indexes: the position is
# checked against the length after the hook ran (IndexError), never the
# length before (an item past the end was read, written or spliced).
import gc
from array import array
from collections import deque


class Emptying:
    def __init__(self, seq, v):
        self.seq, self.v = seq, v

    def __index__(self):
        if isinstance(self.seq, deque):
            self.seq.clear()
        else:
            del self.seq[:]
        gc.collect()
        junk = [[object()] * 8 for i in range(64)]
        return self.v


makers = (lambda: list(range(10)), lambda: deque(range(10), 20),
          lambda: array('i', range(10)))


def delete(s, i):
    del s[i]


actions = (("get", lambda s, i: s[i]), ("set", lambda s, i: s.__setitem__(i, 7)),
           ("del", delete))
for make in makers:
    for name, act in actions:
        if name == "del" and isinstance(make(), deque):
            continue  # MicroPython's deque has no item deletion
        for v in (5, -1, 0):
            s = make()
            try:
                print(name, act(s, Emptying(s, v)), s)
            except (IndexError, TypeError) as e:
                print(name, type(e).__name__, e, s)
