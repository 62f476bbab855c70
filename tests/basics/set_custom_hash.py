# set items with their own __hash__ and __eq__; repr of items.
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return 'P(%d)' % self.x
s = {P(1), P(2), P(1)}
print(len(s), P(2) in s, P(3) in s)
s.add(P(2)); s.add(P(3)); print(len(s))
s.remove(P(1)); print(sorted(p.x for p in s))
print({P(5)}, frozenset({P(6)}))
class Bad:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {Bad()}
except ValueError as e:
    print('ValueError', e)
class Unh:
    __hash__ = None
try:
    {1}.add(Unh())
except TypeError as e:
    print('TypeError', e)
print({1.0, 1, True}, {2.5} == {2.5}, 2 in {2.0})
print({'a', 'b'} == set('ab'), 'abc' in {'abc'}, ('a', 1) in {('a', 1)})
print(frozenset({1, 2}) == frozenset({2, 1}), {frozenset({1, 2}), frozenset({2, 1})})
