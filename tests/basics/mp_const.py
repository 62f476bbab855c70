# micropython.const(): folded while parsing; a _NAME constant makes no
# global; @micropython.bytecode/native need no import; bad forms are
# SyntaxErrors
from micropython import const

A = const(3)
_B = const(A * 4 + 1)
_T = const((A, "s", b"b", None, (), -2.5))
_F = const(2 ** -1)
_S = const(1 << 40)
print(A, _B, _T, _F, _S)
print("A" in globals(), "_B" in globals(), "_T" in globals())


def f():
    return _B + A


print(f())


class K:
    C = const(7)
    _D = const(8)

    def m(self):
        return _D


print(hasattr(K, "C"), hasattr(K, "_D"), K().m())

# only standalone names are replaced
def A():
    return "function"


print(globals()["A"](), A)
_E: int = const(5)
print(_E, "_E" in globals())
import math

_PI2 = const(2 * math.pi)
print(_PI2 == 2 * math.pi)


def syntax(src):
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print("SyntaxError", e.args[0])


syntax("x = 1\na = const(x)")
syntax("a = const([1])")
syntax("a = const(1 @ 2)")
syntax("a = const(1 << -1)")
syntax("a = const(1 % 0)")
syntax("a = const(1 // 0)")
syntax("a = const('a' + 1)")
syntax("a = const(1)\na = const(2)")
syntax("@micropython.nothing\ndef f(): pass")
syntax("@micropython.native.x\ndef f(): pass")
syntax("a = const(1, 2)")


@micropython.bytecode
def g():
    return "bytecode"


@micropython.native
def h():
    return "native"


print(g(), h())
