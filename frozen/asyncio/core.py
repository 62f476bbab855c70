# asyncio's event loop, tasks and sleeping: MicroPython's asyncio API.
#
# Every task that can run, or will at a known time, waits in one queue
# ordered by the time it wakes (_queue, a TaskQueue of _asyncio: C, so
# queueing never allocates). A task waiting for an event, a lock or
# another task sits in that object's own TaskQueue instead, and one waiting
# for a stream sits in _io. The loop takes the first task of _queue when
# its time has come, resumes its coroutine until the coroutine yields, and
# otherwise waits in select.poll for the streams, which is also the port's
# idle: a sleeping program costs no CPU.
#
# A coroutine yields to the loop only through the awaitables here (sleep,
# Task, Event.wait...), each of which first arranges how its task is
# woken. A task's `data` holds the task it awaits, the exception to throw
# into it at its next run (cancel), and its result or exception once it is
# done; its `state`
# is True while it runs, None when it ended with nobody awaiting it yet,
# False once its outcome was taken.

from time import ticks_ms as ticks, ticks_diff, ticks_add
import select
import sys
from _asyncio import Task as _Task, TaskQueue


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT

# Exception classes, as tuples made once (a tuple written in an except
# clause would be made at each use: the loop allocates nothing per step).
_EXIT = (KeyboardInterrupt, SystemExit)
_QUIET = (StopIteration, CancelledError)

cur_task = None     # the task running now
_stopping = False   # stop() was called


class _Waker:
    # Registered with the loop's poller for good: ready once a task was
    # scheduled since the loop last looked at its queue. A scheduled
    # callback (or an interrupt's) that sets an Event while the loop is
    # about to wait thus ends the wait instead of being missed.
    state = 0

    def ioctl(self, req, flags):
        return flags if req == 3 and self.state else 0


_waker = _Waker()


class _Woken:
    pass


# The data of a task an Event woke: its Event awaitable sees by it that the
# wait is over (core._wake, event.py).
_WOKEN = _Woken()


def _wake(t):
    _schedule(t)
    t.data = _WOKEN


def _schedule(t, exc=None, when=None):
    # Put task [t] in the run queue, to run at [when] (now by default) and
    # then to have [exc] thrown into it.
    t.data = exc
    _queue.push(t, ticks() if when is None else when)
    _waker.state = 1


class _Hooks:
    # What a Task asks of the loop (the C type calls these).

    def _cancel(self, t):
        # t.cancel(): CancelledError is thrown into [t] at its next run. A
        # task awaiting another task passes it on to that one (which may
        # catch it and return normally).
        if t.state is not True:
            return False
        while isinstance(t.data, _Task) and t.data.state is True:
            t = t.data
        if t is cur_task:
            raise RuntimeError("can't cancel self")
        q = t.queue
        if q is _queue and ticks_diff(t.ph_key, ticks()) <= 0:
            t.data = CancelledError()  # due now: keeps its turn
            return True
        if q is not None:
            q.remove(t)
        _schedule(t, CancelledError())
        return True

    def _await(self, t):
        # await t: wait in t's queue of waiters unless it is done.
        if t.state is True:
            if t.waiting is None:
                t.waiting = TaskQueue()
            elif not isinstance(t.waiting, TaskQueue):
                raise RuntimeError("can't wait")  # gathered
            t.waiting.push(cur_task, 0)
            cur_task.data = t  # what cancel() passes on to
            yield
        if t.state is None:
            # done with nobody waiting: taken now, not reported
            _queue.remove(t)
        t.state = False
        if isinstance(t.data, BaseException):
            raise t.data
        return t.data


_hooks = _Hooks()


def _task(coro):
    return _Task(coro, _hooks)


Task = _Task


def create_task(coro):
    # A task running [coro], scheduled to start now.
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = _task(coro)
    _schedule(t)
    return t


def _as_task(aw):
    return aw if isinstance(aw, _Task) else create_task(aw)


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


# --- sleeping


class _Sleep:
    # The awaitable of sleep_ms: the task waits in the run queue until its
    # time. One object serves every sleep (it holds no state while its
    # task waits), so sleeping allocates nothing but the call.

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self.ms is None:
            e = self.stop
            e.__traceback__ = None
            raise e
        _queue.push(cur_task, ticks_add(ticks(), self.ms))
        self.ms = None
        return None

    def send(self, v):
        return self.__next__()

    def throw(self, exc, *rest):
        raise exc


_sleep = _Sleep()
_sleep.ms = None
_sleep.stop = StopIteration()  # raised again and again: no allocation


def sleep_ms(ms):
    # await sleep_ms(ms): wake after [ms] milliseconds (0 or less: give
    # the other ready tasks their turn first).
    _sleep.ms = ms if ms > 0 else 0
    return _sleep


