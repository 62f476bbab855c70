# array methods: append, extend, pop, insert, remove, index, count,
# reverse, byteswap, frombytes, tobytes, and their errors.
from array import array
a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.extend(x * 10 for x in range(2))
a.extend(a)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, -1)
a.insert(100, -2)
a.insert(-100, -3)
a.insert(-1, -4)
print(a)
a.remove(5)
print(a, a.index(2), a.count(0), a.count(99))
a.reverse()
print(a)
b = array('H', [0x0102, 0x0304])
b.byteswap()
print(b)
d = array('d', [1.0, -2.0])
d.byteswap()
d.byteswap()
print(d)
e = array('B')
e.frombytes(b'\x01\x02')
e.frombytes(bytearray(b'\x03'))
e.frombytes(bytes(e))
print(e, e.tobytes(), array('h', [1, -1]).tobytes() in (b'\x01\x00\xff\xff', b'\x00\x01\xff\xff'))
for f in (lambda: a.remove(99), lambda: a.index(99), lambda: array('h').pop(),
          lambda: a.pop(100), lambda: array('h').frombytes(b'abc'),
          lambda: a.extend(array('b', [1])), lambda: a.extend(5),
          lambda: array('h').frombytes('ab'), lambda: a.append('x'),
          lambda: a.append(2**40), lambda: a.insert('x', 1)):
    try:
        f()
        print('no error')
    except Exception as ex:
        print(type(ex).__name__, ex)
print(a)
