# Differential test: 10,000 doubles from random bit patterns (a seeded LCG
# written here, so CPython and espy see the same values; built exactly with
# float.fromhex) through repr, '%.17g', '%.3e', '{:,.2f}' and
# float(repr(x)) == x. Subnormals, infinities, NaN and -0.0 are included.
M64 = 2 ** 64
state = 0x9E3779B97F4A7C15


def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % M64
    return state


def make(bits):
    neg = bits >> 63
    field = (bits >> 52) & 0x7FF
    mant = bits & (2 ** 52 - 1)
    sign = "-" if neg else ""
    if field == 0x7FF:
        return float(sign + ("inf" if mant == 0 else "nan"))
    if field == 0:
        return float.fromhex(sign + "0x0." + format(mant, "013x") + "p-1022")
    return float.fromhex(sign + "0x1." + format(mant, "013x") + "p"
                         + str(field - 1023))


def value(i):
    r = rand64()
    kind = r % 16
    if kind == 0:    # subnormal
        r &= ~(0x7FF << 52)
    elif kind == 1:  # inf / nan, or a zero
        r = r | (0x7FF << 52) if r & 64 else r & (1 << 63)
        if r & 128 and r & (0x7FF << 52):
            r &= ~(2 ** 52 - 1)  # an infinity
    elif kind < 8:   # an everyday magnitude: exponent within 2^-70..2^70
        field = 1023 + (r >> 8) % 141 - 70
        r = (r & ~(0x7FF << 52)) | (field << 52)
    return make(r)


bad = 0
for i in range(10000):
    x = value(i)
    print(repr(x), "%.17g" % x, "%.3e" % x, "{:,.2f}".format(x))
    if x == x and float(repr(x)) != x:
        bad += 1
        print("round trip failed:", repr(x))
print("round trip failures:", bad)
