# Complex numbers: literals, complex(), arithmetic, abs, parts, repr.
print(1j, 2.5j, 1 + 2j, 1 - 2j, -1j, (1 + 0j), 0j, -(0j), complex(1, -0.0), complex(-0.0, 1))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1)
for z in (a ** 0.5, 2 ** a, a ** b):  # libm results: 12 significant digits
    print("%.12g %.12g" % (z.real, z.imag))
print(abs(a), a.real, a.imag, a.conjugate(), -a, +a, a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3.0)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 1 / a, True + 1j)
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" ( -1.5-2.5j ) "),
      complex("j"), complex("-j"), complex("1e3"), complex("1e-3+1e3j"), complex(real=1, imag=2),
      complex(1j, 1j), complex(1 + 2j))
print(complex(float("inf"), float("nan")), complex(1e300, 1e-300), 1e16 + 1j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), bool(0j), bool(1j), bool(0.0 + 0.5j))
print((1 + 2j) ** 3, (1j) ** 2, (2 + 0j) ** 10, 1j ** 0, (0j) ** 2)
x = 1 + 1j
x += 1
x *= 1j
x /= 2
x -= 1j
print(x, type(x).__name__)
for t in [lambda: 1j / 0, lambda: (1 + 1j) // 2, lambda: 1j % 2, lambda: 1j < 2j,
          lambda: complex("x"), lambda: complex("1+"), lambda: complex([]), lambda: complex(1, "2"),
          lambda: complex("1", 2), lambda: 0j ** -1, lambda: int(1j), lambda: float(1j)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
