# int / int is the correctly rounded float, for small, huge and tiny
# quotients; int ** negative int is a float.
print(7 / 2, -7 / 2, 7 / -2, 1 / 3, 2 / 3, 0 / 5, 0 / -5, 6 / 3)
print(10 ** 30 / 7, -(10 ** 30) / 7, (2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2)
print(3 / 2 ** 1076, 1 / 2 ** 1075, 3 / 2 ** 1075, 1 / 10 ** 400, -1 / 10 ** 400)
print((10 ** 400 + 1) / 10 ** 399, (2 ** 1024 - 2 ** 971) / 1, (2 ** 1024 - 2 ** 970 - 1) / 1, 10 ** 308 * 17 / 10)
print((3 ** 700) / (7 ** 300), (7 ** 300) / (3 ** 700), (10 ** 200 + 1) / (10 ** 200 - 1))
for k in (0, 1, 5, 60, 100, 500):
    a = ((1 << 54) + 1) << k
    print(a / (1 << k), a / (3 << k), -a / ((1 << 60) << k))
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -5, (-1) ** -(10 ** 20), True / 4)
for f in (lambda: 1 / 0, lambda: (10 ** 50) / 0, lambda: 10 ** 400 / 1,
          lambda: 2 ** 1024 / 1, lambda: 0 ** -1, lambda: (2 ** 1024 - 2 ** 969) / 1):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
