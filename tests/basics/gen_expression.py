# Generator expressions.
g = (x * 2 for x in range(4))
print(next(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(s) for s in ['a', 'bbb']))
print(list(c for c in 'hi'))
