# str() and repr() of ints round-trip through int().
for n in (0, 1, -1, 42, -42, 2 ** 31, -2 ** 63, 10 ** 50, -(7 ** 60)):
    s = str(n)
    print(s, repr(n), int(s) == n, len(s))
print(len(str(2 ** 1000)))
