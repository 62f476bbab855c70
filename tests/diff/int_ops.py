# skip-stress: a full collection before each of its ~100,000 allocations takes over a minute; every other build, QEMU included, runs it
# Differential test: 1,000 rounds of random big ints (seeded LCG, so CPython
# and espy see the same operands) through every operator, pow with a
# modulus, shifts, bitwise ops on negative numbers and conversions to and
# from str in bases 2-36: over 15,000 expressions. Results are folded into a
# running digest printed every 10 rounds, with one full decimal value.
P = 2**61 - 1
state = 20261123

def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11

def big():
    r = rnd()
    nbits = r % 320 + 1
    x = 0
    while x.bit_length() < nbits:
        x = (x << 53) | rnd()
    x >>= x.bit_length() - nbits
    return -x if r & 1 else x

DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

def to_base(x, base):
    if x == 0:
        return '0'
    sign = '-' if x < 0 else ''
    x = abs(x)
    out = []
    while x:
        x, d = divmod(x, base)
        out.append(DIGITS[d])
    return sign + ''.join(reversed(out))

def fold(h, v):
    if isinstance(v, tuple):
        for e in v:
            h = fold(h, e)
        return h
    return (h * 1000003 + int(v)) % P

h = 0
for i in range(1000):
    a, b, m = big(), big(), big()
    sh = rnd() % 200
    vals = [a + b, a - b, a * b, a << sh, a >> sh, a & b, a | b, a ^ b,
            ~a, -a, abs(a), a < b, a <= b, a == b, a != b, a > b,
            a.bit_length()]
    if b:
        vals += [a // b, a % b, divmod(a, b)]
    if m:
        vals.append(pow(a, abs(b) % 500, m))
    vals.append(a ** (rnd() % 5))
    base = rnd() % 35 + 2
    s = to_base(a, base)
    vals += [int(s, base) == a, len(s), int(str(a)) == a,
             int(hex(a), 16) == a, int(oct(a), 8) == a, int(bin(a), 2) == a,
             len(format(a, 'x')), len(str(a))]
    for v in vals:
        h = fold(h, v)
    if i % 10 == 0:
        print(i, h, a * b)
print(h)
