# enumerate() with and without a start.
print(list(enumerate('abc')), list(enumerate([], 5)))
for i, v in enumerate(['x', 'y'], 1):
    print(i, v)
e = enumerate([10, 20])
print(next(e), next(e), next(e, 'end'))
