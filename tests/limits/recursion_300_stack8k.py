# args: -X heapsize=38k -X stacklimit=8k
# skip-asan: ASan's instrumented C frames are several times larger, so 8 KB of C stack does not hold even ordinary call chains; plain builds and the lx106 pass
# At the ESP8266's 38 KB heap and 8 KB C stack, Python recursion reaches
# depth 300 (frames live on the heap, not the C stack); deeper ends in a
# clean RecursionError (a RuntimeError), and the program goes on.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(300))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))
print(depth(300))
