# list: literals, indexing, assignment, len, concatenation, nesting.
a = [1, 2, 3]
b = []
print(a, b, len(a), len(b), a[0], a[-1])
a[1] = 'two'
print(a, a + [4, 5], [0] * 3, 2 * [None], [1] * 0)
n = [[1, 2], [3, [4, 5]]]
print(n[1][1][0], n)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [])
c = a
c.append(9)
print(a is c, a)
