# Defining and calling functions; return values; functions as values.
def add(a, b):
    return a + b
def noreturn():
    x = 1
def early(x):
    if x:
        return 'early'
    return 'late'
print(add(1, 2), add('a', 'b'), noreturn(), early(1), early(0))
f = add
print(f(3, 4), f is add)
def apply(fn, *xs):
    return fn(*xs)
print(apply(add, 5, 6))
