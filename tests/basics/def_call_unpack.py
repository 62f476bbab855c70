# Unpacking * and ** in calls.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*(4, 5), 6), f(7, *[8, 9]), f(*range(3)))
kw = {'c': 1, 'b': 2, 'a': 3}
print(f(**kw), f(1, **{'b': 0, 'c': 0}), f(*[1], c=3, **{'b': 2}))
def g(*a, **k):
    return a, k
print(g(*'ab', *[1], x=1, **{'y': 2}))
