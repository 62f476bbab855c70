# slice objects: attributes, repr, indices, use as a subscript.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(-2, None).indices(10), slice(None, None, -1).indices(4))
a = list(range(10))
print(a[s], a[slice(3)], 'abcdef'[slice(1, None, 2)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Seq:
    def __getitem__(self, i):
        return i
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...])
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a['x':]
except TypeError as e:
    print(e)
