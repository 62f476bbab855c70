# assorted builtins: id, callable, any/all, round of ints, ord/chr, print to
# a file object, getattr/hasattr/setattr/delattr, divmod, pow, format.
class F:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
f = F()
print('a', 1, sep='-', end='!\n', file=f)
print(file=f)
print('x', 'y', file=f, sep='')
print(''.join(f.parts))
print(id(f) == id(f), id(1) == id(2), callable(len), callable(1), callable(F), callable(f))
print(any([]), any([0, 1]), all([]), all([1, 0]), any(x > 2 for x in range(5)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(15, -1))
print(round(5), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -10))
print(ord('a'), ord('é'), chr(97), chr(0x1F600) == '\U0001F600')
for bad in [lambda: ord('ab'), lambda: ord(1), lambda: chr(-1), lambda: chr('a'),
            lambda: chr(0x110000), lambda: format(1, 2), lambda: getattr(1, 'x'),
            lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: round('a'),
            lambda: sorted([1], key=1), lambda: min([]), lambda: max(1),
            lambda: iter(5), lambda: next(iter([])), lambda: len(5),
            lambda: abs('a'), lambda: sum(['a']), lambda: hash([]), lambda: int('z')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
o = F()
setattr(o, 'v', 3)
print(getattr(o, 'v'), getattr(o, 'w', 'dflt'), hasattr(o, 'v'), hasattr(o, 'w'))
delattr(o, 'v')
print(hasattr(o, 'v'))
print(divmod(7, 2), divmod(-7, 2), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(format(255, 'x'), format('s', '>3'), format(3), min(3, 1, 2), max('ab', 'b'))
print(min([], default=0), max([], default='e'), min([3, 1], key=lambda v: -v))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2])), sum([1, 2], 10))
print(isinstance(1, (str, int)), issubclass(bool, (str, int)), type(None).__name__)
print(repr(None), bin(5), oct(8), hex(255), abs(-3))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(filter(None, [0, 1, 2])))
print(list(zip('ab', range(3))), list(enumerate('ab', 1)))
