# String index out of range.
print('abc'[10])
