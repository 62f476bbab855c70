# struct's half float 'e': rounding to nearest even, subnormals, infinities,
# NaN, both byte orders, overflow, and a round trip over many bit patterns.
import struct
vals = [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.99, 6.1e-05, 6.0e-8,
        5.960464477539063e-08, 2.9e-08, 3.0e-08, 1e-10, 0.1, 1/3, 1024.5,
        2049.0, 2051.0, float('inf'), float('-inf')]
for v in vals:
    for o in '<>':
        b = struct.pack(o + 'e', v)
        print(v, b, struct.unpack(o + 'e', b))
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('<e', b'\x01\x7c'))
print(struct.pack('<e', float('nan')), struct.pack('>e', -float('nan')))
for v in (65520.0, 1e6, -1e300):
    try:
        struct.pack('e', v)
    except OverflowError as e:
        print('OverflowError', e)
try:
    struct.pack('e', 'x')
except struct.error as e:
    print('error', e)
same = 0
for i in range(0, 65536, 7):
    b = struct.pack('<H', i)
    v = struct.unpack('<e', b)[0]
    if v == v and struct.pack('<e', v) == b:
        same += 1
print(same)
print(struct.calcsize('e'), struct.calcsize('<e'), struct.calcsize('@be'),
      struct.calcsize('<be'), struct.calcsize('3e'))
print(struct.pack('<2e', 1.5, -0.25), struct.unpack('>2e', b'<\x00\xb4\x00'))
