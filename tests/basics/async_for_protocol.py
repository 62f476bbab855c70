# async for: __aiter__/__anext__, StopAsyncIteration ends the loop, break,
# continue, else, return from the body, exceptions from __anext__ and from
# the body.

class Tick:
    def __await__(self):
        yield 'tick'


class ARange:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __aiter__(self):
        print('aiter')
        self.i = 0
        return self

    async def __anext__(self):
        await Tick()
        if self.i == self.fail_at:
            raise ValueError('anext failed')
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        print('result', e.value, 'after', n, 'yields')


async def plain():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append('else')
    return out
run(plain())


async def brk():
    out = []
    async for x in ARange(10):
        if x == 1:
            continue
        if x == 3:
            break
        out.append(x)
    else:
        out.append('else')
    return out
run(brk())


async def ret():
    async for x in ARange(10):
        if x == 2:
            return x * 100
run(ret())


async def nested():
    out = []
    async for x in ARange(2):
        async for y in ARange(2):
            out.append((x, y))
    return out
run(nested())


async def anext_fails():
    try:
        async for x in ARange(5, fail_at=2):
            print('got', x)
    except ValueError as e:
        return 'ValueError ' + str(e)
run(anext_fails())


async def body_fails():
    try:
        async for x in ARange(5):
            raise KeyError(x)
    except KeyError as e:
        return 'KeyError %r' % e.args
run(body_fails())


async def unpack():
    out = []
    async for a, b in Pairs():
        out.append(a + b)
    return out


class Pairs:
    def __aiter__(self):
        self.it = iter([(1, 2), (3, 4)])
        return self

    async def __anext__(self):
        for p in self.it:
            return p
        raise StopAsyncIteration
run(unpack())


async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print('TypeError', e)


class NoANext:
    def __aiter__(self):
        return 5

async def no_anext():
    async for x in NoANext():
        pass
try:
    run(no_anext())
except TypeError as e:
    print('TypeError', e)


# StopAsyncIteration is an Exception, not a StopIteration
print(issubclass(StopAsyncIteration, Exception),
    issubclass(StopAsyncIteration, StopIteration))
