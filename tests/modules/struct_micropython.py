# MicroPython's struct extras: 'O' packs an object's word (unpacking a word
# that is no live object raises ValueError instead of crashing), and pack
# with fewer values than the format takes zero-fills the rest.
import struct
class A:
    pass
o = A()
s = struct.pack('<O', o)
print(len(s) == struct.calcsize('P'), struct.unpack('<O', s)[0] is o)
print(struct.unpack('O', struct.pack('O', 12345))[0], struct.unpack('O', struct.pack('O', None))[0])
big = [1, 2]
print(struct.unpack('O', struct.pack('O', big))[0] is big)
for word in (8, 12, 0x10, 0x7fff0000, 4 * 0x10000001):
    try:
        struct.unpack('P', struct.pack('P', word))
        print(struct.unpack('O', struct.pack('P', word)))
    except ValueError as e:
        print('ValueError', e)
print(struct.pack('<2I', 1))
print(struct.pack('<hbh', 1))
print(struct.pack('<3s'))
