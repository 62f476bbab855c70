# int methods and attributes: bit_length, bit_count, conjugate, ratio, real...
for n in (0, 1, -1, 255, -256, 2 ** 30, 2 ** 64 - 1, -(2 ** 64), 3 ** 100):
    print(n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(),
          n.real, n.imag, n.numerator, n.denominator)
print(True.bit_length(), True.real, False.imag, True.conjugate(), True.as_integer_ratio())
x = 10 ** 25
print(x.bit_length(), (-x).bit_length(), (x - x).bit_length())
