# asyncio.Event and asyncio.ThreadSafeFlag.

from . import core


class Event:
    # A flag tasks can wait for: set() wakes them all.

    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        q = self.waiting
        while q.peek() is not None:
            core._wake(q.pop())
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        # await ev.wait(): True once the event is set. The event itself is
        # the awaitable for every waiting task, so a wait allocates no
        # generator: a task's first step queues it, and set() wakes it
        # marked (core._wake), so that its next step ends the wait.
        return self

    def __await__(self):
        return self

    def __next__(self):
        t = core.cur_task
        if t.data is core._WOKEN:
            t.data = None
        elif not self.state:
            self.waiting.push(t, 0)
            return None
        raise StopIteration(True)

    def send(self, v):
        return self.__next__()

    def throw(self, exc, *rest):
        raise exc


class ThreadSafeFlag:
    # A flag one task waits for, that an interrupt handler or a scheduled
    # callback may set: set() only stores an int (no allocation, no queue
    # touched). The waiting task waits as a stream does: the loop's poll
    # asks ioctl() whether the flag is set, and a scheduled callback that
    # sets it ends the loop's idle wait.

    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:  # MP_STREAM_POLL
            return self.state * flags
        return 0

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    def wait(self):
        # await flag.wait(): returns once the flag is set, clearing it.
        if not self.state:
            core._io.queue_read(self)
            yield
        self.state = 0
