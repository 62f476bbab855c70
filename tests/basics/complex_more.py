# Less common complex paths: conversions through __complex__/__float__,
# comparisons with ints and floats, hashing, powers, cmath extras.
import cmath


def c(*zs):  # C-library results: 12 significant digits (the last ulp varies)
    print(*["(%.12g, %.12g)" % (z.real, z.imag) for z in zs])


class C:
    def __complex__(self):
        return 1 + 2j


class Fl:
    def __float__(self):
        return 0.5


print(complex(C()), complex(Fl()), complex(Fl(), Fl()), complex("  3  "), complex("-2.5e-3J"))
print(1j == 1j, 1 + 0j == 1, 2.5 + 0j == 2.5, 1j != 0, hash(1j) == hash(1j), (0.5 + 0.5j) ** 2, (1 + 1j) ** 100)
c((2 + 3j) ** (1 + 1j), 1j ** 1j, (1 + 1j) ** -3)
print(abs(3e200 + 4e200j))


c(cmath.tan(1 + 1j), cmath.asin(0.5), cmath.acos(2), cmath.atan(1j / 2), cmath.sinh(1j), cmath.cosh(1 + 1j))
c(cmath.tanh(0.5), cmath.asinh(1), cmath.acosh(2), cmath.atanh(0.5), cmath.log(1j, 2), cmath.exp(1 + 1j))
print(cmath.isinf(1j), cmath.isnan(1j), cmath.isfinite(complex(cmath.inf, 0)), cmath.isclose(1, 1.000000001, rel_tol=1e-6),
      cmath.isclose(1e-12, 0, abs_tol=1e-9), cmath.isclose(complex(cmath.inf, 0), 1))
for t in [lambda: complex(2, C()), lambda: complex("1+2j", 1), lambda: complex(1, "2"), lambda: complex("(1+2j"), lambda: complex(""),
          lambda: complex(real=1, x=2), lambda: complex(1, 2, 3), lambda: abs(complex(1e308, 1e308)),
          lambda: (1e200 + 1e200j) ** 2 + 0, lambda: (10 + 10j) ** 1000, lambda: cmath.isclose(1, 1, rel_tol=-1),
          lambda: cmath.exp(1000), lambda: cmath.polar(complex(1e308, 1e308)), lambda: (1j).conjugate(), lambda: (1j).nope]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
