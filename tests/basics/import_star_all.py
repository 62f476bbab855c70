# from package import * with __all__: submodules it names are imported,
# a module __getattr__ may supply names, a missing name is AttributeError.
import sys
sys.path.insert(0, '_mods')
from imp_star_lazy import *
print(visible, part.what, lazy, 'hidden' in globals())
try:
    from imp_star_missing import *
except AttributeError as e:
    print('AttributeError')
print(here)
