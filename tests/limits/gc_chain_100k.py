# args: -X heapsize=16M
# skip-stress: a collection before each of its allocations marks the whole live chain: O(n^2), hours
# A 100,000-long linked chain of lists is marked (collection while it is
# alive), dropped, collected and built again: the collector's explicit mark
# stack never recurses in C.
import gc
def build(n):
    head = None
    for i in range(n):
        head = [head, i]
    return head
def length(c):
    n = 0
    while c is not None:
        n += 1
        c = c[0]
    return n
c = build(100000)
gc.collect()
print(length(c), c[1])
c = None
gc.collect()
c = build(100000)
gc.collect()
print(length(c))
c = None
gc.collect()
print('ok')
