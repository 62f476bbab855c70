# A Python-to-Python call that fits the frame stack allocates nothing: once
# the frame stack has room for the callee (the first call may add a chunk),
# a loop of calls allocates no block.
import _espy
def add(a, b):
    return a + b
def run(it):
    t = add(0, 0)
    n = _espy.alloc_count()
    for i in it:
        t = add(t, i)
    return _espy.alloc_count() - n, t
print(run(iter(range(1000))))
