# tuple: literals, indexing, slicing, concatenation, methods.
t = (1, 'two', 3)
print(t, (), (5,), len(t), t[1], t[-1], t[1:], t[::-1])
print(t + (4,), (0,) * 3, t.index(3), (1, 1, 2).count(1))
print(1 in t, 'x' in t, tuple([1, 2]), tuple())
u = 1, 2
print(u, type(u), hash((1, 2)) == hash((1, 2)))
