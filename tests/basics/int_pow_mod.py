# pow() with a modulus: negative bases, exponents and moduli, big operands.
print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 5, 7), pow(-3, 5, -7))
print(pow(5, 0, 1), pow(5, 0, -3), pow(0, 0, 7), pow(2, 0, -3), pow(7, 1, -1))
print(pow(2, 10 ** 20, 10 ** 9 + 7), pow(12345, 6789, 2 ** 31), pow(-12345, 6789, 2 ** 31 - 1))
print(pow(3, -1, 7), pow(-3, -1, 7), pow(3, -2, -7), pow(38, -1, 97))
m = 2 ** 127 - 1
print(pow(3, m - 1, m), pow(2 ** 100 + 3, 2 ** 70 + 5, m), pow(-(10 ** 40), 65537, m))
print(pow(2 ** 100, -1, 10 ** 30 + 1), pow(10 ** 30, 3, -(2 ** 89 - 1)))
for b in (-7, -1, 0, 1, 6, 10 ** 20):
    for e in (0, 1, 2, 3, 31, 64, 10 ** 12):
        print(pow(b, e, 13), pow(b, e, -13), pow(b, e, 2 ** 64 + 13), end=' ')
    print()
for args in ((2, 3, 0), (2, -1, 4), (0, -1, 5), (2, -1, 1)):
    try:
        print(pow(*args))
    except ValueError as e:
        print('ValueError', e)
