# Small integers: the four operations, negatives, zero.
a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b)
print(-a + b, -a - b, -a * b, -a // b, -a % b)
print(0 * a, 0 - a, a - a)
print(1000000 * 1000, 123456 + 654321)
x = 0
for i in range(100):
    x = x + i * i
print(x)
