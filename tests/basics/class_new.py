# __new__ (incl. returning another type's instance) and __call__.
class Single:
    _inst = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('__init__', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class Sub(Single):
    pass
s = Sub(3)
print(type(s).__name__, s.v)
class Plain:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
print(Plain(5).x)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
add = Adder(10)
print(add(1), add(1, y=2), callable(add), callable(Plain(1)), callable(Adder))
try:
    Plain(1)()
except TypeError as e:
    print(e)
