# repr of a 100-deep nested list (repr recurses in C with a stack check).
x = []
for i in range(100):
    x = [x]
s = repr(x)
print(len(s), s[:10])
