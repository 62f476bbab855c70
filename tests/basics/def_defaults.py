# Default argument values are evaluated once, at definition.
n = 10
def f(a, b=2, c=n):
    return a, b, c
n = 20
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=5))
def acc(x, lst=[]):
    lst.append(x)
    return lst
print(acc(1), acc(2), acc(3, []))
def g(a=None):
    return a is None
print(g(), g(0))
