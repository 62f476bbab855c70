# Equal ints hash equal; small ints hash to themselves; hash(-1) == -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(-(2 ** 29)))
big = 2 ** 100
print(hash(big) == hash(2 ** 100), hash(big - big) == 0, hash(-big) == -hash(big))
d = {}
for i in range(60):
    d[2 ** i] = i
    d[-(2 ** i)] = -i
print(sum(d[2 ** i] for i in range(60)), d[2 ** 59], d[-(2 ** 40)], len(d))
s = {10 ** 20: 1, 10 ** 20 + 0: 2, 2 * 5 * 10 ** 19: 3, 10 ** 20 + 1: 4}
print(len(s), (10 ** 20) in s, 10 ** 21 in s, s[10 ** 20])
