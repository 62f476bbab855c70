# helper for import_circular.py: sees a half-made (x set, y not yet)
from .a import x
import sys
z = x + 10
a_has_y = hasattr(sys.modules['imp_circ.a'], 'y')
