# MicroPython's import order: built-ins that cannot be extended (sys,
# micropython...) first, then sys.path, then the extensible built-ins
# (time, random...), so a module on the path can extend one; uNAME always
# gives the built-in NAME.
import sys
sys.path.insert(0, '_ext')
import micropython, usys
print(hasattr(sys, '__file__'), hasattr(micropython, '__file__'), usys is sys)
import time
print(time.extra, time.built_in.__name__, hasattr(time.built_in, '__file__'))
print(time.ticks_diff(5, 3), time.ticks_diff is time.built_in.ticks_diff)
import utime
print(hasattr(utime, 'extra'), utime is time.built_in)
import random
print(random.extra, hasattr(random.built_in, '__file__'), random.getrandbits(0))
print(sys.modules['time'] is time, sys.modules['random'] is random)
import struct
print(hasattr(struct, '__file__'))
sys.path.pop(0)
