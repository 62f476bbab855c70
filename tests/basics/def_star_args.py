# *args collects extra positional arguments into a tuple.
def f(*args):
    return args
def g(a, b=2, *rest):
    return a, b, rest
print(f(), f(1), f(1, 2, 3), type(f()))
print(g(1), g(1, 5), g(1, 5, 6, 7))
def total(*nums):
    t = 0
    for x in nums:
        t += x
    return t
print(total(), total(1, 2, 3, 4))
