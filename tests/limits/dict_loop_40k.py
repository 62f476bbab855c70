# args: -X heapsize=16m
# Loops over a dict and a set of 40,000 entries: past what the allocation-
# free loop state packs on a 32-bit build (core/loop.c), a heap iterator
# takes over with the same results and the same size-change check.
big = {i: i for i in range(40000)}
print(sum(big), max(big), len([k for k in big if k % 1000 == 0]))
n = 0
for k in big:
    n += big[k] & 1
print(n)
s = set(big)
del big
print(sum(s), min(s), any(s), all(s))
big = dict.fromkeys(s)
del s
try:
    for k in big:
        big[-k - 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
