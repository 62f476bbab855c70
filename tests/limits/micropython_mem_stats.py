# skip-qemu: at the 38 KB heap the allocations below fill the whole arena before a collection (garbage counts until swept), so the peak is the arena and no allocation can rise above it; the host builds run every check
# micropython.mem_total/mem_current/mem_peak: bytes ever allocated, in use
# now and most in use at once. mem_current is the arena's use as
# gc.mem_alloc() counts it, whatever grew, shrank or was freed; mem_total
# only grows; mem_peak never falls below a use seen before.
import gc
import micropython

mt, mc, mp = micropython.mem_total, micropython.mem_current, micropython.mem_peak
print(type(mt()), type(mc()), type(mp()))

def same():
    return mc() == gc.mem_alloc()

t0 = mt()
a = bytearray(2000)
print(mt() - t0 >= 2000, same())

# growth in place or by moving (list append), shrinking (bytearray slice
# deletion), explicit frees inside the runtime, then a collection
l = []
for i in range(500):
    l.append(str(i))
b = bytearray(3000)
del b[100:]
d = {}
for i in range(200):
    d[i] = i
print(same())
high = mc()
print(mp() >= high)
l = d = b = a = None
gc.collect()
print(same(), mc() < high, mp() >= high)

# a peak above everything before: a buffer 1 KB larger than the room
# between the use now and the peak, dropped again (after a collection,
# so what a collection during the allocation could free is far less)
gc.collect()
before = mp()
big = bytearray(before - mc() + 1024)
after = mp()
print(after > before, same())
big = None
gc.collect()
print(mp() >= after, mc() < mp(), same())

# nothing allocated: no change
micropython.heap_lock()
t1 = mt()
c1 = mc()
x = t1 + 1 if False else 0
t2 = mt()
c2 = mc()
micropython.heap_unlock()
print(t1 == t2, c1 == c2)

for f in (mt, mc, mp):
    try:
        f(1)
    except TypeError:
        print("TypeError")
