# raise with an instance, a class, and bare raise in a handler.
def f(kind):
    try:
        if kind == 1:
            raise ValueError('instance')
        if kind == 2:
            raise TypeError
        return 'none'
    except ValueError:
        print('re-raising')
        raise
for k in (0, 1, 2):
    try:
        print(f(k))
    except Exception as e:
        print(type(e), e.args)
