# __enter__/__exit__ and the with statement, exception suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress
with Ctx('a') as c:
    print('body', c.name)
with Ctx('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Ctx('d') as d, Ctx('e') as e:
    print('two', d.name, e.name)
def f():
    with Ctx('f'):
        return 'returned'
print(f())
for i in range(3):
    with Ctx(str(i)):
        if i == 1:
            break
try:
    with Ctx('g', True):
        with Ctx('h'):
            1 / 0
    print('suppressed by outer')
except ZeroDivisionError:
    print('no')
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print('error')
