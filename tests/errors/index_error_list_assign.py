# List assignment index out of range.
a = []
a[0] = 1
