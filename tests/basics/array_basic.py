# array.array: every typecode's construction, repr, len, truth, indexing,
# item assignment, iteration, `in`, tolist, typecode and itemsize.
from array import array
for t in 'bBhHiIqQfd':
    a = array(t, [1, 2, 3])
    a[0] = 7
    a[-1] += 1
    print(t, a, len(a), bool(a), a[1], a[-1], list(a), a.tolist(), 2 in a,
          5 in a, a.typecode, a.itemsize if t not in 'lL' else '')
    print(array(t), bool(array(t)), len(array(t)))
print(array('f', [0.1, 1e300, -1e300, float('inf')]))
print(array('d', [0.1, -0.0, float('nan')]))
print(array('q', [-2**63, 2**63 - 1]), array('Q', [2**64 - 1]))
print(array('b', range(-3, 3)), array('B', b'\x00\xff'), array('h', (i * 1000 for i in range(4))))
print(array('i', array('b', [1, -2])), array('d', array('i', [1, 2])), array('b', bytearray(b'ab')))
a = array('H', [1, 2])
for x in a:
    a.append(x + 10) if len(a) < 6 else None
print(a)
print(array('B', [1, 2]) == array('B', [1, 2]), '12' in array('B', b'12'), [] in array('B', b'12'))
print(array('b', [97]) == b'a', b'a' == array('b', [97]), array('b', [97]) != b'a')
print(array('b', [97]) == bytearray(b'a'), bytearray(b'a') == array('b', [97]))
print(array('i', [1, 2]) == [1, 2], array('i') == array('d'))
