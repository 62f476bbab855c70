# What runs with the heap locked (micropython.heap_lock): calls with
# positional, keyword and default arguments, loops over range(), tuples,
# lists, bytes and bytearrays (break, continue, return inside), constant
# tuples, super().m(), slicing of built-in sequences, printing numbers,
# concatenation with an empty bytes, int.from_bytes. Each step prints its
# result or MemoryError. CPython runs the same with no lock.
try:
    from micropython import heap_lock, heap_unlock
except ImportError:
    heap_lock = heap_unlock = lambda: 0


def step(name, fn, *args):
    heap_lock()
    try:
        r = fn(*args)
    except MemoryError:
        r = "MemoryError"
    heap_unlock()
    print(name, r)


def add(a, b=10, *, c=100):
    return a + b + c


def calls():
    # results are small ints (below 2**30, so on 32-bit builds too): a
    # tuple built here would allocate
    return add(1) + 1000 * add(1, 2)


def calls_kw():
    return add(1, b=3) + 1000 * add(a=1, c=4)


def loops(l, ba):
    t = 0
    for i in range(5):
        t += i
    for i in range(10, 0, -3):
        if i == 4:
            continue
        t += i
    for x in (1, 2, 3):
        t += x
    for x in l:
        for y in b"\x01\x02":
            if y == 2:
                break
            t += x * y
    for x in ba:
        t += x
    else:
        t += 1000
    return t


def find(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return i * 10 + j
    return None


def const_tuple():
    return (1, "two", (b"three", None))


class A:
    def f(self, x):
        return x + 1


class B(A):
    def f(self, x):
        return super().f(x) * 2


def slices(l, ba, mv):
    ba[1:3] = b"xy"
    mv[4:6] = b"zw"
    l[0:2] = (9, 8)
    return l[0] + l[3]


def printing():
    print(12345, -7, 2.5, (1, 2), True, None)
    return "printed"


def concat():
    e = b""
    return e + b"ab" + e


def from_bytes(b):
    return int.from_bytes(b"\x01\x02", "big") + int.from_bytes(b, "little")


step("calls", calls)
step("calls_kw", calls_kw)
step("loops", loops, [4, 5], bytearray(b"\x07"))
step("find", find, 5)
step("const", const_tuple)
step("super", B().f, 4)
ba = bytearray(b"0123456789")
step("slices", slices, [1, 2, 3, 4], ba, memoryview(ba))
print(ba)
step("print", printing)
step("concat", concat)
step("from_bytes", from_bytes, b"\x05" + bytes(11))
