# Functions defined inside functions, called and returned.
def outer(x):
    def inner(y):
        return y * 2
    return inner(x) + 1
print(outer(5))
def make(n):
    def f():
        return 'made %d' % n
    return f
print(make(1)(), make(2)())
