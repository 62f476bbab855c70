# reversed() of a dict and of its views (last inserted first).
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed({})))
for k in reversed(d):
    print(k)
