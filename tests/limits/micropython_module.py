# args: -X heapsize=38k
# The micropython module: schedule runs callbacks at the next poll, in
# order; heap_lock makes allocation raise MemoryError; the helpers
# MicroPython programs call at start-up exist. (mem_info's output varies
# with the build: `espy -c "import micropython; micropython.mem_info(1)"`.)
import micropython
got = []
def cb(x):
    got.append(x)
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
for i in range(3):
    pass
print(got)
micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated")
except MemoryError:
    print("MemoryError while locked")
print(micropython.heap_unlock())
x = [1, 2, 3]
print(len(x))
micropython.alloc_emergency_exception_buf(100)
micropython.kbd_intr(-1)
print(micropython.const(5), micropython.opt_level())
print(micropython.stack_use() > 0)
