# set operators, in-place forms, comparisons and mixed set/frozenset.
a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a | set(), a & set(), set() - a, a ^ a)
print(a < b, a <= a, a < a, a == {3, 2, 1}, a != b, a > {1}, a >= {1, 2, 3})
print({1} < {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, set() <= a, set() < set())
f = frozenset({1, 2})
print(f | {3}, sorted({3} | f), f & a, a - f, f ^ a)
print(type(f | a).__name__, type(a | f).__name__, type(f & a).__name__)
print(f == {1, 2}, {1, 2} == f, f <= a, a >= f, f < a)
print(a == [1, 2, 3], a != (1, 2, 3), {1} == {1: 2})
s = {1, 2}
t = s
s |= {3}; print(s, t is s)
s &= {1, 3, 5}; print(s, t is s)
s -= {1}; print(s, t is s)
s ^= {3, 4}; print(s, t is s)
s ^= s; print(s)
g = frozenset({1})
h = g
g |= {2}; print(g, h, g is h)
g &= {2}; print(g)
g -= {2}; print(g)
g ^= {5}; print(g)
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(frozenset()) == hash(frozenset([])))
d = {frozenset({1, 2}): 'a', frozenset(): 'b'}
print(d[frozenset([2, 1])], d[frozenset()])
print({frozenset({1}), frozenset([1])}, len({frozenset('ab'), frozenset('ba')}))
x = [{1}, {2}]
print(x.count({1}), {2} in x, x.index({2}))
