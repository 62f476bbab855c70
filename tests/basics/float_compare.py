# Comparisons between floats and ints are exact, even for big ints.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, 2 ** 53 == 2.0 ** 53)
print(10 ** 30 == 1e30, 10 ** 30 < 1e30, int(1e30) == 1e30, 2 ** 1000 < float("inf"))
print(1 < 1.5 < 2, 2 > 1.5, -1 <= -1.0, 3 >= 3.5, 1 != 1.0, 0 == -0.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, 1 == nan, [nan] == [nan], nan in [nan])
x = nan
print(x == x, x is x)
print(float("inf") > 10 ** 400, -float("inf") < -10 ** 400, 1e308 < 10 ** 309)
print(sorted([3, 1.5, -2, 2.5, 0, -0.5]), max(1, 2.5), min(-1.0, -1))
print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(1e20) == hash(10 ** 20),
      hash(2.0 ** 70) == hash(2 ** 70), hash(0.0) == hash(-0.0) == 0)
print(hash(0.5) == hash(0.5), hash(-0.5) != hash(0.5), hash(float("inf")), hash(-float("inf")))
d = {1: "int", 1.0: "float", 2.5: "x"}
print(d, d[1.0], 2.5 in d, [0.0, -0.0, 0].count(0))
