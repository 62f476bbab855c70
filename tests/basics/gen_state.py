# Generators keep their locals between yields; several run interleaved.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def letters():
    for c in 'ab':
        yield c
g1, g2 = letters(), letters()
print(next(g1), next(g2), next(g1), next(g2))
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
print(list(gen_try()))
print(type(fib()) is type(letters()))
