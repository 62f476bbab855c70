# helper for import_extensible.py: extends the built-in time module, which
# it reaches as utime (the u-prefix always names the built-in)
from utime import *
import utime
extra = 'time from _ext'
built_in = utime
