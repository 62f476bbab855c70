# The collector's share of time in a float-heavy loop (docs/memory.md, "Time
# in the collector"): run at -X heapsize=38k; prints the collections and
# the percentage of the loop's time spent in them.
import _espy
import time

c0, us0 = _espy.gc_stats()
t0 = time.ticks_us()
x = 0.0
for i in range(100000):
    x = x + 1.5 * i / (i + 1.0)
t = time.ticks_diff(time.ticks_us(), t0)
c1, us1 = _espy.gc_stats()
print("collections", c1 - c0, "gc share %d%%" % ((us1 - us0) * 100 // t))
