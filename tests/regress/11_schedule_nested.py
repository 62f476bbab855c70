# No scheduled callback runs inside another: one scheduled by a running
# callback waits until that callback has returned, even across the polls
# of its loops; the queue holds 4, so a callback scheduling more gets
# RuntimeError; an exception from a callback reaches the program and the
# scheduler still runs the next ones.
import micropython

log = []


def inner(arg):
    log.append("inner %d" % arg)


def outer(arg):
    micropython.schedule(inner, arg)
    for i in range(100):  # polls: inner must not run here
        pass
    log.append("outer %d" % arg)


micropython.schedule(outer, 1)
while len(log) < 2:
    pass
print(log)


def flood(arg):
    n = 0
    try:
        for i in range(100):
            micropython.schedule(lambda x: x, None)
            n += 1
    except RuntimeError as e:
        print("RuntimeError", e, n)
    log.append("flood")


micropython.schedule(flood, None)
while log[-1] != "flood":
    pass


def bad(arg):
    raise ValueError(arg)


micropython.schedule(bad, "boom")
try:
    for i in range(100):
        pass
except ValueError as e:
    print("ValueError", e)
micropython.schedule(inner, 2)
for i in range(100):
    pass
print(log[-1])
