# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'noargs')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print([(lambda x: x + 1)(v) for v in [1, 2]])
n = 3
f = lambda x: x + n
n = 4
print(f(1))
