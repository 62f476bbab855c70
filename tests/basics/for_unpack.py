# for loops with tuple targets and over several iterable types.
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for ch in 'ab':
    print(ch)
for x in (1,):
    print(x)
for i in range(3):
    pass
print(i)
