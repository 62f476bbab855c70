# memoryview over bytes and bytearray: indexing, slicing shares memory,
# writes through, len, ==, iteration, tobytes, tolist, hex, errors.
ba = bytearray(b'hello world')
m = memoryview(ba)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[6:].tobytes(), m.tolist()[:3], m.readonly)
m[0] = 72
m[6:11] = b'WORLD'
print(ba, m.hex(), m == b'Hello WORLD', m == ba, b'Hello WORLD' == m)
s = m[2:8]
s[0] = 76
print(ba, len(s), list(s), bytes(s[1:3]))
r = memoryview(b'abc')
print(r.readonly, r[1], bytes(r), list(r), bytearray(r), b'x' + r)
for e in ['r.__setitem__(0, 1)', 'memoryview(5)', 'r[5]', 'm.__setitem__(slice(0, 2), b"abc")', 'r.__delitem__(0)']:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
import struct
print(struct.unpack('<H', m[0:2]), memoryview(memoryview(b'xy')).tobytes())
v = memoryview(bytearray(b'abcdef'))
print(bool(v), bool(v[0:0]), v.nbytes, v.obj, v == 5, v != b'abcdef', v[1:3] == b'bc')
memoryview(b'q').release()
print(memoryview(b'xy').obj, list(memoryview(b'')))
for e in ['v["a"]', 'v < v', 'memoryview(b"ab").__delitem__(0)', 'memoryview(bytearray(2)).__delitem__(0)']:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__)
