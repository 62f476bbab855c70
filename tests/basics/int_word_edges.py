# Values around the small-int and machine-word boundaries (30, 31, 32, 62,
# 63 and 64 bits), where a small int must turn into a big one and back.
for bits in (29, 30, 31, 32, 61, 62, 63, 64, 65):
    n = 2 ** bits
    print(bits, n - 1, n, n + 1, -n, -n - 1)
    print((n - 1) + 1, n - 1 - (n - 1), (n + 1) - n, n * 2 // 2)
x = 2 ** 30 - 1
print(x + 1, x * x, -x - 2)
y = 1073741823
print(y + y, y * 4, (y + 1) // 2)
m = 9223372036854775807
print(m + 1, -m - 1, -m - 2, m * m, m // -1)
print(-4611686018427387904 // -1, -1073741824 // -1)
print(abs(-2 ** 63), abs(-2 ** 31), -(-2 ** 30))
