# args: -X heapsize=4M
# skip-stress: a collection before each of its allocations marks the whole live chain: O(n^2), hours
# A 20,000-deep nested list (each list inside the next): marking is deep.
import gc
x = []
for i in range(20000):
    x = [x]
gc.collect()
n = 0
while x:
    x = x[0]
    n += 1
print(n)
