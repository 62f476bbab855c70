# Less common float paths: __float__/__index__ conversions, pow special
# cases, __format__ called directly, fromhex rounding, NaN against big ints.
class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __float__(self):
        return "x"


print(float(F()), float(I()), float(2.5).__format__(".3f"), (1.5).__format__(""), (-0.0).__float__())
for t in [lambda: float(Bad()), lambda: float(1, 2), lambda: float(x=1), lambda: round(1.5, 1.0),
          lambda: (1.5).__format__(3), lambda: float.fromhex("0x"), lambda: float.fromhex("0x1p"),
          lambda: float.fromhex("0x1.0p5x"), lambda: float.fromhex(5), lambda: (1.5).nope]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
nan = float("nan")
print(nan ** 0, 1.0 ** nan, nan == 10 ** 30, nan != 10 ** 30, nan < 10 ** 30, 0.0 ** 0.0, (-1.0) ** 2.0)
print(round(2.5, 10 ** 30), round(2.5, -10 ** 30), round(1e-320, 5), round(-0.0001, 2), round(0.0, 3))
print(float.fromhex("0x1.fffffffffffff8p0"), float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.000000000000080001p0"),
      float.fromhex("0x123456789abcdef0123p0"), float.fromhex("0x1p-1075"), float.fromhex("0x1.8p-1074"),
      float.fromhex("0x.0000000000001p-1022"), float.fromhex("inf"), float.fromhex("-infinity"), float.fromhex("nan"))
try:
    float.fromhex("0x1.fffffffffffff8p1023")
except OverflowError as e:
    print("OverflowError", e)
print(7.5 // 2.5, 7.5 % 2.5, -7.5 // 2.5, 1e300 // 1e-300, divmod(5.0, 1.5), 0.5 // 0.1, (-0.0) // 1.0, 0.0 % -1.0)
