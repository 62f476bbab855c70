# args: -X heapsize=38k
# skip-clang32: clang -m32 leaves a stale copy of the dropped object in a live C frame, and the conservative stack scan keeps it alive (known gap: gcc builds and the lx106 free it)
# skip-asan: the ASan build gives every allocation a 16-byte red-zone block, which about doubles small objects in a 38 KB heap; plain builds and the lx106 pass
# skip-host32: gcc -m32 leaves a stale copy of the dropped list in es_vm_run's C frame (found with gdb on ac81b64, whose new fast paths changed the spills), which the conservative stack scan keeps; host and the lx106 free it
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
