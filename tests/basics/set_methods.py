# set methods: mutation and the set algebra with any iterable.
s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.discard(9); s.discard(1); print(s)
s.remove(2); print(s)
print(s.pop(), s, s.pop(), s)
s.clear(); print(s, len(s))
s = {1, 2}
c = s.copy(); c.add(3); print(s, c, c is s)
s.update([3, 4], (5,), range(6, 8)); print(s)
s.update(); print(len(s))
t = {1, 2, 3, 4}
print(t.union({5}), t.union([6], (7,)), t.union(), t.union(t) == t)
print(t.intersection({2, 3, 9}), t.intersection([1, 9], (1, 2)), t.intersection())
print(t.difference({1}), t.difference([1], [2]), t.difference())
print(t.symmetric_difference({4, 5}), t.symmetric_difference([1, 9]))
print(t.issubset({1, 2, 3, 4, 5}), t.issubset([1, 2]), t.issubset(range(10)))
print(t.issuperset({1}), t.issuperset([5]), t.issuperset(()))
print(t.isdisjoint({7}), t.isdisjoint([4]), set().isdisjoint(set()))
u = {1, 2, 3, 4, 5}
u.intersection_update({1, 2, 3, 9}, [2, 3]); print(u)
u.difference_update([3], {7}); print(u)
u.symmetric_difference_update([2, 8]); print(u)
u.symmetric_difference_update(u); print(u)
v = {1, 2}
v.difference_update(v); print(v)
v = {1, 2}
v.intersection_update(); print(v)
print(t.union is not None, t, sorted(t.union({0})))
# pop drains a set in order, then raises
p = set(range(10))
print([p.pop() for _ in range(10)], p)
p = set(range(20))
for i in range(0, 20, 2):
    p.discard(i)
p.add(20)
print(sorted(p), p.pop(), len(p))
# frozenset methods return frozensets
f = frozenset({1, 2, 3})
print(f.union({4}), f.intersection({1}), f.difference({1}), f.symmetric_difference({5}))
print(f.copy() is f, f.issubset({1, 2, 3}), f.issuperset(f), f.isdisjoint({9}))
# a set is looked up as a frozenset
g = {frozenset({1, 2}), 3}
print({1, 2} in g, {9} in g)
g.remove({1, 2}); print(g)
g.discard({3}); print(g)
