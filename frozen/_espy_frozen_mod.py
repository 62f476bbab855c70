# A small frozen module that tests/basics/import_frozen.py imports: it
# exercises the kinds of constants and code that frozen code objects hold
# (a tuple of constants, functions with defaults and keyword-only parameters, a closure, a
# generator, a class, bytes, float, complex and big int constants).
MASK = 0xFFFFFFFF
BIG = 1 << 70
RATIO = 2.5
Z = 3j
MAGIC = b'\x00espy\xff'
TUPLE = (1, 'two', (3.0, None, True, ...), b'x', -5000000000, 2 ** 65)


def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def counter(start):
    n = [start]

    def step():
        n[0] += 1
        return n[0]
    return step


def evens(limit):
    for i in range(0, limit, 2):
        yield i


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


def fail():
    raise ValueError('raised in a frozen module')
