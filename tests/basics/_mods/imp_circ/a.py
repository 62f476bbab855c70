# helper for import_circular.py: imports b, which imports a back
x = 1
from . import b
y = b.z + 1
