# MicroPython's array typecodes O (objects, kept alive by the array) and P
# (pointer-sized unsigned ints); an O item whose bytes were written as raw
# data raises ValueError instead of being used.
import gc
from array import array
a = array('O')
for i in range(20):
    a.append([i] * 3)
a.extend(['x', None, 2**70])
gc.collect()
print(len(a), a[0], a[19], a[-3:], a[5:6])
print(array('O', [1, 'two', (3,)]))
p = array('P', [1, 2])
p.append(2**16)
print(p, p.itemsize == array('O').itemsize, array('P', [0])[0])
bad = array('O', bytes(array('P', [8])))
try:
    print(bad[0])
except ValueError as e:
    print('ValueError', e)
try:
    array('P', [-1])
except OverflowError as e:
    print('OverflowError')
