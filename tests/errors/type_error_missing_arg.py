# A required argument is missing.
def f(a, b):
    return a
f(1)
