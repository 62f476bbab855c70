# __repr__, __str__, __format__; printing and default representations.
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.y)
class Q(P):
    def __str__(self): return '<%s,%s>' % (self.x, self.y)
    def __format__(self, spec):
        return 'Q[' + spec + ']'
p, q = P(1, 'a'), Q(2, 'b')
print(p, str(p), repr(p), [p], (q,), {1: q})
print(q, str(q), repr(q), [q], f'{q}', f'{q:>5}', format(q, 'x'), '{}/{:z}'.format(q, q))
print('%s %r' % (q, q))
class N: pass
print(repr(N()).startswith('<__main__.N object at 0x'), str(N()) .endswith('>'))
print(format(N())[:10], f'{N()!s}'[:10])
try:
    format(N(), 'x')
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Raise:
    def __repr__(self): raise ValueError('no repr')
try:
    print('start', [[Raise()]])
except ValueError as e:
    print('ValueError', e)
print(str(N).startswith("<class '"), N.__name__, N.__qualname__, N.__module__)
class Doc:
    'the doc'
print(Doc.__doc__, N.__doc__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__)
