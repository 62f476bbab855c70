# A small algorithm: Euclid's gcd over big numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(2 ** 100, 6 ** 50), gcd(17, 5), gcd(0, 9))
def lcm(a, b):
    return a // gcd(a, b) * b
x = 1
for i in range(1, 40):
    x = lcm(x, i)
print(x)
