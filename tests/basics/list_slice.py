# list slicing reads.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-3])
print(a[100:], a[5:2], a[:], a[:] is a, a[-100:1])
