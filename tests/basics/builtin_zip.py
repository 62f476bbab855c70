# zip() stops at the shortest iterable.
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
for a, b, c in zip(range(3), 'xyz', [True, False, None]):
    print(a, b, c)
print(dict(zip(['k1', 'k2'], [1, 2])))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
