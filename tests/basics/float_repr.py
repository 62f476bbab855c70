# repr/str of floats: shortest round-trip digits, CPython's layout.
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100.0, 1e15, 1e16,
          1.5e16, 123456789012345678.0, 1e22, 1e23, 1e-4, 1e-5, 0.00012345,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.14159,
          2.5e-7, 9007199254740993.0, 1e100, 12345.678]:
    print(repr(x), str(x), x)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print([1.5, -0.0], (2.0,), {1.5: 2.5})
print(str(1e16), "%s %r" % (0.1, 0.1))
