# heapq: push, pop, heapify, heapreplace, heappushpop keep CPython's order
# of the list; errors for non-lists, empty heaps, incomparable items and a
# __lt__ that changes the heap.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -5), heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h, heapq.heappop(h))
h = ["pear", "apple", "fig"]
heapq.heapify(h)
print(h)
class L(list):
    pass
s = L([3, 2, 1])
heapq.heapify(s)
print(s)
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))]:
    try:
        f(*args)
    except IndexError as e:
        print("IndexError", e)
for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ((1,),)), (heapq.heapify, ("ab",)),
                (heapq.heapreplace, (None, 1)), (heapq.heappushpop, ({}, 1))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
h = [1, "a"]
try:
    heapq.heapify([1, "a", 2])
except TypeError:
    print("TypeError compare")
class Bad:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
    __gt__ = __lt__
h = [1, 2, 3, 4]
h.append(Bad(h))
try:
    heapq.heapify(h)
    print("no error", len(h))
except RuntimeError as e:
    print("RuntimeError", e)
