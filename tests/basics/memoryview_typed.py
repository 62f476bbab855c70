# memoryview over array.array: items of the array's typecode, itemsize,
# format, nbytes, slicing and slice assignment through to the array, and
# the errors for wrong items and mismatched slices
from array import array

a = array("h", [1, -2, 300, 4])
m = memoryview(a)
print(len(m), m.itemsize, m.format, m.nbytes, m.readonly)
print(m[0], m[-1], list(m), m.tolist())
m[1] = -5
print(a)
s = m[1:3]
print(len(s), s.nbytes, s.tolist(), s.format)
s[0] = 7
print(a)
m[2:4] = array("h", [8, 9])
print(a)
print(bytes(memoryview(array("b", [1, -1]))))
print(list(memoryview(array("f", [1.5, -2.0]))))
print(memoryview(array("I", [1, 2]))[1], memoryview(array("d", [0.25]))[0])
b = memoryview(b"abc")
print(b.itemsize, b.format, b.readonly, len(b))
for bad in ("x", 1.5):
    try:
        m[0] = bad
    except TypeError:
        print("TypeError", repr(bad))
try:
    m[0] = 40000
except ValueError:
    print("ValueError range")
for src in (b"ab", array("i", [1, 2]), array("h", [1])):
    try:
        m[0:2] = src
    except ValueError:
        print("ValueError", type(src).__name__)
try:
    b[0] = 1
except TypeError:
    print("TypeError readonly")
try:
    m[4]
except IndexError:
    print("IndexError")