def sleep(t):
    return sleep_ms(int(t * 1000))


# --- streams


class _IO:
    # Tasks waiting for streams: map holds, per stream, [stream, the task
    # waiting to read, the task waiting to write], registered with poller
    # for what its tasks wait for.

    def __init__(self):
        self.poller = select.poll()
        self.poller.register(_waker, _POLLIN)
        self.map = {}

    def _update(self, entry):
        s = entry[0]
        mask = (_POLLIN if entry[1] else 0) | (_POLLOUT if entry[2] else 0)
        if mask:
            self.poller.modify(s, mask)
        else:
            self.poller.unregister(s)
            del self.map[id(s)]

    def _enqueue(self, s, idx):
        entry = self.map.get(id(s))
        if entry is None:
            entry = [s, None, None]
            self.map[id(s)] = entry
            self.poller.register(s, _POLLIN if idx == 1 else _POLLOUT)
        elif entry[idx] is not None:
            raise RuntimeError("stream already waited on")
        entry[idx] = cur_task
        cur_task.queue = self
        self._update(entry)

    def queue_read(self, s):
        self._enqueue(s, 1)

    def queue_write(self, s):
        self._enqueue(s, 2)

    def remove(self, t):
        # A cancelled task stops waiting for its stream.
        for entry in list(self.map.values()):
            if entry[1] is t or entry[2] is t:
                entry[entry.index(t)] = None
                self._update(entry)
        t.queue = None

    def wait(self, dt):
        # Wait up to [dt] ms (-1: no limit) for a stream; wake its tasks.
        for s, ev in self.poller.ipoll(dt):
            if s is _waker:
                continue
            entry = self.map[id(s)]
            for idx, mask in ((1, ~_POLLOUT), (2, ~_POLLIN)):
                t = entry[idx]
                if t is not None and ev & mask:
                    entry[idx] = None
                    t.queue = None
                    _schedule(t)
            self._update(entry)


# --- the loop


def _finish(t, er, main):
    # Task [t] ended with [er] (StopIteration carrying its result, or the
    # exception that ended it); wake the tasks awaiting it.
    t.data = er.value if isinstance(er, StopIteration) else er
    w = t.waiting
    if w is not None and not isinstance(w, TaskQueue):
        t.state = False
        w(t, er)  # gather's: taken by it
    elif w is not None and w.peek() is not None:
        while w.peek() is not None:
            _schedule(w.pop())
        t.state = False
    elif t is main or isinstance(er, _QUIET):
        t.state = False
    else:
        # Nobody waits for it yet: if nobody has taken its exception by
        # the time it comes round again, the handler reports it.
        t.state = None
        _queue.push(t, ticks())


def _report(t):
    t.state = False
    Loop.call_exception_handler({"message": "Task exception wasn't "
        "retrieved", "exception": t.data, "future": t})


def _step(t):
    # Resume task [t] once.
    global cur_task
    cur_task = t
    try:
        exc = t.data
        if exc is None or exc is _WOKEN:
            t.coro.send(None)
        else:
            t.data = None
            t.coro.throw(exc)
        return None
    except _EXIT:
        raise
    except BaseException as er:
        return er
    finally:
        cur_task = None


def _run(main):
    # Run tasks until [main] is done (None: until stop()).
    global _stopping
    _stopping = False
    while True:
        _waker.state = 0
        t = _queue.peek()
        if t is None and not _io.map and (main is None
                or main.state is not True):
            return  # nothing left that could run
        dt = -1
        if t is not None:
            dt = ticks_diff(t.ph_key, ticks())
            if dt < 0:
                dt = 0
        if dt != 0 or _io.map:
            _io.wait(dt)
            if dt != 0:
                continue
        t = _queue.pop()
        if t.state is None:
            _report(t)
            continue
        er = _step(t)
        if er is not None:
            _finish(t, er, main)
            if t is main:
                return
        if _stopping:
            return


def run_until_complete(main_task=None):
    # Run the loop until [main_task] (a task or coroutine) is done: its
    # result, or its exception raised here.
    if main_task is None:
        return _run(None)
    main_task = _as_task(main_task)
    _run(main_task)
    main_task.state = False
    if isinstance(main_task.data, BaseException):
        raise main_task.data
    return main_task.data


def run(coro):
    return run_until_complete(create_task(coro))


class Loop:
    # The event loop object of get_event_loop(): one per program, as
    # MicroPython's.
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        _run(None)

    def run_until_complete(aw):
        return run_until_complete(aw)

    def stop():
        global _stopping
        _stopping = True

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro,
            file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    # Drop every task and stream wait: a fresh loop.
    global _queue, _io
    _queue = TaskQueue()
    _io = _IO()
    return Loop


new_event_loop()
