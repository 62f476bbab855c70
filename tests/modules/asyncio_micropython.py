# asyncio's MicroPython parts: sleep_ms, wait_for_ms, ThreadSafeFlag set
# from a task and from a scheduled callback (while the loop idles), a
# wait_for timeout when the task ignores its cancellation, the exception
# handler for a task nobody awaits, a sleep in the loop's idle wait, and
# uasyncio as asyncio's other name.
import asyncio, micropython, time


async def ms_sleeper(n, ms, log):
    await asyncio.sleep_ms(ms)
    log.append(n)
    return n


async def stubborn():
    try:
        await asyncio.sleep_ms(500)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    return 'stubborn done'


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']))


async def failing():
    raise ValueError('lost')


async def main():
    log = []
    await asyncio.gather(ms_sleeper(3, 30, log), ms_sleeper(1, 10, log),
        ms_sleeper(2, 20, log))
    print(log)
    print(await asyncio.wait_for_ms(ms_sleeper(4, 5, log), 100))
    try:
        await asyncio.wait_for_ms(ms_sleeper(5, 100, log), 5)
    except asyncio.TimeoutError:
        print('TimeoutError')
    try:
        await asyncio.wait_for(stubborn(), 0.01)
    except asyncio.TimeoutError:
        print('TimeoutError after the task ended')

    flag = asyncio.ThreadSafeFlag()

    async def flag_waiter(n):
        await flag.wait()
        print('flag seen', n)
    t = asyncio.create_task(flag_waiter(1))
    await asyncio.sleep_ms(0)
    flag.set()
    await t

    # set from a scheduled callback while the loop has nothing else to do
    t = asyncio.create_task(flag_waiter(2))
    await asyncio.sleep_ms(0)
    micropython.schedule(lambda f: f.set(), flag)
    await t

    # already set: wait returns at once and clears it
    flag.set()
    await flag.wait()
    flag.clear()

    # an Event set from a scheduled callback during the loop's idle
    ev = asyncio.Event()

    def later(end):
        if time.ticks_diff(end, time.ticks_ms()) > 0:
            micropython.schedule(later, end)
        else:
            ev.set()
    later(time.ticks_add(time.ticks_ms(), 20))
    await ev.wait()
    print('event from a callback')

    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    asyncio.create_task(failing())
    await asyncio.sleep_ms(10)
    t = asyncio.create_task(failing())
    await asyncio.sleep_ms(0)
    try:
        await t  # taken in time: not reported
    except ValueError as e:
        print('awaited', repr(e))
    loop.set_exception_handler(None)
    print(repr(asyncio.current_task()))

asyncio.run(main())


# a loop with only a sleeping task waits (in the port's idle) until its time
async def sleep_long():
    await asyncio.sleep_ms(200)
t0 = time.ticks_ms()
asyncio.run(sleep_long())
print(time.ticks_diff(time.ticks_ms(), t0) >= 200)
import uasyncio
print(uasyncio is asyncio)
