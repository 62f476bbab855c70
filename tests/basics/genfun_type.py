# Generator and async functions are functions of their own type, as
# MicroPython's (micropython-lib's inspect and types tell them apart by
# type); they print, bind, call and take attributes as any function.
def fun():
    return 1


def gen():
    yield 1


async def co():
    return 2


lam_gen = lambda: (yield)
print(type(fun) is type(gen), type(gen) is type(co), type(gen) is type(lam_gen))
print(type(gen), type(gen).__name__, gen.__name__, callable(gen))
print(isinstance(fun, type(fun)), isinstance(gen, type(fun)), isinstance(fun, type(gen)))


def outer(n):
    def inner():
        yield n
    return inner


print(type(outer(3)) is type(gen), list(outer(3)()))


class C:
    def m(self):
        yield self

    async def a(self):
        return self

    @staticmethod
    def s():
        yield "static"

    @classmethod
    def k(cls):
        yield cls


c = C()
print(list(c.m())[0] is c, list(C.s()), list(C.k())[0] is C, list(c.k())[0] is C)
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m)
try:
    c.a().send(None)
except StopIteration as e:
    print(e.value is c)
g = gen()
print(next(g), type(g) is type(gen()), type(g) is type(gen))
# a generator function as __new__ is implicitly static, as any function
class N:
    def __new__(cls, x):
        yield cls
        yield x
print(list(N(5))[1])
