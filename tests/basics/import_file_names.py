# __name__ and __file__ of imported modules and packages.
import sys
sys.path.insert(0, '_mods')
import espy_mod_a, espy_pkg.sub
for m in (espy_mod_a, espy_pkg, espy_pkg.sub):
    print(m.__name__, m.__file__.replace('\\', '/').split('_mods/')[-1])
print(__name__, '__file__' in globals())
print(hasattr(sys, '__file__'))
