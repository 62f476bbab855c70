# int -> float conversion rounds to nearest, ties to even, for small and big
# ints of every size up to the overflow (the fast paths of es_int_to_double).
vals = [0, 1, -1, 2**52, 2**53 + 1, 2**53 + 3, 2**62 - 1, -2**62, 2**63 - 1, 2**63 + 1, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1,
        10**20, -10**20, 3**100, 2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, (2**53 + 1) << 200, ((2**53 + 1) << 200) + 1]
s = 12345
def rnd(bits):
    global s
    x = 0
    for _ in range(bits // 30 + 1):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        x = (x << 30) | (s >> 1)
    return x & ((1 << bits) - 1)


def show(v):
    try:
        print(float(v).hex())
    except OverflowError:
        print("OF")


for v in vals:
    show(v)
# Made one at a time, so the test also runs in a small heap.
for k in range(3000):
    n = rnd(10) % 1030 + 1
    x = rnd(n)
    if k % 3 == 0:
        x |= 1 << (rnd(10) % n)
    show(x if k % 2 else -x)
