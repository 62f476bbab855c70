# print(file=f) writes each argument, separator and end with one write()
# call; a program may replace sys.stdout with any object that has write
# (an io.IOBase subclass or not), and sys.__stdout__ is the console's.
import io
import sys


class Rec(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


r = Rec()
print('a', 1, None, sep='-', end='!\n', file=r)
print(r.parts)
sys.stdout = r
print('to rec', 2)
print()
sys.stdout = sys.__stdout__
print(r.parts, sys.stdout is sys.__stdout__)


class Plain:
    def __init__(self):
        self.out = ''

    def write(self, s):
        self.out += s


w = Plain()
sys.stdout = w
print('x', [1, 2])
print('y', end='')
sys.stdout = sys.__stdout__
print(repr(w.out))
try:
    print('z', file=object())
except AttributeError as e:
    print('AttributeError')


class Bad:
    def write(self, s):
        raise OSError(5, 'EIO')


try:
    print('q', file=Bad())
except OSError as e:
    print('OSError', e.args[0])
print(print('none', file=r), r.parts[-2:])
