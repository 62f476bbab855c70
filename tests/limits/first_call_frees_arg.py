# skip-asan: under ASan stale words in its larger C frames, found by the conservative stack scan, keep the argument alive; plain builds free it
# skip-clang32: a stale word in the C stack points inside the string (found with gdb: an interior pointer left by the code that built it), and the conservative scan keeps it; host, host32 and stress free it
# The call that makes the first frame-stack chunk does not keep its
# argument alive: the chunk's end pointer once held the address of the
# next block in the arena (the argument, allocated just before), and the
# conservative scan kept that block for as long as the chunk lived.
import gc


def f(s):
    return len(s)


def g(s):
    raise ValueError(len(s))


gc.collect()
a = gc.mem_free()
print(f("x" * 10000))
gc.collect()
print("call", a - gc.mem_free() < 2000)

gc.collect()
a = gc.mem_free()
try:
    g("y" * 9000)
except ValueError as e:
    print(e)
gc.collect()
print("raise", a - gc.mem_free() < 2000)
