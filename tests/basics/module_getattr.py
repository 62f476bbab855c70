# a module's __getattr__ answers for names it lacks (PEP 562): attribute
# access, getattr with a default, hasattr, from-import.
import sys
sys.path.insert(0, '_mods')
import imp_getattr as m
print(m.known, m.lazy_abc, m.lazy_abc)
print(getattr(m, 'other', 'default'), hasattr(m, 'lazy_x'), hasattr(m, 'x'))
from imp_getattr import lazy_zz
print(lazy_zz)
try:
    m.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    from imp_getattr import nothing
except ImportError as e:
    print('ImportError')
