# Big integer floor division and modulo, all sign combinations.
a = 10 ** 25 + 12345
b = 10 ** 12 + 7
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
    print(x // y, x % y)
    print(x // 3, x % 3, x // -7, x % -7)
print((2 ** 200) // (2 ** 100), (2 ** 200) % (2 ** 100 - 1))
print(12345678901234567890 // 1, 12345678901234567890 % 1)
