# dict: literals, lookup, store, delete, len, membership.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'c' in d, 'z' in d, 'z' not in d)
del d['b']
print(d, {}, dict(), dict(x=1, y=2))
e = {1: 'one', 2: 'two'}
print(e[1], e == {2: 'two', 1: 'one'}, e != {})
