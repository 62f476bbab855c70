# Arguments of the wrong type to built-in functions, methods and protocols
# (including special methods returning the wrong type) raise the right
# exception; several used to abort on an assertion in es_str_data (an
# errors= argument, a hex separator, open()'s mode, __format__'s result).
class A:
    def __format__(self, spec):
        return 5
class Dr:
    def __dir__(self):
        return [1, 'a']
class R:
    def __repr__(self):
        return 5
class S:
    def __str__(self):
        return 5
class Ln:
    def __len__(self):
        return 'x'
class H:
    def __hash__(self):
        return 'x'
class Ix:
    def __index__(self):
        return 'x'
class It:
    def __iter__(self):
        return 5
class Nx:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError
class B:
    def __bool__(self):
        return 5
class Cn:
    def __contains__(self, x):
        return 'yes'
tests = [
    "b'a'.decode('utf-8', 5)",
    "b'a'.decode(5)",
    "'a'.encode(5)",
    "'a'.encode('utf-8', 5)",
    'getattr(1, 5)',
    'setattr(1, 5, 1)',
    'hasattr(1, 5)',
    'delattr(1, 5)',
    'type(5, (), {})',
    "type('x', 5, {})",
    "type('x', (5,), {})",
    "'a'.join([1])",
    "'a'.split(5)",
    "'a'.replace(1, 2)",
    "'a'.startswith(5)",
    "'a'.strip(5)",
    "'%(a)s' % 5",
    "int('5', 'x')",
    'open(5.5)',
    "open('x', 5)",
    'print(1, sep=5)',
    'print(1, end=5)',
    'sorted([1], key=5)',
    'min([], default=1, key=5)',
    "'a'.translate(5)",
    "bytes('a', 5)",
    "bytearray('a', 5)",
    "compile(5, 'f', 'exec')",
    "compile('1', 5, 'exec')",
    "compile('1', 'f', 5)",
    'exec(5)',
    'eval(5)',
    '__import__(5)',
    "'a'.center(5, 5)",
    "'a'.ljust(3, 'ab')",
    "'a'.count(5)",
    "'a'.find(5)",
    "'a'.index('a', 'b')",
    "'a'.expandtabs('x')",
    "'a'.zfill('x')",
    "'a'.splitlines(5)",
    "'a'.partition(5)",
    "str.maketrans(5, 'a')",
    "str.maketrans('ab', 'a')",
    "'a'.removeprefix(5)",
    "round(1.5, 'x')",
    "divmod('a', 1)",
    "pow(1, 'a', 3)",
    "chr('a')",
    'ord(5)',
    "ord('ab')",
    "hex('a')",
    'format(1, 5)',
    "format(1.5, 'zz')",
    'vars(5)',
    'dir(5)[:1]',
    'isinstance(1, 5)',
    'issubclass(5, int)',
    'issubclass(int, 5)',
    'super(5, 5)',
    'staticmethod(5)()',
    'iter(5, 5)',
    'next(5)',
    'enumerate(5)',
    'zip(5)',
    'map(5, 5)',
    'filter(5, 5)',
    'reversed(5)',
    "slice('a', 'b', 'c').indices(5)",
    "[1,2][slice('a', None)]",
    "range('a')",
    'range(1, 2, 0)',
    "'abc'[::0]",
    'list(range(5))[::0]',
    'dict.fromkeys(5)',
    '{}.update(5)',
    '{}.update([5])',
    '{}.update([(1,)])',
    'set().update(5)',
    'frozenset(5)',
    '[].extend(5)',
    "[].index(1, 'a')",
    "[].insert('a', 1)",
    "[1].pop('a')",
    '(1).to_bytes(1, 5)',
    "int.from_bytes(5, 'big')",
    "int.from_bytes(b'a', 5)",
    '(1.5).hex(5)',
    'float.fromhex(5)',
    "complex('1', 2)",
    "abs('a')",
    "sum(['a'], 'b')",
    "sum([1], 'b')",
    "b'abc'.hex(5)",
    "b'abc'.hex(b'-')",
    "b'abc'.hex('--')",
    "b'abc'.hex(':', 'x')",
    "bytearray(b'ab').hex(5)",
    'format(A())',
    "f'{A()}'",
    "'{}'.format(A())",
    'repr(R())',
    'str(R())',
    'str(S())',
    'print(S())',
    'len(Ln())',
    'hash(H())',
    '[1,2][Ix()]',
    'list(It())',
    'list(Nx())',
    'bool(B())',
    'not B()',
    '1 in Cn()',
    '[R()]',
    'str([R()])',
    "'%s' % S()",
    "'%r' % R()",
    "f'{S()}'",
    "f'{R()!r}'",
    'sorted([A(), A()])',
    "min(1, 'a')",
    "max([1, 'a'])",
    "'%d' % 'a'",
    "'%c' % 1234567",
    "'%c' % 'ab'",
    "'%*d' % ('a', 1)",
    "'%.*f' % ('a', 1.0)",
    'int.__new__(5)',
    'object.__new__(5)',
    'type.__new__(5)',
    'super().x',
]
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, type(e).__name__)
