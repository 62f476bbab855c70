# ulimit-s: 256
# args: -X heapsize=1M
# Python-to-Python calls do not recurse in C: depth 5,000 at the default heap (1 MB)
# while the process has only a 256 KB C stack. (CPython needs a raised
# recursion limit for this depth; espy's depth is bounded by its heap.)
import sys
if hasattr(sys, 'setrecursionlimit'):
    sys.setrecursionlimit(6000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(5000))
def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(5000, 0))
