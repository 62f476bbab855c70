# args: -X heapsize=38k
# Lots of garbage in a 38 KB heap: the collector keeps reclaiming it.
total = 0
for i in range(20000):
    t = [i, str(i), (i, i)]
    total += len(t[1])
print(total)
d = {}
for i in range(3000):
    d[i % 50] = 'v' * (i % 30)
print(len(d), sum(len(v) for v in d.values()))
