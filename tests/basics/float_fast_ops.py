# Float arithmetic and comparisons with floats and small ints (the VM's
# fast path) agree with the general path: results, errors, NaN, ints near
# and beyond 2**53, in-place forms, and float subclasses keep their methods.
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, inf, -inf, 3, -7, 0, True,
        2**53, 2**53 + 1, -(2**53) - 1, 2**62, 10**30]
for a in vals:
    for b in vals:
        if not (isinstance(a, float) or isinstance(b, float)):
            continue
        row = [a < b, a <= b, a == b, a != b, a > b, a >= b]
        for f in (lambda: a + b, lambda: a - b, lambda: a * b,
                  lambda: a / b, lambda: a // b, lambda: a % b):
            try:
                row.append(f())
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(repr(a), repr(b), row)
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan == 1, 1 != nan)
x = 1.5
x += 2
x *= 3
x -= 0.5
x /= 2
print(x)
try:
    x /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.5 | 2
except TypeError as e:
    print("TypeError", e)
try:
    1.5 < "a"
except TypeError as e:
    print("TypeError", e)
print(1.5 ** 2, 2 ** 0.5, (-8) ** 2.0, 2.0 ** -1)


class F(float):
    def __add__(self, o):
        return "F.add"

    def __lt__(self, o):
        return "F.lt"

    def __radd__(self, o):
        return "F.radd"


f = F(2.0)
print(f + 1.0, f < 3.0, 1.0 + f, 1 + f, f * 2.0, type(f * 2.0).__name__)
for i in range(-3, 4):
    print(i, i * 0.5, i / 2.0, 0.5 + i, i - 0.25, i < 0.5, 0.5 >= i)
