# Bitwise operators on big ints (two's complement semantics for negatives).
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 3
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | b, -a ^ b, -a & -b)
print(1 << 100, (1 << 100) >> 99, a >> 64, -a >> 64)
print((2 ** 70 - 1) & 0xffff, -(2 ** 70) >> 1)
