# & | ^ ~ << >> on negative and big ints (two's complement of any size).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, -2 ** 64, 2 ** 100 + 12345, -(2 ** 100) - 1, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, [(a & b) % 1000003 for b in vals])
    print([(a | b) % 1000003 for b in vals])
    print([(a ^ b) % 1000003 for b in vals])
for s in (0, 1, 15, 16, 17, 31, 32, 63, 64, 65, 100, 200):
    print(s, (-5) << s, -(2 ** 100) >> s, (2 ** 100 + 1) >> s, (-(2 ** 100) - 1) >> s, -1 >> s)
print(-(2 ** 64) >> 64, (-(2 ** 64) - 1) >> 64, (-(2 ** 64) + 1) >> 64)
print(1 << 0, 0 << 10000, -1 << 70, 3 >> 10000, -3 >> 10000)
print(-(10 ** 30) & 0xffffffff, (10 ** 30) | -(2 ** 10), -(10 ** 30) ^ -(10 ** 29))
for f in (lambda: 1 << -1, lambda: 1 >> -1, lambda: (2 ** 100) << -(2 ** 100)):
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
