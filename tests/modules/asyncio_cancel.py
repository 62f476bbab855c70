# asyncio: Task.cancel and CancelledError (at a sleep, in a wait for an
# event, a lock or another task, caught and ignored, cancelling a finished
# task), and wait_for (in time, timed out, raising, cancelled from
# outside, None). Runs on CPython's asyncio too.
import asyncio


async def sleeper(name, t):
    try:
        print(name, 'sleeps')
        await asyncio.sleep(t)
        print(name, 'woke')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    return 'stubborn done'


async def cancels():
    t = asyncio.create_task(sleeper('s1', 1))
    print(t.cancel())  # before it starts
    try:
        await t
    except asyncio.CancelledError:
        print('await gives CancelledError', t.done())

    t = asyncio.create_task(sleeper('s2', 1))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancel())
    await asyncio.sleep(0)
    print(t.done(), t.cancel())

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)

    # cancelling a task that awaits another cancels the inner one
    inner = asyncio.create_task(sleeper('inner', 1))

    async def outer():
        try:
            return await inner
        except asyncio.CancelledError:
            print('outer sees the cancel')
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    await asyncio.sleep(0.01)
    print(inner.done(), o.done())

    ev = asyncio.Event()

    async def wait_event():
        try:
            await ev.wait()
        except asyncio.CancelledError:
            print('event wait cancelled')
    t = asyncio.create_task(wait_event())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    ev.set()  # nobody waits any more
    await asyncio.sleep(0)

    lock = asyncio.Lock()
    await lock.acquire()

    async def want_lock(n):
        try:
            async with lock:
                print('got lock', n)
        except asyncio.CancelledError:
            print('lock wait cancelled', n)
    a = asyncio.create_task(want_lock(1))
    b = asyncio.create_task(want_lock(2))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await b
    print(lock.locked())


async def wait_fors():
    print(await asyncio.wait_for(sleeper('w1', 0.01), 1))
    try:
        await asyncio.wait_for(sleeper('w2', 1), 0.02)
    except asyncio.TimeoutError:
        print('TimeoutError')

    async def raiser():
        await asyncio.sleep(0)
        raise KeyError('kw')
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print('KeyError', e)
    print(await asyncio.wait_for(sleeper('w3', 0), None))

    async def wait_long():
        try:
            await asyncio.wait_for(sleeper('w4', 1), 1)
        except asyncio.CancelledError:
            return 'wait_for cancelled'
    t = asyncio.create_task(wait_long())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print(t.done(), await t)

asyncio.run(cancels())
asyncio.run(wait_fors())


async def main_cancelled():
    asyncio.current_task().cancel() if False else None
    raise asyncio.CancelledError
try:
    asyncio.run(main_cancelled())
except asyncio.CancelledError:
    print('run raised CancelledError')
print(issubclass(asyncio.CancelledError, BaseException),
    issubclass(asyncio.CancelledError, Exception))
