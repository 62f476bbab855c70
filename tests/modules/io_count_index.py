# The count arguments of BytesIO.readinto/write and RingIO.readinto are
# read before the buffer's data: an __index__ that resizes the bytearray
# (its data moves) must not leave the copy going to or from the old block.
import gc
import io
import micropython


class Grow:
    # an index that moves [ba]'s data to a new block filled with [fill]
    def __init__(self, ba, fill, n):
        self.ba, self.fill, self.n = ba, fill, n

    def __index__(self):
        self.ba[:] = self.fill * 4000
        gc.collect()
        junk = [bytearray(b"J" * 64) for i in range(64)]
        return self.n


buf = bytearray(64)
f = io.BytesIO(b"A" * 64)
print(f.readinto(buf, Grow(buf, b"\0", 64)), len(buf), buf[:64] == b"A" * 64,
      buf[64:] == bytes(3936))

buf = bytearray(64)
r = micropython.RingIO(100)
r.write(b"B" * 64)
print(r.readinto(buf, Grow(buf, b"\0", 64)), len(buf), buf[:64] == b"B" * 64)

src = bytearray(b"C" * 64)
f = io.BytesIO()
print(f.write(src, 0, Grow(src, b"D", 64)), f.getvalue() == b"D" * 64)
src = bytearray(b"C" * 64)
f = io.BytesIO()
print(f.write(src, Grow(src, b"E", 2), 3), f.getvalue() == b"EEE")
src = bytearray(b"C" * 64)
print(f.write(src, Grow(src, b"F", 5)), f.getvalue() == b"EEEFFFFF")

# a bool is not a size: BytesIO(True) and RingIO(True) want a buffer
for make in (io.BytesIO, micropython.RingIO):
    try:
        make(True)
    except TypeError as e:
        print("TypeError", e)
