# io.BytesIO without allocation: BytesIO(n) takes writes up to n bytes,
# and readinto, seek, tell and the extended write allocate nothing, under
# micropython.heap_lock; a write past the room raises MemoryError and
# leaves the stream as it was. A BytesIO over a bytes object does not copy
# the data (micropython.mem_total grows by less than its length).
import io
import micropython

data = b"0123456789abcdef" * 4
out = bytearray(8)

def locked(b):
    # locals only: a new global would grow the module's dict
    micropython.heap_lock()
    n1 = b.write(data, 32)
    n2 = b.write(data, 32, 100)
    p = b.seek(8)
    n3 = b.readinto(out)
    n4 = b.readinto(out, 3)
    t = b.tell()
    b.seek(0)
    try:
        b.write(data)
        b.write(b"x")
        r = "no error"
    except MemoryError:
        r = "MemoryError"
    micropython.heap_unlock()
    return n1, n2, p, n3, n4, t, r

b = io.BytesIO(64)
print(*locked(b), out)
print(b.getvalue() == data, b.tell())

big = b"x" * 1000
t0 = micropython.mem_total()
b = io.BytesIO(big)
t1 = micropython.mem_total()
print(t1 - t0 < len(big), b.read(3), len(b.getvalue()))
b.write(b"yy")
print(micropython.mem_total() - t1 >= len(big), b.getvalue()[:6], big[:6])
