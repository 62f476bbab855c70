# select (MicroPython's): poll over ints, sys.stdout, files and Python
# streams answering ioctl(3, events); register/modify/unregister, poll and
# ipoll (its reused tuple, one-shot flag), timeouts, select.select, errors,
# and a poll ended by a scheduled callback.
import select, sys, time, micropython

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)


class Stream:
    # a stream written in Python: readiness through ioctl
    def __init__(self, name):
        self.name = name
        self.ready = 0
        self.calls = 0

    def ioctl(self, req, arg):
        self.calls += 1
        if req != 3:
            return -22
        if self.ready < 0:
            return self.ready
        return self.ready & arg

    def __repr__(self):
        return self.name


p = select.poll()
p.register(1, select.POLLOUT)
print(p.poll(0))
p.register(1)  # again: the same as modify
print([(fd, e & select.POLLOUT) for fd, e in p.poll(0)])
p.unregister(1)
print(p.poll(0))

a, b = Stream('a'), Stream('b')
p.register(a, select.POLLIN)
p.register(b, select.POLLIN | select.POLLOUT)
print(p.poll(0), a.calls, b.calls)
b.ready = select.POLLOUT
print(p.poll(0))
p.modify(b, select.POLLIN)
print(p.poll(0))
a.ready = b.ready = select.POLLIN
print(sorted((repr(o), e) for o, e in p.poll(0)))

# ipoll: one tuple, reused; one-shot clears the events of what it reports
seen = [t for t in p.ipoll(0)]
print(len(seen), seen[0] is seen[-1])
for o, e in p.ipoll(0, 1):
    print('one-shot', o, e)
print(p.poll(0))
p.modify(a, select.POLLIN)
print(p.poll(0))

# the timeout is in ms and waits when nothing is ready
p = select.poll()
p.register(Stream('idle'), select.POLLIN)
t0 = time.ticks_ms()
print(p.poll(30), time.ticks_diff(time.ticks_ms(), t0) >= 30)

# a scheduled callback that makes a stream ready ends the wait
s = Stream('late')
p.register(s, select.POLLIN)


def make_ready(x):
    x.ready = select.POLLIN
micropython.schedule(make_ready, s)
print(p.poll(1000))

# files are always ready; sys.stdout by its fileno()
f = open('select_poll.py')
p = select.poll()
p.register(f, select.POLLIN)
p.register(sys.stdout, select.POLLOUT)
print(len(p.poll(0)))
f.close()

print(select.select([], [1, sys.stdout], [], 0))
print(select.select([Stream('x')], [], [], 0.01))

# errors
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print('OSError', e.errno)
try:
    p.unregister(Stream('never'))
except OSError as e:
    print('OSError', e.errno)
try:
    p.register(-1)
except ValueError as e:
    print('ValueError', e)
try:
    p.register('not a stream')
except TypeError as e:
    print('TypeError', e)
try:
    p.modify(sys.stdout)
except TypeError:
    print('modify needs the mask')
bad = Stream('bad')
bad.ready = -5
p = select.poll()
p.register(bad)
try:
    p.poll(0)
except OSError as e:
    print('OSError', e.errno)
