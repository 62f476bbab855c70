# Differential test: 10,000 decimal strings (seeded LCG) read by float()
# and printed with repr: random digit strings with exponents across the
# whole range (subnormals, overflow to inf, underflow to 0), long mantissas,
# and strings just around the halfway points between neighbouring doubles.
M64 = 2 ** 64
state = 0x2545F4914F6CDD1D


def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % M64
    return state


def digits(n):
    s = ""
    while len(s) < n:
        s += str(rand64() % 10 ** 18).zfill(18)
    return s[:n]


def text(i):
    r = rand64()
    kind = r % 8
    sign = "-" if r & 256 else ""
    if kind < 3:    # short mantissa, any exponent
        d = digits(1 + (r >> 9) % 17)
        return sign + d[0] + "." + d[1:] + "e" + str((r >> 20) % 660 - 340)
    if kind == 3:   # long mantissa (past 17 digits)
        d = digits(18 + (r >> 9) % 60)
        return sign + "0." + d + "e" + str((r >> 20) % 640 - 320)
    if kind == 4:   # around a halfway point: 17 digits, then 5, 49999, 50001
        d = digits(17)
        tail = ("5", "49999999", "50000001", "5000000000000000000000")[(r >> 9) % 4]
        return sign + d[0] + "." + d[1:] + tail + "e" + str((r >> 20) % 600 - 300)
    if kind == 5:   # subnormal range and the edges of underflow/overflow
        d = digits(1 + (r >> 9) % 20)
        e = (-330, -324, -323, -320, -310, -308, 306, 308, 309)[(r >> 30) % 9]
        return sign + d[0] + "." + d[1:] + "e" + str(e)
    if kind == 6:   # plain decimals with underscores
        return sign + digits(3) + "_" + digits(2) + "." + digits((r >> 9) % 10 + 1)
    return sign + "0." + "0" * ((r >> 9) % 30) + digits(1 + (r >> 20) % 25)


for i in range(10000):
    t = text(i)
    x = float(t)
    print(t, repr(x), x.hex())
for t in ["inf", "-Infinity", "nan", "  1.5  ", "1e500", "-1e-500",
          "2.4703282292062327e-324", "2.4703282292062328e-324",
          "1.7976931348623157e308", "1.7976931348623158e308",
          "1.7976931348623159e308", "0e0", "-0.0", ".5", "5.", "1_000.000_1"]:
    print(repr(t), repr(float(t)))
for t in ["", "1e", "e5", "1__0", "_1", "1_", "1._5", "--1", "in", "nanx",
          "0x10", "1e+", "1.5j", ". 5"]:
    try:
        float(t)
    except ValueError as e:
        print(e)
