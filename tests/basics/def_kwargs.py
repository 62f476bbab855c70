# Keyword arguments in calls.
def f(a, b, c=3):
    return '%s %s %s' % (a, b, c)
print(f(1, 2), f(a=1, b=2), f(b=2, a=1), f(1, c=9, b=8))
print(f(1, 2, c=None))
print(sorted([3, 1, 2], reverse=True))
print('x', 'y', sep='-', end='!\n')
