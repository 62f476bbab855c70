# Tuple comparison and tuples as dict keys.
print((1, 2) == (1, 2), (1, 2) < (2, 0), (1, 'a') < (1, 'b'))
d = {(0, 0): 'origin', (1, 2): 'p'}
print(d[(1, 2)], d[0, 0], (0, 0) in d)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
