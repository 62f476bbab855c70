# bytes: literals and repr, indexing, slicing, operators, methods.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(b"it's", b'say "hi"', b'both \' and "', b'\x00\xff\n\t\\')
print(bytes(3), bytes([1, 2, 255]), bytes('héllo', 'utf-8'), bytes(b'ab'))
print(bytearray(b'xy'), bytearray(2), bytearray([65, 66]))
print(b + b' world', b * 2, 3 * b'ab', b'ell' in b, 104 in b, 5 in b)
print(b == b'hello', b < b'help', b != bytearray(b'hello'), b == 'hello')
print(hash(b'abc') == hash(b'abc'), b.decode(), 'héllo'.encode(), 'abc'.encode('ascii'))
print(b.hex(), bytes.fromhex('de ad be ef'), b'abc'.hex(':'))
print(b.find(b'l'), b.rfind(b'l'), b.count(b'l'), b.index(b'o'), b.find(108), b.find(b'z'))
print(b.startswith(b'he'), b.endswith((b'x', b'lo')), b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.split(None, 1))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'aaa'.replace(b'a', b'bc'), b'abc'.upper(), b'ABC'.lower())
