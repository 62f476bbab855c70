# An argument given both by position and by keyword.
def f(a, b=0):
    return a
f(1, a=2)
