# args: -X heapsize=4M
# A 100,000-item list and its sum.
a = list(range(100000))
print(len(a), sum(a), a[-1])
a = [i * 2 for i in range(100000)]
print(sum(a))
