# float() and int() conversions, hex/fromhex, as_integer_ratio, is_integer.
print(float(), float(3), float(-7), float(10 ** 30), float(2 ** 1023 * 1.5 // 1 if False else 2 ** 1023))
print(float("1.5"), float("  -2.5e3  "), float("1_000.5"), float("inf"), float("-Infinity"), float("NaN"))
print(float(" .5 "), float("5."), float("1e-400"), float("1e400"), float(True), float(2.5))
print(int(2.9), int(-2.9), int(1e20), int(-1e30), int(5e-324), int(1.7976931348623157e308) % 1000)
print(10 ** 400 / 10 ** 399, 1 / 3, 2 ** 2000 / 2 ** 1999, (10 ** 50 + 1) / 10 ** 50, 7 // 2 / 2)
print((0.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (3.0).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print((1.5).is_integer(), (2.0).is_integer(), float("inf").is_integer())
for x in [1.0, -0.1, 5e-324, 1.7976931348623157e308, 0.0, -0.0, 3.5, float("inf")]:
    print(x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1.fffffffffffff8p1023") if False else 0,
      float.fromhex(" -0X1.8P+1 "), float.fromhex("0x.8"), float.fromhex("1p4"), float.fromhex("0x1.00000000000008p0"))
print(1.5.real, 1.5.imag, (2.5).conjugate(), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
for bad in ["abc", "", "1e", "1__0", "0x10", "1.5.5", "- 1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in [[], None, "x", {}]:
    try:
        float(bad) if not isinstance(bad, str) else int(float("nan"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: int(float("inf")), lambda: int(float("-inf")), lambda: int(float("nan")),
          lambda: float(10 ** 400), lambda: 10 ** 400 / 1.0, lambda: float.fromhex("zz"),
          lambda: float.fromhex("0x1p99999"), lambda: float("nan").as_integer_ratio(),
          lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5e308, -308)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
