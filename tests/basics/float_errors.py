# Float errors: CPython's exception types and texts.
tests = [
    lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0), lambda: divmod(3, 0.0),
    lambda: 0.0 ** -1, lambda: 0 ** -1.0, lambda: 10.0 ** 400,
    lambda: 2.0 ** 10000, lambda: (-2.0) ** 1e300 + 1, lambda: 1.5 + "a", lambda: "a" * 1.5,
    lambda: [1] * 2.0, lambda: 1.5 & 1, lambda: ~1.5, lambda: 1.5 << 1, lambda: 1.5 < "a",
    lambda: hash(float("nan")) is None, lambda: 10 ** 400 * 1.0,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
