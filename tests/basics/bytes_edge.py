# bytes odds and ends: empty needles and starts past the end, repeat in place,
# formatting, hashing in dicts and sets, conversions.
print(b'' in b'abc', bytes(reversed(b'ab')), sorted([b'b', b'a', b'ab']), max(b'abc'), b'abc'[1:] == b'bc')
print(f'{b"x"}', '%s|%r' % (b'y', bytearray(b'z')), str(bytearray(b'q')), format(b'w'))
print(b'a' * 0, b'ab' * -1, bytearray(b'ab') * 2, 2 * bytearray(b'c'))
ba = bytearray(b'xy'); ba *= 3; print(ba)
print({b'k': 1}.get(b'k'), {b'k'} == {b'k'}, b'x' != 'x', bytes(3) == bytearray(3))
print(b'a\x00b'.split(b'\x00'), b'abc'.endswith(b''), b'abc'.find(b'', 10), b'abc'.count(b''), b'aaa'.count(b'aa'))
print(b'abc'.replace(b'', b'-'), b'abcabc'.replace(b'b', b'', 1), b'ab'.rfind(b'b', 0, 1), b'ab'.index(98))
print(int.from_bytes(bytearray(b'\x01\x02'), 'little'), bytes(memoryview(b'mv')), list(bytes(range(250, 256))))
print(b'x'.join([]), bytearray(b',').join([b'a', b'b']), b'AbC'.lower().upper())
print(b'abc'.count(b'', 10), b'abc'.startswith(b'', 10), b'abc'.endswith(b'', 4), b'abc'.find(b'', 3), b'abc'.rfind(b'',4), b'abc'.count(b'', 5))
