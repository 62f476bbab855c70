# Unpacking assignment: tuples, lists, nesting, swap, star targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = 'pq'
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(4)
print(init, last)
h, *mid, t = 'abcde'
print(h, mid, t)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
