# asyncio.Lock.

from . import core


class Lock:
    # state: 0 free, 1 held, or the task it was handed to by release()
    # (kept for it until it runs, and not locked() meanwhile, as CPython's
    # lock is free until its next owner runs). Waiters queue in arrival
    # order.

    def __init__(self):
        self.state = 0
        self.waiting = core.TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek() is not None:
            self.state = self.waiting.pop()
            core._schedule(self.state)
        else:
            self.state = 0

    def acquire(self):
        # await lock.acquire(): True once the lock is ours.
        if self.state != 0:
            self.waiting.push(core.cur_task, 0)
            try:
                yield
            except core.CancelledError:
                if self.state is core.cur_task:
                    # handed over, then cancelled: pass it on
                    self.state = 1
                    self.release()
                raise
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()
