# list methods and operators beyond the basics.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.count(2), a.count(9))
a.insert(0, 'x'); a.insert(-1, 'y'); a.insert(100, 'z'); a.insert(-100, 'w')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
a.clear()
print(a, len(a))
b = [1, 2]
b += (3, 4)
b += 'ab'
b *= 2
print(b)
c = [0] * 3 + [1] * 2
print(c, 2 * [7], [] * 5, [1] * -1, [[]] * 2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], 3 in [1, 2, 3], [2] in [[2]], 'a' not in ['b'])
d = list(range(10))
print(d[::2], d[::-1], d[1:8:3], d[-3:], d[-100:2], d[8:2:-2], d[5:5])
del d[::3]
print(d)
del d[-1]
del d[1:3]
print(d)
d[1:2] = [10, 11, 12]
d[0:0] = ['start']
d[len(d):] = ['end']
print(d)
d[::2] = 'abcd'
print(d)
d[:] = []
print(d, list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list())
e = [1, 2, 3]
e[5:] = [4]
e[-10:1] = [0]
print(e)
e.extend(x * x for x in range(3))
e.extend(e)
print(e)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(3),
            lambda: [1, 2][2], lambda: [1] + (2,), lambda: [1] * 'x', lambda: [1, 2].__setitem__(5, 0),
            lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]), lambda: [1, 2]['a'],
            lambda: [].index(1, 0, 0)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
l = [1, 2]
l.append(l)
print(l, [l, [l]])
x = []
del x[:]
print(x, [1, 2, 3][1:][0])
