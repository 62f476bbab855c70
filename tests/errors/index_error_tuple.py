# Tuple index out of range.
print((1, 2)[-3])
