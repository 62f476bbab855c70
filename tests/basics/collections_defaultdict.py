# collections.defaultdict: missing keys get the factory's value (stored),
# get/in/setdefault do not call it, no factory gives KeyError, a
# non-callable factory is a TypeError; construction like dict's, copy,
# repr, nesting, subclassing.
import collections
from collections import defaultdict
print(defaultdict is collections.defaultdict, issubclass(defaultdict, dict))
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, len(d), 'c' in d, d.get('c'), d.setdefault('e', 5), sorted(d))
counts = defaultdict(int, {'x': 1}, y=2)
for ch in 'xyzzy':
    counts[ch] += 1
print(counts, counts.default_factory, dict(counts), counts == {'x': 2, 'y': 4, 'z': 2})
c = counts.copy()
c['w'] += 1
print(type(c).__name__, c, counts)
tree = defaultdict(lambda: defaultdict(int))
tree['a']['b'] += 3
print(dict(tree['a']), list(tree), isinstance(tree, dict))
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)
t = Tally()
t['q'] += 2
print(t, t['q'], t['r'])
del d['a']
print(d)
try:
    collections.nothing
except AttributeError:
    print('AttributeError')
