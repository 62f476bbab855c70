# args: -X heapsize=38k
# skip-asan: under ASan the returned frame's list stays reachable (stale words in ASan's larger C frames, found by the conservative stack scan); plain builds free it
# Running out of a 38 KB heap raises MemoryError, which a program can catch
# and go on once the memory is free again.
def grab(n):
    return [0] * n
for n in (10, 1000000, 20):
    try:
        print(n, len(grab(n)))
    except MemoryError:
        print(n, 'MemoryError')
def fill():
    big = []
    try:
        while True:
            big.append('x' * 100)
    except MemoryError:
        return len(big)
print('filled the heap', fill() > 10)
print(sum(len(grab(100)) for i in range(100)))
