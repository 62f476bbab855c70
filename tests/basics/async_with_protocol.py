# async with: __aenter__/__aexit__ awaited, the value bound by `as`, an
# exception passed to __aexit__ and suppressed when it returns true,
# return/break/continue out of the body, several items, error cases.

class Tick:
    def __await__(self):
        yield 'tick'


class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print('enter', self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        await Tick()
        print('exit', self.name, t.__name__ if t else t, repr(v))
        return self.suppress


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        print('result', e.value, 'after', n, 'yields')


async def plain():
    async with Ctx('a') as v:
        print('body', v)
    return 'done'
run(plain())


async def raising(suppress):
    async with Ctx('b', suppress):
        raise ValueError('in body')
    return 'after with'
try:
    run(raising(False))
except ValueError as e:
    print('propagated', e)
run(raising(True))


async def returning():
    async with Ctx('c') as v:
        return v + '!'
run(returning())


async def loop():
    out = []
    for i in range(4):
        async with Ctx('d%d' % i):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out
run(loop())


async def several():
    async with Ctx('x') as x, Ctx('y') as y:
        print('both', x, y)
    async with Ctx('p'), Ctx('q', True):
        raise KeyError('k')
    return 'ok'
run(several())


async def in_try():
    try:
        async with Ctx('t'):
            raise TypeError('t')
    except TypeError:
        return 'caught outside'
run(in_try())


class NotCtx:
    pass

async def not_ctx():
    async with NotCtx():
        pass
try:
    run(not_ctx())
except TypeError as e:
    print('TypeError', e)


class OnlyEnter:
    async def __aenter__(self):
        print('never entered')

async def only_enter():
    async with OnlyEnter():
        pass
try:
    run(only_enter())
except TypeError as e:
    print('TypeError')


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        raise RuntimeError('from exit')

async def exit_raises():
    async with ExitRaises():
        pass
try:
    run(exit_raises())
except RuntimeError as e:
    print('RuntimeError', e)
