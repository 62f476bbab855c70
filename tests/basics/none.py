# None: printing, identity, truth, the implicit return value.
def f():
    pass
print(None, repr(None), str(None))
print(f() is None, None is None, None == None, None != 0)
x = None
print(x is not None, not x, type(None))
