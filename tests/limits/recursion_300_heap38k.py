# args: -X heapsize=38k
# Depth 300 fits in the ESP8266's 38 KB heap.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(300))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(300) % 1000003)
