# sorted() returns a new list; key and reverse; stability.
a = [3, 1, 2]
b = sorted(a)
print(a, b, sorted('cab'), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
print(sorted(a, reverse=True), sorted(['aa', 'B', 'c'], key=len))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([]), sorted(range(5, 0, -1)))
