# A float result may be written into the right operand when that operand is
# the float the instruction just before made (a temporary nothing else
# holds). Values that variables, containers or other frames hold must never
# change: each case keeps references and checks them afterwards.
a, b, c, d = 1.5, 2.5, 3.25, -0.5

x = a * b
y = x + c * d
print(x, y)

# the consumer is a jump target: the other branch pushes a variable's float
keep = []
for i in range(6):
    t = 2.0 * i
    r = c + (t if i % 2 else a * t)
    keep.append((t, r))
print(keep)

# the same code run by many frames, recursion in between
def f(n, v):
    if n == 0:
        return v
    w = v * 1.5
    return f(n - 1, w) + (w - 0.25) * 2.0

print(f(5, 1.0))

# a generator suspends between operands; its frame resumes later
def g():
    p = 1.25
    while True:
        q = p * 2.0
        yield q
        p = p + q * 0.5

gen = g()
vals = [next(gen) for _ in range(5)]
print(vals)

# in-place forms, chains, powers and comparisons
s = 0.5
s += a * b
s -= (s * 2.0) / (s + 1.0)
s *= c * d + a * b
print(s, a, b, c, d)
print(a * b + c * d - (a - b) * (c + d) / (d - a) ** 2.0)
print((a * b) < (c * d), (a * b) == (a * b), a * b ** 2.0)

# an exception between producer and consumer
def boom():
    raise ValueError("boom")

z = [0.0]
try:
    z[0] = a * b + boom()
except ValueError as e:
    print("ValueError", e, z)
try:
    print(a * b + 1.0 / (c - c))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# a class's reflected method returns a float others hold
G = 10.0

class R:
    def __radd__(self, o):
        return G

    def __mul__(self, o):
        return G

h = 1.0 + (R() * 2.0)
h2 = 1.0 + (a + R())
print(h, h2, G)

# lambda and comprehension bodies
sq = lambda v: v * v + v * 0.5
print([sq(v * 1.0) for v in range(5)], [u * 2.0 + u * 3.0 for u in (0.5, 1.5)])

# ints and floats mixed, the temporary on the right of int arithmetic
m = 7
print(m + m * 0.5, m - (m / 2), m * (m + 0.5), 3 // (m * 0.5), 3 % (m * 0.5))
