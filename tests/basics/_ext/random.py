# helper for import_extensible.py: extends the built-in random module, which
# it reaches with an empty sys.path (that forces the built-in)
import sys
_path = sys.path
sys.path = ()
from random import *
import random as built_in
sys.path = _path
del _path
extra = 'random from _ext'
