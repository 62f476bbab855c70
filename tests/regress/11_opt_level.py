# micropython.opt_level: 1 and up compile __debug__ as False and drop
# assert statements (as CPython's -O); 0 (the default) keeps them
import micropython
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
exec("print(__debug__)")
exec("assert 0, 'dropped'\nprint('after assert')")
exec("def f(x):\n    assert x > 0\n    return __debug__\nprint(f(-1))")
micropython.opt_level(0)
exec("print(__debug__)")
try:
    exec("assert 0, 'kept'")
except AssertionError as e:
    print("AssertionError", e)
print(__debug__)
micropython.opt_level(3)
print(micropython.opt_level())
micropython.opt_level(0)
try:
    micropython.opt_level("x")
except TypeError:
    print("TypeError")
