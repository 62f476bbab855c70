# Big ints of thousands of digits.
n = 2 ** 10000
print(len(str(n)), str(n)[:30], n % 999983)
f = 1
for i in range(1, 501):
    f *= i
print(len(str(f)), f % (2 ** 61 - 1))
