# The module that imports.py loads again and again: a module body with
# functions, a class and constants, as a typical small library has.
RATE = 115200
NAMES = ("alpha", "beta", "gamma", "delta")


def scale(x, k=3):
    return x * k + RATE % 7


class Reading:
    def __init__(self, raw):
        self.raw = raw

    def value(self):
        return scale(self.raw) / 10


TABLE = {n: i for i, n in enumerate(NAMES)}
