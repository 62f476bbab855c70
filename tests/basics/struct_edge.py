# struct edge cases: zero counts, padding, spaces, memoryview input, bools,
# 64-bit extremes, float overflow, buffer-size errors.
import struct
print(struct.pack('<0s2x3s', b'a', b'z'), struct.pack('< h h', 1, 2), struct.calcsize('10x'), struct.unpack('<5s', b'ab\x00cd'))
print(struct.unpack('<h', memoryview(b'\xff\xff')), struct.unpack('>?', b'\x02'), struct.pack('<?', []), struct.pack('>e' if False else '>f', 1e-50))
print(struct.unpack('<f', struct.pack('<f', 3.14159))[0] == struct.unpack('<f', struct.pack('<f', 3.14159))[0], struct.pack('<d', float('inf')))
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<q', b'\x00' * 7 + b'\x80'), struct.pack('<i', True))
for e in ["struct.pack('<3s', 'abc')", "struct.pack('<f', 1e40)", "struct.pack('<c', b'ab')", "struct.pack_into('<H', bytearray(1), 0, 1)", "struct.unpack_from('<H', b'abc', 5)", "struct.pack('<2')", "struct.pack('<Q', 2**64)", "struct.pack_into('<b', bytes(2), 0, 1)"]:
    try:
        print(eval(e))
    except Exception as x:
        print(x)
