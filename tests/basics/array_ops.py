# array operators: + and += (same typecode only), * and *=, comparisons
# item by item across typecodes, and arrays as buffers (bytes, bytearray,
# struct, bytes + array, array in bytes).
import struct
from array import array
a = array('h', [1, 2])
print(a + array('h', [3]), a * 2, 3 * a, a * 0, a * -1)
b = a
b += array('h', [9])
b *= 2
print(a, a is b)
a += a
print(a)
for other in ([1], array('i', [1]), b'x'):
    try:
        a + other
    except TypeError as e:
        print('TypeError', e)
    try:
        a += other
    except TypeError as e:
        print('TypeError', e)
print(array('b', [1, 2]) < array('b', [1, 3]), array('b', [1, 2]) < array('b', [1, 2, 0]),
      array('B', [2]) > array('d', [1.5]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('d', [float('nan')]) == array('d', [float('nan')]),
      array('h', [1]) >= array('h'), array('h') <= array('h'), array('I', [1, 2]) != array('b', [1, 2]))
try:
    array('b') < [1]
except TypeError:
    print('TypeError')
h = array('h', [0x0102, -1])
print(bytes(array('b', [1, -1])), bytearray(array('B', [7, 8])), len(bytes(h)))
print(b'12' + array('b', [51]), array('b', [50, 51]) in b'1234', bytearray(b'x') + array('B', [121]))
print(struct.unpack('<hh', h), struct.unpack_from('<h', h, 2))
struct.pack_into('<h', h, 0, 5)
print(h)
ba = bytearray(b'ab')
ba += array('B', [99])
ba.extend(array('b', [100]))
print(ba, bytes(array('d')), array('B', [1, 2]).tobytes() == bytes(array('B', [1, 2])))
