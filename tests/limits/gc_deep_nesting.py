# args: -X heapsize=4M
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
