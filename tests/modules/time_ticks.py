# time: MicroPython's ticks arithmetic (period 2**30), sleeps, the 2000
# epoch of gmtime/localtime/mktime, and the utime alias.
import time
import utime
print(utime is time)
MAX = 2**30 - 1
print(time.ticks_add(MAX, 1), time.ticks_add(0, -1), time.ticks_add(100, 50))
print(time.ticks_diff(5, MAX - 4), time.ticks_diff(MAX - 4, 5), time.ticks_diff(10, 3))
print(time.ticks_diff(2**29, 0), time.ticks_diff(2**29 - 1, 0))
try:
    time.ticks_add(0, 2**29)
except OverflowError as e:
    print(e)
t0 = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), t0)
print(20 <= d < 1000)
u0 = time.ticks_us()
time.sleep_us(2000)
time.sleep(0.01)
print(time.ticks_diff(time.ticks_us(), u0) >= 12000)
print(0 <= time.ticks_ms() <= MAX, 0 <= time.ticks_cpu() <= MAX)
print(time.gmtime(0), time.localtime(0))
print(time.gmtime(86400 * 366 + 3661))
print(time.gmtime(-1))
print(time.gmtime(1234567890))
for t in [(2000, 1, 1, 0, 0, 0, 5, 1), (2024, 2, 29, 12, 30, 45, 0, 0),
          (2023, 13, 1, 0, 0, 0, 0, 0), (2021, 3, 0, 0, 0, 0, 0, 0),
          (1999, 12, 31, 23, 59, 59, 0, 0)]:
    s = time.mktime(t)
    print(s, time.gmtime(s))
print(all(time.mktime(time.gmtime(s)) == s for s in range(-10**9, 10**10, 98765431)))
print(time.time() >= 0, time.time_ns() // 10**9 - time.time() in (0, 1))
print(type(time.time()), type(time.time_ns()))
# ticks_add's limits: |delta| < 2**29, so ticks_diff gives delta back both ways
for d in (-2**29, -2**29 + 1, 2**29 - 1, 2**29):
    try:
        t = time.ticks_add(7, d)
        print(d, time.ticks_diff(t, 7) == d, time.ticks_diff(7, t) == -d)
    except OverflowError as e:
        print(d, e)
