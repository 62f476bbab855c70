# KeyError with an int key.
d = {}
print(d[42])
