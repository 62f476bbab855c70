# super() with and without arguments; cooperative multiple inheritance.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)
    def f(self):
        return ['Base']
    @classmethod
    def make(cls, x):
        print('Base.make', cls.__name__)
        return cls(x)
class Left(Base):
    def f(self):
        return ['Left'] + super().f()
class Right(Base):
    def f(self):
        return ['Right'] + super(Right, self).f()
class Both(Left, Right):
    def __init__(self, x):
        super().__init__(x * 10)
        print('Both.__init__')
    def f(self):
        return ['Both'] + super().f()
    @classmethod
    def make(cls, x):
        print('Both.make')
        return super().make(x)
b = Both(1)
print(b.x, b.f())
print(Both.make(2).x)
print(super(Left, b).f())
print(super(Both, b).f())

class Chain:
    def __init__(self, **kw):
        print('Chain rest', sorted(kw))
class P1(Chain):
    def __init__(self, a=0, **kw):
        print('P1', a)
        super().__init__(**kw)
class P2(Chain):
    def __init__(self, b=0, **kw):
        print('P2', b)
        super().__init__(**kw)
class PP(P1, P2):
    pass
PP(a=1, b=2, c=3)

class S:
    @staticmethod
    def st():
        return 'static'
class T(S):
    def g(self):
        return super().st()
print(T().g())
try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)
def not_method():
    return super()
try:
    not_method()
except RuntimeError as e:
    print('RuntimeError', e)
