# args: -X heapsize=38k
# The gc module: collect, enable, disable, isenabled, mem_free, mem_alloc,
# threshold; mem_free + mem_alloc is the arena's size.
import gc
total = gc.mem_free() + gc.mem_alloc()
print(total > 30000)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.collect()
x = [0] * 1000
print(gc.mem_free() + gc.mem_alloc() == total)
x = None
gc.collect()
print(gc.mem_alloc() < 4000)
t = gc.threshold()
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
gc.threshold(t)
