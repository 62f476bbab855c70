# the with statement: __enter__/__exit__, exceptions, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('kept')
except KeyError as e:
    print('caught', repr(e))
with CM('d') as d, CM('e') as e:
    print(d, e)
def f():
    with CM('f'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with BadExit():
        raise ValueError('inner')
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
