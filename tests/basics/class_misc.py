# super() reaching a property, iter() returning a non-iterator, __len__
# results, isinstance/issubclass argument checks, __index__, __int__,
# __float__, __round__, unary operators without methods, __str__ in
# formatting, class counters through type(self).
class A:
    @property
    def p(self): return 'A.p'
    def __eq__(self, o): return True
    def __hash__(self): return 1
class B(A):
    @property
    def p(self): return 'B.p+' + super().p
    def __eq__(self, o): return False
print(B().p, A.__hash__ is not None, B.__hash__)
class It:
    def __iter__(self): return 5
try:
    iter(It())
except TypeError as e: print(e)
class Ln:
    def __len__(self): return 'x'
try:
    len(Ln())
except TypeError as e: print(e)
print(isinstance(1, (str, (bytes, int))))
try:
    issubclass(1, int)
except TypeError as e: print(e)
try:
    isinstance(1, 2)
except TypeError as e: print(e)
class L(list):
    def __len__(self): return 0
print(bool(L([1])))
class Idx:
    def __index__(self): return 1
print([5, 6][Idx()], 'ab'[Idx()], (7, 8)[Idx()], hex(Idx()), chr(Idx() + 64) if False else chr(65))
class I(int): pass
print([5, 6][I(1)], 'xy'[I(0)], hex(I(255)), oct(I(8)), bin(I(3)), chr(I(65)), ord(type('S', (str,), {})('a')))
class W:
    def __getitem__(self, k): return k
print(W()[1:2, 3], W()[...])
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
print(int(Num(3)), float(Num(2)), hex(Num(255)), bin(Num(2)))
print(NotImplemented, type(NotImplemented).__name__)
class S:
    def __str__(self): return 'S!'
print('%s' % S(), str(S()), f'{S()}', '{}'.format(S()))
x = A()
print(type(x).__name__, x.__class__.__name__)
class Cnt:
    n = 0
    def __init__(self): type(self).n += 1
Cnt(); Cnt()
print(Cnt.n)
print(object().__class__, repr(object)[:15])
class R:
    def __round__(self, n=None): return 'rounded'
    def __neg__(self): return 'neg'
print(round(R()), -R())
class Abs:
    pass
try:
    abs(Abs())
except TypeError as e: print(e)
try:
    -Abs()
except TypeError as e: print(e)
try:
    [1][Abs()]
except TypeError as e: print(e)
