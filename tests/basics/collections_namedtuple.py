# collections.namedtuple: fields from a list, a tuple or a string (commas
# and spaces), positional and keyword construction, defaults, attribute
# access, tuple behaviour, _fields, _field_defaults, _make, _asdict,
# _replace, repr, subclasses, and CPython's errors.
from collections import namedtuple
P = namedtuple('Point', 'x, y')
p = P(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), (1, 2) == p, p + (3,))
print(isinstance(p, tuple), P._fields, p._asdict(), p._replace(y=5), p)
x, y = p
print(x, y, list(p), tuple(p), hash(p) == hash((1, 2)), p in [(1, 2)])
print(repr(P(x='a', y=[1])), str(P(0, 0)), '%s-%s' % p)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[8, 9])
print(Q(1), Q(1, 2), Q(1, c=3), Q._fields, Q._field_defaults, P._field_defaults)
print(Q._make([4, 5, 6]), P._make(iter('ab')), p._make((7, 8)))
R = namedtuple('R', ('u',))
print(R(5), R(u=6).u, namedtuple('E', '')())
class V(namedtuple('V', 'x y')):
    def norm(self):
        return abs(self.x) + abs(self.y)
v = V(3, -4)
print(v.norm(), v, v._replace(x=0).norm())
v.extra = 1
print(v.extra)
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, z=2),
          lambda: p.z, lambda: setattr(p, 'x', 5), lambda: p._replace(z=1),
          lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'a _b'),
          lambda: namedtuple('T', 'a 1b'), lambda: namedtuple('T', [1]),
          lambda: namedtuple('T', 'a', defaults=[1, 2]), lambda: P._make([1])):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__)
