# bytes.split/rsplit edge cases where the whitespace and separator forms
# meet maxsplit (the last piece keeps its whitespace; rsplit splits from the
# right).
print(b'  a b  c  '.split(maxsplit=1))
print(b'  a b  c  '.rsplit(maxsplit=1))
print(b'  a b  c  '.split(None, 0), b'  a b  c  '.rsplit(None, 0))
print(b'aaa'.rsplit(b'aa'), b'aaa'.split(b'aa'))
print(b'aaaa'.rsplit(b'aa', 1), bytearray(b'x,y,,z').rsplit(b',', 2))
print('  a b  c  '.split(maxsplit=1), 'aaa'.rsplit('aa'))
print(b''.split(), b''.split(b','), b'   '.rsplit())
