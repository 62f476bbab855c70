# **kwargs collects extra keyword arguments into a dict (in call order).
def f(**kw):
    return kw
def g(a, *args, **kw):
    return a, args, kw
print(f(), f(x=1), f(b=2, a=1))
print(g(1), g(1, 2, k=3), g(a=5, z=0))
def h(a, b=0, **rest):
    return sorted(rest.items()), a, b
print(h(1, c=3, b=2, d=4))
