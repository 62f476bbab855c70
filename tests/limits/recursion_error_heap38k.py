# args: -X heapsize=38k
# Unbounded recursion in a 38 KB heap raises RecursionError cleanly, and the
# interpreter keeps working afterwards.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print('ok')
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(100))
