# set and frozenset: literals, constructors, repr, len, in, truth, iteration.
# Small ints inserted in ascending order print in the same order in CPython.
s = {1, 2, 3}
print(s, len(s), 2 in s, 5 in s, 5 not in s, bool(s), bool(set()))
print(set(), frozenset(), frozenset({1, 2}), set([1, 2, 2, 3]), set(range(4)))
print(set('a'), sorted(set('hello')), sorted(frozenset('abcab')))
print({1, 1, 1}, len({1, True, 1.0}), {0, False} == {0})
print(type(s).__name__, type(frozenset()).__name__)
print(sorted({'x', 'y', 'z'}), {None}, {(1, 2)}, {frozenset({1})})
print(set({1: 'a', 2: 'b'}), set((1, 2)), frozenset(frozenset({3})))
print(sorted(x for x in {5, 6, 7}), list(iter({1, 2})))
print(isinstance(s, set), isinstance(frozenset(), set), s.__len__())
print(s.__contains__(1), len(set()), len(frozenset([1, 2])))
big = set(range(100))
print(len(big), 99 in big, 100 in big, sum(big))
big2 = {str(i) for i in range(50)}
print(len(big2), '49' in big2, 'x' in big2, sorted(big2)[:3])
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) == f, set(f) is f)
print(repr({-1}), str({'a'}), repr(frozenset({'b'})))
