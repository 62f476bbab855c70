# range: arguments, len, indexing, membership, repr, empty ranges.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(len(range(0)), len(range(10, 0, -3)), range(0, 5) == range(0, 5))
print(range(2 ** 40)[-1], len(range(-5, 5)), list(range(-3, -10, -3)))
