# from m import * where sys.modules['m'] is not a module: a class, an
# instance, objects with __all__, and objects with neither __all__ nor
# __dict__ (ImportError; it used to abort on an assertion).
import sys

class M:
    x = "class attr"
    _hidden = 1

sys.modules["objmod"] = M
from objmod import *
print(x)
print("_hidden" in globals())

class N:
    __all__ = ("y",)
    y = "from __all__"
    z = "not exported"

sys.modules["objmod"] = N()
from objmod import *
print(y, "z" in globals())

class P:
    def __init__(self):
        self.w = "instance attr"

sys.modules["objmod"] = P()
from objmod import *
print(w)

for bad in (1, None, 2.5, "text", (1, 2)):
    sys.modules["objmod"] = bad
    try:
        from objmod import *
        print("imported", type(bad).__name__)
    except (ImportError, AttributeError):
        print("ImportError", type(bad).__name__)

class Q:
    __all__ = ("a", 5)
    a = 1

sys.modules["objmod"] = Q
try:
    from objmod import *
except TypeError:
    print("TypeError")

class R:
    __all__ = ("missing",)

sys.modules["objmod"] = R
try:
    from objmod import *
except AttributeError:
    print("AttributeError")
