# iter() and next(), with and without a default; StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('stop')
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
t = iter((5,))
print(iter(t) is t, next(t), next(t, None))
