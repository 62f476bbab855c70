# iterating bytes, bytearray (changing while iterated) and memoryview.
print(list(b'abc'), [c for c in bytearray(b'xy')], list(memoryview(b'mv')), sum(b'\x01\x02\x03'))
ba = bytearray(b'ab')
for c in ba:
    if len(ba) < 5:
        ba.append(c + 1)
print(ba, type(iter(b'')).__name__, list(iter(b'q')), next(iter(b'z')))
it = iter(b'a')
print(next(it), next(it, 'end'))
