# args: -X stacklimit=8k -X heapsize=1M
# skip-coverage: the gcov build has bigger C frames than 8 KB allows
# skip-asan: ASan's instrumented C frames are several times larger, so 8 KB of C stack does not hold even ordinary call chains; plain builds and the lx106 pass
# The repr of a 10,000-deep nested list ends in RecursionError (or
# MemoryError), never a crash, with 8 KB of C stack; the program goes on.
x = []
for i in range(10000):
    x = [x]
try:
    repr(x)
    print("repr done")
except (RecursionError, MemoryError):
    print("repr refused")
x = None
print("alive")
