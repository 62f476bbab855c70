# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
