# args: -X heapsize=64k
# skip-asan: under ASan the returned frame's list stays reachable (stale words in ASan's larger C frames, found by the conservative stack scan); plain builds free it
# skip-clang32: clang -m32 leaves a stale copy of the dropped object in a live C frame, and the conservative stack scan keeps it alive (known gap: gcc builds and the lx106 free it)
# Once a function has returned, what only its locals referred to can be
# collected: dead frames on the frame stack keep nothing alive.
import gc
def fill(n):
    big = []
    for i in range(n):
        big.append('x' * 100)
    return len(big)
gc.collect()
before = gc.mem_free()
print(fill(200))
gc.collect()
print(before - gc.mem_free() < 2000)
