# else runs when nothing was raised; finally always runs.
def f(x):
    try:
        print('try', x)
        if x:
            raise ValueError(x)
    except ValueError:
        print('except')
    else:
        print('else')
    finally:
        print('finally')
f(0)
f(1)
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', e)
