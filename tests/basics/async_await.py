# async def, await, coroutine objects driven by send/throw/close, objects
# with __await__, return values and exceptions through a chain of awaits.

class Wait:
    # an awaitable: its __await__ is a generator that yields once
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ('wait', self.tag)
        return (self.tag, got)


async def leaf(n):
    r = await Wait(n)
    return r


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def nothing():
    return 42


def drive(coro, sends):
    # run [coro] to its end, sending the given values one by one
    try:
        out = coro.send(None)
        for s in sends:
            print('yielded', out)
            out = coro.send(s)
    except StopIteration as e:
        print('returned', e.value)
        return
    print('still running at', out)


drive(middle(), ['x', 'y'])
drive(nothing(), [])
try:
    nothing().send(None)
except StopIteration as e:
    print('StopIteration', e.args)

# await binds tighter than **, and works inside expressions
async def expr():
    return await nothing() ** 2 + -await nothing()
try:
    expr().send(None)
except StopIteration as e:
    print('expr', e.value)

# a method coroutine, and a coroutine awaiting a coroutine object made
# earlier
class K:
    async def m(self, x):
        return x + 1

async def use_method():
    c = K().m(1)
    return await c + await K().m(10)
try:
    use_method().send(None)
except StopIteration as e:
    print('method', e.value)

# an exception raised in a leaf crosses the awaits
async def bad():
    await Wait('b')
    raise ValueError('from bad')

async def catcher():
    try:
        await bad()
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# throw() goes into the innermost await
c = middle()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

async def survive():
    try:
        await Wait('s')
    except KeyError:
        print('handled in coroutine')
    return 'ok'
c = survive()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print('survived', e.value)

# close() runs finally blocks
async def with_finally():
    try:
        await Wait('f')
    finally:
        print('finally ran')
c = with_finally()
c.send(None)
c.close()
c.close()

# awaiting things that are not awaitable
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print('TypeError', e)

class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print('TypeError', e)

# a just-started coroutine takes only None
c = nothing()
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
c.close()

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print('RuntimeError')
