# range object index out of range.
print(range(3)[3])
