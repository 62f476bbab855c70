# type() with three arguments; decorators on functions and classes;
# class and instance namespaces.
def init(self, v):
    self.v = v
Point = type('Point', (), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 7})
p = Point(4)
print(type(p).__name__, p.double(), p.k, Point.__name__, isinstance(p, Point))
Sub = type('Sub', (Point,), {})
print(Sub(1).double(), Sub.__mro__[1] is Point, type(Sub) is type, type(p) is Point)
print(type(1), type('x'), type(None), type(type))
try:
    type('X', 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)

def trace(f):
    def wrapper(*args, **kw):
        print('call', f.__name__, args[-1:])
        return f(*args, **kw)
    return wrapper
def times(n):
    def deco(f):
        def g(x):
            return f(x) * n
        return g
    return deco
@trace
@times(3)
def inc(x):
    return x + 1
print(inc(1))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Thing:
    @trace
    def method(self, a):
        return a
print(registry, Thing.registered, Thing().method(5))
def add_repr(cls):
    cls.__repr__ = lambda self: cls.__name__ + '()'
    return cls
@add_repr
class R:
    pass
print(R(), [R()])

class NS:
    a = 1
    def m(self): pass
print(sorted(k for k in NS.__dict__ if not k.startswith('__')), NS.__dict__['a'])
n = NS()
n.x = 1
n.__dict__['y'] = 2
print(n.y, sorted(vars(n).items()), n.__class__ is NS, n.__class__.__name__)
try:
    vars(1)
except TypeError as e:
    print(e)
NS.b = 5
del NS.a
print(hasattr(NS, 'a'), n.b)
try:
    del NS.zz
except AttributeError as e:
    print('AttributeError')
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
print(Slotted().a)
