# yield from over iterators that are not generators: a class with
# __next__/send/throw/close, a built-in iterator whose function raises
# StopIteration, the value a StopIteration carries, throw() arguments
# passed on as given.

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration('ret%d' % self.n)
        return self.i

    def send(self, v):
        print('send', v)
        return self.__next__()

    def throw(self, *args):
        print('throw got', len(args), 'args:', args[0])
        return 'thrown'

    def close(self):
        print('close called')


def deleg(n):
    r = yield from Counter(n)
    print('yield from returned', r)
    return r


print(list(deleg(3)))
g = deleg(5)
print(next(g), g.send('a'), g.send('b'))
print(g.throw(123))
print(g.throw(ValueError))
print(g.throw(ValueError, 'v'))
g.close()


def step(x):
    if x == 2:
        raise StopIteration('from map')
    return x


def over_map():
    r = yield from map(step, range(10))
    print('map gave', r)


print(list(over_map()))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def deleg2():
    try:
        yield from NoThrow()
    except KeyError as e:
        print('raised in delegator', repr(e))
        yield 'recovered'


g = deleg2()
print(next(g))
print(g.throw(KeyError('k')))
g = deleg2()
next(g)
try:
    g.throw(5)
except TypeError as e:
    print('TypeError', e)
print(next(g))


# a generator-based sub-iterator returning a value through StopIteration
def inner():
    x = yield 1
    return x * 2


def outer():
    v = yield from inner()
    return v + 1


g = outer()
next(g)
try:
    g.send(20)
except StopIteration as e:
    print('value', e.value)
