# Big ints to and from decimal text; long computations.
n = 3 ** 500
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(int('9' * 60) + 1 == 10 ** 60, int('-' + '1' * 40))
m = 1
for i in range(200):
    m = m * 31 + i
print(m % (10 ** 9 + 7), m // 10 ** 280)
print(2 ** 521 - 1)
