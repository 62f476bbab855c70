# micropython.RingIO: a ring buffer as a non-blocking stream. RingIO(n)
# holds n bytes; RingIO(buf) uses a writable buffer and holds one byte
# less. write takes what fits, reads give what is there; ioctl answers
# select.poll; readinto and write allocate nothing.
import micropython
import select

RingIO = micropython.RingIO
r = RingIO(8)
print(r, r.any(), r.read(), r.readline())
print(r.write(b"abc"), r.write(bytearray(b"de")), r.write(memoryview(b"xfghij")[1:]))
print(r.any(), r.write(b"z"))
print(r.read(3), r.any())
print(r.write(b"123456"), r.any())  # wraps around the end
print(r.read(0), r.read(-1), r.any())

print(r.write(b"one\ntwo\nthr"))  # 8 fit
print(r.readline(), r.readline(2), r.readline(), r.readline(), r.readline())
r.write(b"ab\ncd")
buf = bytearray(4)
print(r.readinto(buf), buf, r.readinto(buf, 1), buf, r.readinto(buf, -5), r.readinto(buf, 99))
print(r.read(None), r.close(), r.any())

# poll: POLLIN (1) with data, POLLOUT (4) with room
r = RingIO(2)
print(r.ioctl(3, 5), r.write(b"x"), r.ioctl(3, 5), r.write(b"yz"), r.ioctl(3, 5), r.ioctl(3, 4))
print(r.ioctl(4, 0))
p = select.poll()
p.register(r, select.POLLIN)
print(len(p.poll(0)))
r.read()
print(len(p.poll(0)))

# in a caller's buffer
ba = bytearray(5)
r = RingIO(ba)
print(r.write(b"ABCDEFG"), r.read(2), r.write(b"HI"), r.read(), ba)
mv = memoryview(bytearray(10))
r = RingIO(mv[2:6])
print(r.write(b"12345"), r.read())
r = RingIO(ba)
del ba[1:]
try:
    r.write(b"x")
except ValueError:
    print("ValueError shrunk")

# errors
for arg in (None, "abc", 1.5, b"read-only", (1, 2)):
    try:
        RingIO(arg)
    except TypeError:
        print("TypeError")
for arg in (0, -1, 65535, 2 ** 40, bytearray(0), bytearray(1)):
    try:
        RingIO(arg)
    except ValueError:
        print("ValueError")
for call in ("RingIO()", "RingIO(4, 4)", "RingIO(4).write('s')", "RingIO(4).readinto(b'ro')", "RingIO(4).read('x')"):
    try:
        eval(call)
    except TypeError:
        print("TypeError", call)
try:
    big = RingIO(65534).any()  # the largest size
except MemoryError:  # the chip's 38 KB heap
    big = 0
print(RingIO(1).write(b"ab"), big, RingIO(bytearray(2)).write(b"ab"))

# no allocation
r = RingIO(16)
out = bytearray(16)

def locked():
    micropython.heap_lock()
    w = r.write(b"0123456789")
    n = r.readinto(out)
    a = r.any()
    micropython.heap_unlock()
    return w, n, a

print(locked(), out)
