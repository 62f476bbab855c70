# The cmath module.
import cmath
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2j), cmath.exp(0), cmath.exp(1j * cmath.pi).real)
print(cmath.log(1), cmath.log(-1), cmath.phase(-1), cmath.phase(1j))
print("%.12g %.12g" % (cmath.log(100, 10).real, cmath.log10(1000).real))  # the last ulp varies with the C library
print(cmath.polar(1j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2).real < 1e-15)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, cmath.inf)), cmath.isnan(complex(cmath.nan, 0)),
      cmath.isclose(1j, 1j + 1e-12), cmath.isclose(1, 1.5))
print(abs(cmath.sin(1 + 1j) - (1.2984575814159773 + 0.6349639147847361j)) < 1e-15)
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)


class Z:
    def __complex__(self):
        return 2j


print(cmath.sqrt(Z()), cmath.sqrt(4), cmath.sqrt(True), cmath.exp(0.5).imag)
for bad in ["1", None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
