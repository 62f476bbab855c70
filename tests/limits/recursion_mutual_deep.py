# ulimit-s: 256
# args: -X heapsize=1M
# Deep mutual recursion through several functions.
import sys
if hasattr(sys, 'setrecursionlimit'):
    sys.setrecursionlimit(5000)
def a(n):
    return n if n <= 0 else b(n - 1)
def b(n):
    return c(n - 1)
def c(n):
    return a(n - 1)
print(a(3000), a(2999))
