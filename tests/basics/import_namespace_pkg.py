# a directory without __init__.py is a package (namespace package), with
# submodules, subpackages and relative imports inside it.
import sys
sys.path.insert(0, '_mods')
import imp_ns.mod
print(imp_ns.mod.value, imp_ns.mod.__name__)
from imp_ns.deeper.leaf import leaf
print(leaf)
print(hasattr(imp_ns, '__path__'), 'imp_ns.deeper' in sys.modules)
print(sys.modules['imp_ns.deeper.leaf'].__name__)
try:
    import imp_ns.absent
except ImportError as e:
    print(type(e).__name__, e)
