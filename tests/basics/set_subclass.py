# subclasses of set and frozenset: methods, operators, hashing (their repr
# is the base type's here; CPython names the subclass).
class S(set):
    def total(self):
        return sum(self)
s = S([1, 2])
print(len(s), 1 in s, s.total(), sorted(s), isinstance(s, set))
s.add(5)
print(sorted(s), s.total(), sorted(s | {9}), type(s | {9}).__name__)
print(s == {1, 2, 5}, {1, 2, 5} == s, s.issubset({1, 2, 5, 7}))
class F(frozenset):
    pass
f = F([1])
print(len(f), 1 in f, hash(f) == hash(frozenset([1])), f | {2})
s2 = S(range(5))
s2 &= {1, 2}
print(sorted(s2), type(s2).__name__)
s2.update([7]); s2.discard(1)
print(sorted(s2), s2.pop() in (2, 7), len(s2))
for x in S([3]):
    print(x)
print(sorted(S([1, 2]) - S([2])), S([1]) < S([1, 2]), frozenset(F([4])))
print({F([1]): 'x'}[frozenset([1])])
