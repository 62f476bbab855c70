# array slicing: steps, negative bounds, slice assignment that resizes,
# extended-slice assignment and deletion, and CPython's errors.
from array import array
a = array('h', range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[100:])
b = array('h', a)
b[2:5] = array('h', [-1])
print(b)
b[0:0] = array('h', [7, 8, 9])
print(b)
b[len(b):] = array('h', [42])
print(b)
b[::2] = array('h', [0] * len(b[::2]))
print(b)
del b[1:3]
print(b)
del b[::3]
print(b)
del b[::-2]
print(b)
del b[0]
del b[-1]
print(b)
c = array('d', [1.5, 2.5, 3.5])
c[1:] = c
print(c)
c[::-1] = array('d', [9.0, 8.0, 7.0, 6.0])
print(c)
for value in ([1, 2], array('i', [1]), b'ab', 5):
    try:
        b[0:1] = value
    except TypeError as e:
        print('TypeError', e)
try:
    c[::2] = array('d', [1.0])
except ValueError as e:
    print('ValueError', e)
for i in (10, -11):
    try:
        print(a[i])
    except IndexError as e:
        print('IndexError', e)
    try:
        a[i] = 1
    except IndexError as e:
        print('IndexError', e)
try:
    a['x']
except TypeError as e:
    print('TypeError')
try:
    a[::0]
except ValueError as e:
    print('ValueError', e)
