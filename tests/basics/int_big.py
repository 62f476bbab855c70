# Arbitrary precision: powers, factorials, carries.
print(2 ** 64)
print(2 ** 100)
print(-(2 ** 100))
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 20))
print(f % 1000000007)
big = 10 ** 30
print(big + 1, big - 1, big * big)
print(123456789012345678901234567890 + 987654321098765432109876543210)
print(99999999999999999999 * 99999999999999999999)
