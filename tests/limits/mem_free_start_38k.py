# args: -X heapsize=38k
# gc.mem_free() at start in a 38 KB heap (issue 4): at least 37,000 bytes
# on 32-bit builds and the lx106, at least 34,000 on 64-bit ones.
import gc
import sys
free = gc.mem_free()
need = 34000 if sys.maxsize > 2**32 else 37000
# The script's absolute path (__file__) and directory (sys.path[0]) are
# interned names: their cost (up to 3 bytes a character with the name
# pool's growth and block rounding) depends on where the checkout lies,
# not on espy; on the board they are "main.py" and "".
need -= 3 * (len(__file__) + len(sys.path[0]))
print(free >= need or (free, need))
