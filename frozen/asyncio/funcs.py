# asyncio.wait_for, wait_for_ms and gather.

from . import core


async def _watch(aw, waiter, box):
    # wait_for's helper: await [aw], then, unless wait_for is over, leave
    # its outcome in [box] and wake [waiter] from its sleep.
    try:
        r = await aw
        kind = 1
    except BaseException as er:
        r = er
        kind = 2
    if box[0] == 0:
        box[0] = kind
        box[1] = r
        if waiter.data is None:  # not already woken by a cancel()
            core._schedule(waiter)


async def wait_for(aw, timeout, sleep=core.sleep):
    # The result of [aw] (a coroutine or task), or TimeoutError when it
    # takes longer than [timeout]: then [aw] is cancelled and waited for
    # (TimeoutError is raised even if it ignores the cancellation, as
    # MicroPython; CPython returns its result). wait_for sleeps while a
    # helper task awaits [aw]; box: [0 waiting, 1 returned, 2 raised,
    # 3 over; the value or exception]. Cancelling wait_for cancels [aw]
    # and raises CancelledError at once (as MicroPython; CPython waits for
    # [aw] to end).
    aw = core._as_task(aw)
    if timeout is None:
        return await aw
    box = [0, None]
    core.create_task(_watch(aw, core.cur_task, box))
    try:
        await sleep(timeout)
    except core.CancelledError:
        box[0] = 3
        aw.cancel()
        raise
    if box[0] == 1:
        return box[1]
    if box[0] == 2:
        raise box[1]
    box[0] = 3
    await _cancel_and_wait(aw)
    raise core.TimeoutError


async def _cancel_and_wait(t):
    # Cancel task [t] and wait until it has ended, however it ends.
    t.cancel()
    try:
        await t
    except BaseException:
        pass


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, core.sleep_ms)


def gather(*aws, return_exceptions=False):
    # await gather(*aws): the results of [aws] in order, waiting for them
    # together. The first exception one raises is raised here at once (the
    # others go on running) or, with [return_exceptions], put in its place.
    # Cancelling gather cancels them all. A gathered task tells gather when
    # it ends through its `waiting`, so it cannot be awaited meanwhile.
    ts = list(aws)  # the tasks, then their results: one list
    for i in range(len(ts)):
        ts[i] = core._as_task(ts[i])
    me = core.cur_task
    wq = core.TaskQueue()  # where gather waits (cancel takes it out)
    left = [0]

    def done(t, er):
        left[0] -= 1
        if left[0] == 0 or not (return_exceptions
                or isinstance(er, StopIteration)):
            if me.queue is wq:
                core._schedule(me)

    for t in ts:
        if t.state is True:
            if t.waiting is not None:
                raise RuntimeError("can't gather")
            t.waiting = done
            left[0] += 1
    try:
        if left[0] and (return_exceptions or not _failed(ts)):
            wq.push(me, 0)
            yield
    except core.CancelledError:
        for t in ts:
            if t.state is True:
                t.waiting = None
                t.cancel()
        raise
    finally:
        for t in ts:
            if t.waiting is done:
                t.waiting = None
    for i in range(len(ts)):
        t = ts[i]
        if t.state is not True:
            t.state = False  # taken: not reported
            if isinstance(t.data, BaseException) and not return_exceptions:
                raise t.data
        ts[i] = t.data
    return ts


def _failed(ts):
    # Has one of the tasks [ts] ended with an exception?
    for t in ts:
        if t.state is not True and isinstance(t.data, BaseException):
            return True
    return False
