# set displays with starred items and set comprehensions.
a = [1, 2]
b = (3, 4)
print({*a, *b}, {0, *a}, {*range(3)}, {*a, 2, *a})
print({x * x for x in range(6)})
print(sorted({c for c in 'mississippi'}))
print(sorted({x for x in range(10) if x % 3 == 0}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
def f(n):
    return {i for i in range(n)}
print(f(3), f(0))
