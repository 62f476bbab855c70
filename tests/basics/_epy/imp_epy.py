# Source of tests/basics/_mods/imp_epy.epy (precompiled by espy-cross;
# tools/test.sh checks that the committed .epy is what espy-cross makes of
# this file). Constants of every kind (a tuple of constants too), closures, a class, a generator.
MASK = 0xFFFFFFFF
BIG = -(1 << 80)
HALF = 0.5
Z = 1 - 2j
RAW = b'\x00\xffepy'
EMPTY = ('', b'', ())  # empty str and bytes constants (a fuzz finding)
TUPLE = (1, 'two', (3.0, None, True, ...), b'x', -5000000000, 2 ** 65)


def outer(a, b=2, *rest, c=3, **kw):
    def inner():
        return a + b + c
    return inner() + len(rest) + len(kw)


def squares(n):
    for i in range(n):
        yield i * i


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Box(%r)' % (self.v,)


def fail():
    raise KeyError('from an .epy module')
