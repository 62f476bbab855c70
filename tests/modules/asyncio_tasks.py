# asyncio: run, create_task, sleep ordering, results through await,
# gather (also return_exceptions), current_task, Event, Lock, and the
# event loop object. Runs on CPython's asyncio too.
import asyncio


async def worker(name, delay, log):
    log.append(name + ' start')
    await asyncio.sleep(delay)
    log.append(name + ' end')
    return name.upper()


async def failing(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def basics():
    log = []
    t1 = asyncio.create_task(worker('a', 0.03, log))
    t2 = asyncio.create_task(worker('b', 0.01, log))
    print(t1.done(), t2.done())
    print(await t1, await t2)
    print(t1.done(), t2.done(), await t2)
    print(log)

    # sleep(0) lets every ready task run once, in order
    order = []

    async def spin(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(spin(1), spin(2), spin(3))
    print(order)

    print(await asyncio.gather(worker('x', 0.02, log), worker('y', 0.01, log)))
    print(await asyncio.gather())
    r = await asyncio.gather(worker('p', 0, log), failing(0.01, KeyError('k')),
        return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(worker('q', 0.02, log), failing(0, ValueError('v')))
    except ValueError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0.03)  # let q finish

    me = asyncio.current_task()
    print(type(me).__name__)

    async def report():
        return asyncio.current_task() is me
    print(await asyncio.create_task(report()))


async def events():
    ev = asyncio.Event()
    seen = []

    async def waiter(n):
        r = await ev.wait()
        seen.append((n, r))
    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print(ev.is_set(), seen)
    ev.set()
    print(ev.is_set(), seen)
    await asyncio.sleep(0)
    print(sorted(seen))
    ev.clear()
    print(ev.is_set(), await ev.wait() if ev.is_set() else 'cleared')
    for t in ts:
        await t


async def locks():
    lock = asyncio.Lock()
    out = []

    async def user(n):
        async with lock:
            out.append(('in', n, lock.locked()))
            await asyncio.sleep(0.01)
            out.append(('out', n))
    await asyncio.gather(user(1), user(2), user(3))
    print(out)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print('RuntimeError on release of a free lock')


async def results():
    try:
        await asyncio.create_task(failing(0, OSError(5)))
    except OSError as e:
        print('OSError', e.args)

    async def main_value():
        await asyncio.sleep(0)
        return 42
    return await main_value()


print(asyncio.run(basics()))
asyncio.run(events())
asyncio.run(locks())
print(asyncio.run(results()))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop) if hasattr(asyncio, 'set_event_loop') else None
print(loop.run_until_complete(worker('loop', 0, [])))


async def stopper():
    await asyncio.sleep(0.01)
    print('stopping')
    loop.stop()
loop.create_task(stopper())
loop.run_forever()
print('after run_forever')

try:
    asyncio.run(failing(0, ZeroDivisionError('z')))
except ZeroDivisionError as e:
    print('run raised', e)
try:
    asyncio.create_task(5)
except (TypeError, RuntimeError):
    print('create_task needs a coroutine')
