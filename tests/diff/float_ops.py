# skip-stress: 10,000 cases with a full collection before each allocation take minutes; every other build, QEMU included, runs it
# Differential test: 10,000 random float/int operand pairs (seeded LCG, built
# exactly with float.fromhex) through + - * / // % divmod, the comparisons,
# int(), round(x), round(x, n), hash equality with ints, and mixed int/float
# arithmetic including big ints. Errors print their type and text.
M64 = 2 ** 64
state = 0x0DDB1A5E5BAD5EED


def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % M64
    return state


def rfloat():
    r = rand64()
    kind = r % 10
    sign = "-" if r & 1024 else ""
    if kind == 0:
        return float(sign + "0")
    if kind == 1:   # small integral values, often equal to an int operand
        return float(sign + str((r >> 20) % 50))
    if kind == 2:   # halves and quarters (ties for round)
        return float(sign + str((r >> 20) % 1000)) / 4
    field = 1023 + (r >> 12) % 161 - 80 if kind < 8 else 1 + (r >> 12) % 2046
    return float.fromhex(sign + "0x1." + format(r >> 11 & (2 ** 52 - 1), "013x")
                         + "p" + str(field - 1023))


def rint():
    r = rand64()
    if r % 4 == 0:
        return (r >> 8) * (r >> 12) * (-1 if r & 2 else 1)  # beyond 2^53
    return (r >> 40) % 100 - 50


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for i in range(10000):
    a = rfloat()
    b = rfloat() if i % 3 else rint()
    if i % 5 == 0:
        a, b = b, a
    out = [show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b),
           show(lambda: a // b), show(lambda: a % b), show(lambda: divmod(a, b)),
           a < b, a <= b, a == b, a != b, a > b, a >= b]
    x = a if isinstance(a, float) else b
    out += [show(lambda: int(x)), show(lambda: round(x)), show(lambda: round(x, 1)),
            show(lambda: round(x, -1)), show(lambda: hash(x) == hash(int(x)) if x == int(x) else True)]
    print(*out)
