# args: -X heapsize=38k
# 10,000 files opened and never closed: each dropped file is finalized
# (its handle closed) when collected, and open() collects and retries when
# the process is out of handles, so the loop runs to the end at 38 KB.
n = 0
for i in range(10000):
    f = open(__file__)
    if f.readline().startswith("# args"):
        n += 1
print(n)
