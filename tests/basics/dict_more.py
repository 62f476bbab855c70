# dict: construction forms, views, errors, order, equality.
print(dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'k': 'v'}, z=0))
print(dict(zip('abc', range(3))), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
d = {'one': 1, 'two': 2, 'three': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'one' in k, 1 in v, ('two', 2) in it, ('two', 3) in it)
d['four'] = 4
print(list(k), list(v), sorted(it))
del d['one']
print(d, d == {'two': 2, 'three': 3, 'four': 4}, d != {}, {1: 2} == {1: 3})
e = {}
for i in range(100):
    e[i] = i * i
for i in range(0, 100, 2):
    del e[i]
print(len(e), e[51], sum(e), list(e)[:5])
for i in range(100, 200):
    e[str(i)] = i
print(len(e), e['150'], list(e)[-2:])
e.clear()
print(e, len(e))
f = {1: 'a', True: 'b', 2: 'c'}
print(f)
g = {'a': 1}
g.update([('b', 2)], c=3)
g.update({'d': 4})
print(g, g.setdefault('e'), g)
print(g.pop('a'), g.popitem(), g.popitem(), g)
h = {'x': 1}
h |= {'y': 2}
print(h | {'z': 3}, h)
for bad in [lambda: {}['k'], lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {[]: 1},
            lambda: dict([(1, 2, 3)]), lambda: dict([1]), lambda: {}[[1]]]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
m = {'a': 1}
try:
    for key in m:
        m['b'] = 2
except RuntimeError as ex:
    print(ex)
r = {}
r['self'] = r
print(r, {(1, 2): [3]}, {None: None, 'q': "'"})
s = {i: str(i) for i in range(5)}
print(s, list(s.items())[2], list(reversed(list(s.keys()))))
