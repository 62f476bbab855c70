# Lexicographic comparison of lists and tuples.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] <= [1, 2], [3] >= [3, 0])
print((1, 2) < (1, 3), (1,) < (1, 0), () == ())
