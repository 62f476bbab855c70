# Subclassing built-in types and calling their methods from the subclass.
class L(list):
    def append(self, x):
        super().append(x * 2)
    def total(self):
        return sum(self)
l = L([1, 2])
l.append(5)
print(l, len(l), l.total(), l[0], l[-1], l[1:], type(l).__name__, isinstance(l, list))
l.extend([7])
l += [9]
print(l, type(l).__name__)
l[0] = 100
del l[1]
print(l, 100 in l, list(l), sorted(l), l == [100, 10, 7, 9], L() == [])
print(bool(L()), bool(l), [x for x in l], l.index(7), l.pop(), l)
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack(1, 2)
s.push(3)
print(s, s.peek(), len(s), s.count(1))

class D(dict):
    def __missing__(self, key):
        return key.upper()
d = D(a=1)
print(d['a'], d['zz'], 'zz' in d, len(d), d)
d['b'] = 2
print(sorted(d.keys()), d.get('q'), d.get('b'), sorted(d.items()))
class Counter(dict):
    def __init__(self, items):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1
c = Counter('abracadabra')
print(sorted(c.items()), c['a'])
class AttrDict(dict):
    def __getattr__(self, k):
        return self[k]
ad = AttrDict({'x': 1})
print(ad.x, ad)

class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, repr(s), s.shout(), len(s), s[1:3], s + ' world', 'x' + s, s == 'hello')
print(s.startswith('he'), hash(s) == hash('hello'), {s: 1}['hello'], isinstance(s, str))
print(f'{s:>7}|', s.split('l'), str(s), type(s.upper()).__name__)

class I(int):
    def double(self):
        return I(self * 2)
i = I(21)
print(i, repr(i), i + 1, 1 + i, i.double(), i * 2, -i, i == 21, i < 30, hash(i) == hash(21))
print(type(i.double()).__name__, str(i), f'{i:04d}', int(i), float(i), i.bit_length(), round(i))
print(I(), I('12'), I('ff', 16), max(I(3), I(5)), sorted([I(3), I(1)]))
class Money(int):
    def __repr__(self):
        return '$%d' % int(self)
print(Money(5), [Money(3)], Money(5) + 1)

class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def sum(self):
        return self[0] + self[1]
t = T(3, 4)
print(t, len(t), t.sum(), t[0], type(t).__name__, t == (3, 4), tuple(t))
x, y = t
print(x, y, t + (5,), t * 2)
class Pair(tuple):
    pass
print(Pair([1, 2]), Pair(), int.__new__(I, 5), type(int.__new__(I, 5)).__name__)

class F(float):
    pass
print(F(1.5), F(1.5) + 1, F('2.5'))

class I2(int):
    def __add__(self, o):
        return 'add'
    def __radd__(self, o):
        return 'radd'
print(I2(1) + 1, 1 + I2(1), I2(1) - 1)
class MyList(list):
    def __getitem__(self, i):
        return 'item %r' % (i,)
    def __len__(self):
        return 99
m = MyList([1])
print(m[0], m[1:2], len(m), m)
class Sorted(list):
    def __iadd__(self, other):
        print('own iadd')
        return self
so = Sorted()
so += [1]
print(so)
