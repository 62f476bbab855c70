# sum() with and without a start value.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum((1, 2), 10))
print(sum([2 ** 64, 2 ** 64]), sum([[1], [2]], []), sum([True, True]))
print(sum(x * x for x in range(10)))
