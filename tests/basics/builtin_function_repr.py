# built-in functions print with the name their module gives them, as CPython
import time, sys, math
print(len, print, math.sqrt, sys.exit, time.sleep)
print(repr(abs), str(max))
import binascii, heapq
print(binascii.hexlify, heapq.heappush, sys.print_exception if hasattr(sys, "print_exception") else "<built-in function print_exception>")
print([f for f in (min, max, sum)])
