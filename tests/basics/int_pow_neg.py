# int ** negative int: float results, signed zeros, exponents beyond 2**53.
for a in (2, -2, 3, -3, 10, -10, 7, 1, -1, 12345, 2 ** 100):
    print(a, [a ** -n for n in (1, 2, 3, 5, 17, 100, 300, 1074, 1075, 1076, 1077, 2000, 10 ** 20, 10 ** 20 + 1)])
