# Instance, class and static methods; class attributes; __init__.
class Counter:
    count = 0
    kind = 'counter'
    def __init__(self, start=0):
        self.value = start
        Counter.count += 1
    def inc(self, by=1):
        self.value += by
        return self
    @classmethod
    def created(cls):
        return cls.count
    @staticmethod
    def describe(x):
        return 'value=%d' % x
c = Counter(5)
c.inc().inc(3)
print(c.value, Counter.count, Counter.created(), c.created(), Counter.describe(2), c.describe(3))
d = Counter()
print(Counter.count, d.count, d.kind)
d.kind = 'mine'
print(d.kind, Counter.kind, c.kind)
del d.kind
print(d.kind)
m = c.inc
print(m(10).value, m.__self__ is c)
f = Counter.inc
print(f(c).value)
class Sub(Counter):
    kind = 'sub'
print(Sub(1).kind, Sub.created(), Counter.count)
Counter.extra = lambda self: self.value * 2
print(c.extra())
print(type(Counter.__dict__['describe']).__name__, type(Counter.__dict__['created']).__name__)
print(Counter.describe.__name__ if hasattr(Counter.describe, '__name__') else '')
try:
    Counter(1, 2)
except TypeError as e:
    print('TypeError')
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
e = Empty()
e.a = 1
print(e.a, vars(e), e.__dict__, hasattr(e, 'b'), getattr(e, 'b', 'dflt'))
setattr(e, 'b', 2)
delattr(e, 'a')
print(vars(e))
try:
    e.zz
except AttributeError as ex:
    print(ex)
try:
    del e.zz
except AttributeError as ex:
    print('AttributeError')
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as ex:
    print(ex)
