# array's errors: bad typecodes, wrong item types, out-of-range ints
# (OverflowError with CPython's messages), floats too large for 'f'.
from array import array
for tc in ('X', 'bb', '', 1, None, 'e', '?', 'c'):
    try:
        array(tc)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
for t, v in (('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2**15),
             ('h', -2**15 - 1), ('H', 2**16), ('H', -1), ('i', 2**31),
             ('i', -2**31 - 1), ('I', 2**32), ('I', -1), ('q', 2**63),
             ('q', -2**63 - 1), ('Q', 2**64), ('Q', -1)):
    try:
        array(t, [v])
        print('no error')
    except OverflowError as e:
        print(t, v, 'OverflowError', e)
for t, v in (('b', 'a'), ('h', 1.5), ('i', None), ('f', 'a'), ('d', [1])):
    try:
        array(t, [v])
    except TypeError as e:
        print(t, 'TypeError', e)
try:
    array('b', 'ab')
except TypeError as e:
    print('TypeError', e)
try:
    array('h', b'abc')
except ValueError as e:
    print('ValueError', e)
try:
    array('b', 5)
except TypeError as e:
    print('TypeError', e)
try:
    array('b', [1], 2)
except TypeError as e:
    print('TypeError')
try:
    array('b', typecode='b')
except TypeError as e:
    print('TypeError')
try:
    hash(array('b'))
except TypeError:
    print('TypeError')
print(array('f', [1e39, -1e39, 3.4e38]), array('b', [True, False]))
a = array('B', [1])
try:
    a[0] = 300
except OverflowError as e:
    print('OverflowError', e)
print(a)
