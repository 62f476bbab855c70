# list slice assignment and deletion.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1]
del a[-2:]
print(a)
del a[::3]
print(a)
a[1:3] = []
print(a)
