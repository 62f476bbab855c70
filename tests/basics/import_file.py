# importing modules and packages from files on sys.path (helpers in _mods/).
import sys
sys.path.insert(0, '_mods')
import espy_mod_a
import espy_mod_a as again
print(espy_mod_a.value, espy_mod_a.double(4), again is espy_mod_a)
from espy_mod_a import double, value as v
print(double(5), v)
import espy_pkg
print(espy_pkg.pkg_value)
import espy_pkg.sub
print(espy_pkg.sub.where())
from espy_pkg.other import answer
print(answer)
from espy_pkg import sub as s2
print(s2 is espy_pkg.sub)
print('espy_mod_a' in sys.modules, 'espy_pkg.sub' in sys.modules)
espy_mod_a.extra = 'set'
print(espy_mod_a.extra)
del espy_mod_a.extra
print(hasattr(espy_mod_a, 'extra'))
try:
    import espy_bad
except ValueError as e:
    print('ValueError', e, 'espy_bad' in sys.modules)
try:
    import espy_no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from espy_mod_a import missing_name
except ImportError as e:
    print(type(e).__name__)
try:
    import espy_pkg.nothing
except ImportError as e:
    print(type(e).__name__, e)
m = __import__('espy_mod_a')
print(m.value, type(m).__name__)
