# Every binary operator between values of many built-in types, in both
# orders: each gives a result or raises TypeError, never a crash. A type's
# operator slot is called for either operand, so it must check both (a
# bound method or a slice on the right used to crash).
import sys

class C:
    def meth(self):
        pass

def gen():
    yield 1

d = {1: 2}
values = [
    1, 2 ** 70, True, 2.5, 1j, "s", b"b", bytearray(b"ba"), memoryview(b"m"),
    [1], (1,), d, {1}, frozenset({1}), range(3), slice(1, 2), None, ...,
    len, C, C(), C().meth, int, ValueError("e"), iter([]), gen(),
    d.keys(), d.values(), d.items(), object(), sys,
]
ops = [
    ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b),
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b),
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b), ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
    ("in", lambda a, b: a in b),
]
for name, op in ops:
    out = []
    for a in values:
        row = ""
        for b in values:
            # Left out: type unions (int | None, PEP 604), which MicroPython
            # lacks, and bytes % memoryview, which CPython takes as a
            # mapping (a quirk of its buffer formatting).
            if (name == "|" and (isinstance(a, type) or isinstance(b, type))
                    or name == "%" and type(b) is memoryview):
                row += "-"
                continue
            try:
                r = op(a, b)
                row += "T" if r is True else "F" if r is False else "v"
            except TypeError:
                row += "."
            except Exception as e:
                row += "!"
        out.append(row)
    print(name)
    for row in out:
        print(row)
