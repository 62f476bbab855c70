# names stored into builtins are seen by every module (a module global of
# the same name still wins); builtins.__import__ replaces the import
# statement's function.
import builtins
builtins.espy_shared = 'shared'
print(espy_shared)
def f():
    return espy_shared
print(f())
espy_shared = 'global'
print(f(), builtins.espy_shared)
del espy_shared
del builtins.espy_shared
try:
    f()
except NameError as e:
    print('NameError', e)
orig = builtins.__import__
def traced(name, globals=None, locals=None, fromlist=(), level=0):
    print('import', name, fromlist, level)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = traced
import math
from math import sqrt
print(sqrt(4.0))
builtins.__import__ = orig
import math
print('done')
