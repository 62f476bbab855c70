# format()/f-strings and %-formatting of floats: e f g % n, width,
# precision, sign, zero padding, grouping, alternate form, z.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1234567.891, 1e-7, 2.5e16, 1e100,
        0.000123456, 99.995, 0.5, 1.5, 2.5, float("inf"), -float("inf"), float("nan")]
specs = ["", "e", ".3e", "E", "f", ".2f", ".0f", "#.0f", "F", "g", ".3g", "#.3g",
         "G", ".10g", "%", ".1%", "n", ".3", ",.2f", "_.3f", "+.2f", " .1f",
         "015.3f", "<10.2f", ">12.3e", "^12g", "*^15.2f", "010,.1f", "z.1f", "+010.2e", "-.2g"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
x = 3.14159
print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.1e}|{x:+g}|{x:,}|{-x:08.2f}|{x!r}")
print(format(1234.5, ","), format(1e20, ",.0f"), format(1234, ".2f"), format(10, "e"), format(7, "%"))
print("%e %f %g %E %F %G" % (1.5, 2.25, 0.0001, 12345.678, 1e-10, 1e20))
print("%.3f|%10.2f|%-10.2f|%010.2f|%+.1e|% .2f|%#.0f|%#g|%.0e" % (1.0005, 3.14159, 2.5, -2.5, 12345.0, 1.5, 2.0, 1.0, 15.0))
print("%5.1f%%" % 99.95, "%g" % 1e-5, "%g" % 123456789.0, "%.15g" % 0.1, "%.17g" % 0.1, "%.0f" % 0.5, "%.0f" % 1.5)
print("%f" % 3, "%e" % 10 ** 20, "%.2f" % 1e300)
print("%s %r %d %i" % (1.5, 1.5, 2.9, -2.9))
for bad in [lambda: format(1.5, "x"), lambda: format(1.5, "d"), lambda: "%f" % "a", lambda: format(1.5, ",d")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
