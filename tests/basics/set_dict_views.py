# dict keys and items views with set operators and set comparisons.
d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
print(sorted(k & {1, 9}), sorted(k | {4}), sorted(k - {1}), sorted(k ^ {3, 4}))
print(sorted({1, 9} & k), sorted({4} | k), sorted({1, 5} - k), sorted({3, 4} ^ k))
print(sorted(k & [2, 3]), sorted([1, 7] - k), sorted(k - d.keys()))
print(type(k & {1}).__name__, type(k | k).__name__)
print(k == {1, 2, 3}, {1, 2, 3} == k, k != {1}, k < {1, 2, 3, 4}, k >= {1})
print(k == [1, 2, 3], k == d.keys(), k <= frozenset({1, 2, 3}))
it = d.items()
print(sorted(it & {(1, 'a'), (2, 'x')}), sorted(it | {(4, 'd')}))
print(it == {(1, 'a'), (2, 'b'), (3, 'c')}, it - {(1, 'a')} == {(2, 'b'), (3, 'c')})
try:
    d.values() & {1}
except TypeError as e:
    print(e)
