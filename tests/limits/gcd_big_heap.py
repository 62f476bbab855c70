# args: -X heapsize=64k
# skip-asan: under ASan this 64 KB heap runs out (red-zone blocks, and stale words in its larger C frames that the conservative scan keeps alive); plain builds (host, host32) pass
# skip-qemu: sized for the 64 KB heap its args set; the chip's fixed 38 KB heap (QEMU takes no -X heapsize) holds about half these numbers
# math.gcd/lcm of two ints that fill a good part of a 64 KB heap: the
# arguments are used as they are (each was copied first, and with the
# copies the divisions' scratch found no room: MemoryError).
import math


def fib(n):  # (F(n), F(n + 1)) by doubling: Euclid's worst case
    if n == 0:
        return 0, 1
    a, b = fib(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


a, b = fib(50000)
print(a.bit_length(), b.bit_length())
print(math.gcd(a, b), math.gcd(b, a), math.gcd(a, b, 0))
print(math.lcm(a, 1) == a, math.gcd(True, 4), math.gcd(a, True))
