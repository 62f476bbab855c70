# The VM's fast paths (core/vm.c): small-int operators at the edges of a
# small int on 32 and 64 bits (overflow to big ints, shifts, floor division
# and modulo signs, errors), and list/tuple items at small-int indices.
vals = [0, 1, -1, 2, -2, 3, -7, 7, 63, 64, 100, -100, 2**30 - 1, -2**30, 2**31, 2**62 - 1, -2**62, 2**62, 2**63, -2**63, 12345678901, -98765]
ops = [lambda a, b: a * b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
       lambda a, b: a << b, lambda a, b: a >> b, lambda a, b: a // b, lambda a, b: a % b]
for o in ops:
    for a in vals:
        for b in vals:
            try:
                if o is ops[4] and b > 200:
                    continue
                r = o(a, b)
            except Exception as e:
                r = type(e).__name__
            print(r, end=" ")
        print()
for a in vals:
    x = a
    x *= 3; x //= 2; x %= 1000; x <<= 3; x >>= 1; x &= 0xff; x |= 256; x ^= 5
    print(x, end=" ")
print()
l = [1, 2, 3]; t = (4, 5, 6)
for i in range(-4, 4):
    for s in (l, t):
        try:
            print(s[i], end=" ")
        except IndexError as e:
            print("IE", e, end=" ")
    try:
        l[i] = i * 10
    except IndexError as e:
        print("IE", e, end=" ")
print(l)
print(l[True], t[False])
l[True] = 'b'
print(l)
try:
    t[0] = 1
except TypeError as e:
    print(e)
class L(list):
    def __getitem__(self, i):
        return "own"
print(L([1])[0])
