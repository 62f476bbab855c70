# Arithmetic, bitwise and comparison dunders, reflected and in-place forms.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%r)' % (self.x,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return V(o + self.x)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k): return V(self.x ** k)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __rand__(self, o): return V(o & self.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __iadd__(self, o):
        print('iadd')
        self.x += o
        return self
a, b = V(3), V(4)
print(a + b, a + 1, 2 + a, a - b, a * 2, 3 * a, a / 2, V(7) // 2, V(7) % 4, a ** 2)
print(-a, +a, abs(V(-2)), ~a, a & 1, a | 4, a ^ 1, a << 2, V(8) >> 1, 6 & a)
print(a == V(3), a != V(3), a == 3, a < b, a > b, a <= b, b >= a, sorted([b, a]))
c = a
c += 5
print(c, a, c is a)
c -= V(1)
print(c, c is a)
c *= 2
print(c)
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    a @ b
except TypeError as e:
    print(e)
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print(e)
n = NoOrder()
print(n == n, n != NoOrder())
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), 1 + Base())
class Only:
    def __radd__(self, o):
        return 'Only.radd %r' % (o,)
    def __rsub__(self, o):
        return NotImplemented
print([1] + Only(), 5 + Only())
try:
    5 - Only()
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print('gt called')
        return self.v > o
print(3 < Cmp(5), Cmp(5) > 3)
