# List index out of range.
a = [1, 2, 3]
print(a[3])
