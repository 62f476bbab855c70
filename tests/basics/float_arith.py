# Float arithmetic with CPython's signs and special values.
print(1.5 + 2, 2 + 1.5, 3 - 0.5, 2.5 * 4, 7 / 2, 7.0 / 2, 1 / 3)
for a in (7.5, -7.5, 7, -7):
    for b in (2.0, -2.0, 0.5, float("inf"), -float("inf")):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -1, abs(-0.0), -(0.0))
print(2.0 ** 10, 2 ** -2, 2.0 ** 0.5, (-2.0) ** 2, (-2.0) ** 3, 10 ** -1, 4 ** 0.5)
print((-8.0) ** (1 / 3), (-1) ** 0.5)
print(float("inf") - float("inf"), float("inf") * 0, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1e16 + 1 == 1e16)
x = 1.5
x += 1
x *= 2
x /= 4
x -= 0.25
x **= 2
x //= 0.5
x %= 3
print(x)
print(True + 1.5, 1.5 * False, 3 * 0.1, 0.1 * 3)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2),
      round(1234.5678, -2), round(0.125, 2), round(0.375, 2), round(-0.0), round(1e20),
      round(5e-324, 400), round(1.5, 0), round(2.5, None), round(123.456, -5))
print(type(round(2.5)), type(round(2.5, 0)))
print(abs(-2.5), -(-2.5), +2.5, bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
