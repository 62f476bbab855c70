# tuple: construction, methods, operators, hashing.
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t[1:3], t[::-1], t[-1], len(t))
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x for x in 'xy'))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), () * 4, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'a'}[(1, 2)])
print(hash((1, 'a', (2, 3))) == hash((1, 'a', (2, 3))), 3 in t, (1, 2) in [(1, 2)])
a = ([1], 2)
a[0].append(3)
print(a, repr((None,)), str(('a', "b'")))
t2 = tuple(t)
print(t2 is t, t[:] is t)
for bad in [lambda: (1,)[3], lambda: (1,) + [2], lambda: (1, 2).index(5), lambda: hash(([1],)),
            lambda: (1,).__setitem__(0, 1)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
