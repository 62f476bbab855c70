# Run on the virtual board by tests/board/check.sh (expected: timer.exp,
# reasoned from the reference's machine.Timer and the virtual clock: a
# periodic timer's n-th call is due at start + n * period; soft callbacks
# run from the scheduler (here during the sleeps), hard ones at once with
# the heap locked; periods under 100 us become 100 us).
import gc, time
from machine import Timer
print("BEGIN")
print(Timer.ONE_SHOT, Timer.PERIODIC)
t = Timer(-1)
r = repr(t)
print(r[:6], r[-1], int(r[6:-1], 16) > 0, type(t).__name__)

# periodic, 10 ms: ten calls in 105 ms, at 10, 20, ... 100 ms
calls = []
t0 = time.ticks_us()
t.init(period=10, callback=lambda tim: calls.append(time.ticks_diff(time.ticks_us(), t0)))
time.sleep_ms(105)
t.deinit()
print(len(calls), [c // 1000 for c in calls])
# each call lands at the same offset past its due time
print(len(set(c % 1000 for c in calls)))
time.sleep_ms(50)
print(len(calls))          # deinit stopped it
t.deinit()                 # twice: nothing

# one-shot: once
n = [0]
def bump(tim):
    n[0] += 1
t.init(mode=Timer.ONE_SHOT, period=5, callback=bump)
time.sleep_ms(30)
print(n[0])

# freq, tick_hz, and the 100 us minimum
def count_in(ms, **kw):
    n[0] = 0
    t.init(callback=bump, **kw)
    time.sleep_us(ms * 1000 + 50)
    t.deinit()
    return n[0]
print(count_in(100, freq=100))                     # 10 ms
print(count_in(100, freq=0.5))                     # 2 s: none yet
print(count_in(20, period=25, tick_hz=10000))      # 2.5 ms: 8
print(count_in(2, period=250, tick_hz=1000000))    # 250 us: 8
print(count_in(2, period=10, tick_hz=1000000))     # 10 us -> 100 us: 20
print(count_in(2, freq=1000000))                   # 1 us -> 100 us: 20

# init again replaces the running one
t.init(period=1000, callback=bump)
n[0] = 0
t.init(period=2, callback=bump)
time.sleep_ms(9)
print(n[0])
t.deinit()

# an armed timer nobody refers to keeps running (as on the chip)
orphan = [0]
def tick(tim):
    orphan[0] += 1
Timer(0).init(period=3, callback=tick)
gc.collect()
time.sleep_ms(10)
print(orphan[0])

# hard: at once, the heap locked; what it raises is printed and stops it
stamps = [0] * 4
k = [0]
def hard(tim):
    if k[0] < 4:
        stamps[k[0]] = time.ticks_us()
    k[0] += 1
t.init(period=2, callback=hard, hard=True)
time.sleep_ms(9)
t.deinit()
print(k[0], [time.ticks_diff(stamps[i + 1], stamps[i]) for i in range(3)])
# (compiled under a fixed name: the traceback names it)
exec(compile("def allocate(tim):\n    n[0] += 1\n    return [1, 2, 3]\n",
             "cb", "exec"))
n[0] = 0
t.init(period=1, callback=allocate, hard=True)
time.sleep_ms(5)
print(n[0])

# the scheduler waits while a hard callback runs: what it schedules runs
# after it, even though its loop polls
import micropython
order = [0, 0]
pos = [0]
def note(x):
    order[pos[0]] = x
    pos[0] += 1
def hard_sched(tim):
    micropython.schedule(note, 2)
    for i in range(50):
        pass
    note(1)
t.init(mode=Timer.ONE_SHOT, period=1, callback=hard_sched, hard=True)
time.sleep_ms(3)
print(order)

# a soft callback's exception comes out in the program (at the sleep)
def fail(tim):
    raise ValueError("from the callback")
t.init(mode=Timer.ONE_SHOT, period=1, callback=fail)
try:
    time.sleep_ms(5)
except ValueError as e:
    print("caught", e)

# time on the virtual clock: sleeps move it exactly
a = time.ticks_ms()
time.sleep(1.5)
print(time.ticks_diff(time.ticks_ms(), a))
a = time.ticks_us()
time.sleep_us(250)
d = time.ticks_diff(time.ticks_us(), a)
print(250 <= d < 270)
# ticks_cpu counts the CPU's cycles: 80 a us, 160 at 160 MHz
import machine
for hz in (80000000, 160000000, 80000000):
    machine.freq(hz)
    a = time.ticks_cpu()
    time.sleep_us(1000)
    d = time.ticks_diff(time.ticks_cpu(), a)
    print(hz // 1000000 * 1000 <= d < hz // 1000000 * 1020)

# bad arguments
for f in (lambda: Timer(), lambda: Timer(1, 2), lambda: Timer(-1, period=5),
          lambda: t.init(5), lambda: t.init(bogus=1),
          lambda: t.init(period=-1), lambda: t.init(period=10, tick_hz=0),
          lambda: t.init(freq=0), lambda: t.init(freq=-3),
          lambda: t.init(freq="x"), lambda: t.init(period="x")):
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t.deinit()

# the board keeps at most 32 alarms (the orphan above holds one)
many = []
try:
    for i in range(40):
        many.append(Timer(i))
        many[-1].init(period=1000, callback=bump)
except OSError as e:
    print("OSError", e, len(many) - 1)
for x in many:
    x.deinit()
t.init(period=1000, callback=bump)
t.deinit()
print("END")
