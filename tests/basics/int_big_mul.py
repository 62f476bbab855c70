# Big multiplication (schoolbook and Karatsuba sizes), powers and factorials,
# checked through identities and printed in hex and modulo.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(1000)
print(f % (10 ** 9 + 7), len(hex(f)), f // fact(998) == 999 * 1000)
a = 3 ** 3000
b = 7 ** 2500
p = a * b
print(p % 1000000007, p // a == b, p % a, hex(p)[:40], len(hex(p)))
print((a + b) * (a - b) == a * a - b * b, (a * a) % (10 ** 20))
x = (1 << 5000) - 1
print(hex(x * x)[:30], (x * x + 2 * x + 1) == (x + 1) * (x + 1))
print(pow(2, 4000) % 10 ** 30, (2 ** 4000) // (2 ** 3990), -(3 ** 1000) // (3 ** 999))
q, r = divmod(p + 12345, b)
print(q == a, r, divmod(-p - 1, a)[1] == a - 1)
