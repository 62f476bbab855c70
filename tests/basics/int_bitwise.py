# Bitwise operators on small ints, negatives included.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 5)
print(0xff & 0x0f, 0xf0 | 0x0f, 255 ^ 170)
