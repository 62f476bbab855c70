# Single and multiple inheritance, C3 method resolution order.
class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
    def only_c(self):
        return 'c'
class D(B, C):
    pass
d = D()
print(d.who(), d.hello(), d.only_c())
print([k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C), D.__base__ is B, B.__bases__ == (A,))
print(isinstance(d, A), isinstance(d, (int, C)), issubclass(D, (str, B)))
print(issubclass(D, object), issubclass(bool, int), isinstance(True, (str, int)))

# the classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class C2(DD, F): pass
class B2(DD, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])

# inconsistent orders
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError', str(e).startswith('Cannot create a consistent method resolution'))
try:
    class W(A, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class V(1): pass
except TypeError as e:
    print('TypeError')
try:
    class U(bool): pass
except TypeError as e:
    print('TypeError', e)
