# in / not in over every container type.
print(1 in [1, 2], 3 in [1, 2], 2 in (1, 2), 'a' in {'a': 1}, 1 in {'a': 1})
print('bc' in 'abcd', 5 in range(10), 10 in range(10), 4 in range(0, 10, 2))
print(3 not in [1, 2], [1] in [[1], 2], (1, 2) in [(1, 2)])
print(2 ** 70 in [2 ** 70], 2 ** 70 in range(2 ** 71))
