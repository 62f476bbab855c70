# Generator functions: yield, iteration, exhaustion.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(2)
print(next(g), next(g), next(g, 'exhausted'))
for x in count(3):
    print('x', x)
def squares(xs):
    for x in xs:
        yield x * x
print(list(squares([1, 2, 3])), list(squares([])))
