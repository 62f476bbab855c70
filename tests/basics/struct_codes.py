# struct's codes and their errors: Pascal strings, bools, 8-byte extremes,
# native alignment, bad format characters, wrong argument types, and
# CPython's range messages for every integer code in both modes.
import struct
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'a'),
      struct.pack('0p', b'a'), struct.pack('p', bytearray(b'q')))
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\x09ab'))
print(struct.pack('?', 5), struct.pack('?', []), struct.unpack('??', b'\x00\x02'))
print(struct.pack('>Q', 2**64 - 1), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.pack('<f', 1e300 * 0), struct.pack('<d', -1.5), struct.pack('f', 1e300))
print(struct.calcsize('@bq'), struct.calcsize('<bq'), struct.calcsize('@bd'), struct.calcsize('bhb'),
      struct.calcsize('@hi'), struct.calcsize('=hi'), struct.calcsize('@bP') == struct.calcsize('P') * 2)
print(struct.pack('@hi', 1, 2), struct.pack('=hi', 1, 2), struct.pack('!hi', 1, 2))
print(struct.pack('<2h3s2xi', 1, 2, b'xy', 9))
print(struct.unpack('<2h3s2xi', struct.pack('<2h3s2xi', 1, 2, b'xy', 9)))
print(struct.pack(b'<i', 5), struct.pack('>c', b'z'), struct.unpack('cc', b'ab'))
for bad in ('z', '3', '<P', '2x3', '<n'):
    try:
        print(struct.calcsize(bad))
    except struct.error as e:
        print('error', e)
for fmt, v in (('b', 'x'), ('f', 'x'), ('d', None), ('c', b'ab'), ('c', 1),
               ('s', 1), ('s', 'abc'), ('p', 1), ('s', memoryview(b'a')), ('i', 1.0)):
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, 'error', e)
for v in (65520.0, 1e300):
    for fmt in ('<f', '<e', 'e'):
        try:
            print(struct.pack(fmt, v))
        except OverflowError as e:
            print('OverflowError', e)
for pre in '@<':
    for c in 'bBhHiIlLqQ':
        for v in (-2**70, -2**63 - 1, -2**40, -1, 2**40, 2**63, 2**64, 2**70):
            try:
                struct.pack(pre + c, v)
            except struct.error as e:
                if pre == '@' and c in 'lL':
                    continue  # C long's size varies
                print(pre + c, v, e)
