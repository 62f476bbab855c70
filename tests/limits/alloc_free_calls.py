# A Python-to-Python call that fits the frame stack allocates nothing.
import _espy
def add(a, b):
    return a + b
def run(it):
    n = _espy.alloc_count()
    t = 0
    for i in it:
        t = add(t, i)
    return _espy.alloc_count() - n, t
print(run(iter(range(1000))))
