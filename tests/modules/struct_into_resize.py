# struct.pack_into and unpack_from over a bytearray that a value's __bool__
# or the offset's __index__ resizes: the items go to (and come from) its
# data as it is when each is stored, never to its freed block.
import struct, gc
def grow(ba, fill):
    ba[:] = fill * 4000
    gc.collect()
    junk = [bytearray(b"J" * 64) for i in range(64)]
buf = bytearray(8)
class Off:
    def __index__(self):
        grow(buf, b"\xff")
        return 1
struct.pack_into("<I", buf, Off(), 0x01020304)
print(len(buf), buf[:6])
class B:
    def __bool__(self):
        grow(buf, b"\xee")
        return True
buf = bytearray(8)
struct.pack_into("<B?H", buf, 0, 0x11, B(), 0x3322)
print(len(buf), buf[:5])
class S:
    def __bool__(self):
        buf[:] = b"ab"
        return True
buf = bytearray(8)
try:
    struct.pack_into("<?I", buf, 0, S(), 5)
except ValueError as e:
    print(e)
print(buf)
data = bytearray(b"\x01\x02\x03\x04")
class O2:
    def __index__(self):
        data[:] = b"\x05\x06\x07\x08" * 1000
        gc.collect()
        junk = [bytearray(b"J" * 64) for i in range(64)]
        return 0
print(struct.unpack_from("<I", data, O2()) == (0x08070605,))
