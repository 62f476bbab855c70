# generator methods: send, throw, close, and yield from delegating them.
def echo():
    got = None
    while True:
        try:
            got = yield got
        except ValueError as e:
            got = 'caught ' + str(e)
        except GeneratorExit:
            print('closing')
            raise
g = echo()
print(next(g), g.send(1), g.send('two'), g.throw(ValueError('x')))
g.close()
g.close()
try:
    g.send(3)
except StopIteration:
    print('StopIteration after close')
def ret():
    yield 1
    return 'done'
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
g = ret()
try:
    g.send(5)
except TypeError as e:
    print(e)
def inner():
    x = yield 'a'
    print('inner got', x)
    try:
        yield 'b'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'c'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'd'
g = outer()
print(next(g), g.send('hello'), g.throw(KeyError('k')), next(g))
try:
    next(g)
except StopIteration:
    print('outer done')
g = outer()
next(g)
g.close()
print('closed outer')
def catch_all():
    try:
        yield 1
    finally:
        print('finally runs')
g = catch_all()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def leak():
    yield 1
    raise StopIteration('oops')
try:
    list(leak())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def throw_uncaught():
    yield 1
g = throw_uncaught()
next(g)
try:
    g.throw(IndexError('i'))
except IndexError as e:
    print('propagated', e)
try:
    g.throw(IndexError('again'))
except IndexError as e:
    print('done gen rethrows', e)
def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print(e)
def from_list():
    r = yield from [1, 2, 3]
    print('list gives', r)
print(list(from_list()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def from_obj():
    yield from It()
print(list(from_obj()))
g = from_obj()
next(g)
g.close()
def delegate_throw_list():
    yield from [1, 2]
g = delegate_throw_list()
next(g)
try:
    g.throw(ZeroDivisionError('z'))
except ZeroDivisionError as e:
    print('list delegate', e)
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), list(gen))
print(type(echo()).__name__, iter(g) is g)
