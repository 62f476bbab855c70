# Modules frozen into the firmware (frozen/: const code objects, found
# through the '.frozen' entry of sys.path): a module and a package.
import sys
print('.frozen' in sys.path)
import _espy_frozen_mod as m
print(m.__name__, m.__file__)
print(m.MASK, m.BIG, m.RATIO, m.Z, m.MAGIC, len(m.MAGIC), hash(m.MAGIC) == hash(b'\x00espy\xff'))
print(m.TUPLE, hash(m.TUPLE) == hash((1, 'two', (3.0, None, True, ...), b'x', -5000000000, 2 ** 65)))
print(m.scale(3), m.scale(3, 5), m.scale(3, offset=1), m.scale(x=1, factor=4))
step = m.counter(10)
print(step(), step())
print(list(m.evens(7)), sum(m.evens(100)))
p = m.Point(1, 2)
print(p, type(p).__name__, isinstance(p, m.Point))
try:
    m.fail()
except ValueError as e:
    print('ValueError', e)
import _espy_frozen_pkg
print(_espy_frozen_pkg.NAME, _espy_frozen_pkg.__path__, _espy_frozen_pkg.__file__)
print(_espy_frozen_pkg.greet('test'))
from _espy_frozen_pkg import sub
print(sub.__name__, sub.__file__, sub is _espy_frozen_pkg.sub)
try:
    import _espy_frozen_pkg.absent
except ImportError as e:
    print(type(e).__name__, e)
# sys.path decides: without '.frozen' the frozen modules are not found
del sys.modules['_espy_frozen_mod']
sys.path.remove('.frozen')
try:
    import _espy_frozen_mod
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append('.frozen')
import _espy_frozen_mod as again
print(again is m, again.scale(1))
