# args: -X heapsize=38k
# skip-asan: the ASan build gives every allocation a 16-byte red-zone block, which about doubles small objects in a 38 KB heap; plain builds and the lx106 pass
# After a workload and gc.collect(), mem_free is back within 256 bytes of
# its value before, and ten repetitions do not make it shrink.
# (The first call allocates the frame stack's spare chunk, kept for reuse.)
import gc
def work():
    d = {}
    for i in range(60):
        d[i] = [str(i) * 3, i * 1.5, (i, i + 1)]
    s = sorted(d.items(), key=lambda kv: -kv[0])
    return len(s)
lows = [0] * 10
work() # once first: the frame stack's spare chunk (1 KB) stays allocated
gc.collect()
start = gc.mem_free()
for r in range(10):
    work()
    gc.collect()
    lows[r] = gc.mem_free()
print(all(start - m <= 256 for m in lows), lows[-1] >= lows[0])
