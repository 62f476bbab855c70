# dict methods.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d.pop('z', 'none'), d)
print(d.setdefault('a', 9), d.setdefault('n', []), d)
d.update({'x': 1, 'a': 0})
d.update(y=2)
print(d)
c = d.copy()
d.clear()
print(d, c, len(c))
print(c.popitem(), c)
