# collections.OrderedDict: a dict that keeps insertion order, whose ==
# with another OrderedDict also compares the order; move_to_end, popitem,
# construction from pairs, mappings and keywords, and subclassing.
from collections import OrderedDict
d = OrderedDict([(3, 'c'), (1, 'a')], z=26)
d[2] = 'b'
print(list(d), list(d.items()), len(d), 1 in d, d[3], d.get(9))
del d[1]
d[1] = 'A'
print(list(d.keys()), d.popitem(), list(d))
d.move_to_end(3)
print(list(d))
d.move_to_end(2, last=False)
print(list(d))
try:
    d.move_to_end('missing')
except KeyError:
    print('KeyError')
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a == dict(b), dict(a) == b, a != b, a == {'x': 1, 'y': 2})
c = a.copy()
print(type(c).__name__, c == a, isinstance(a, dict), type(a).__name__)
a.update({'w': 0})
print(list(a), OrderedDict() == {}, bool(OrderedDict()), dict(OrderedDict(q=1)))
class Counter(OrderedDict):
    def bump(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'abca':
    c.bump(ch)
print(list(c.items()))
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError')
