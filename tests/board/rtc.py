# Run on the virtual board by tests/board/check.sh: machine.RTC as the
# reference's ESP8266 port has it (spec esp8266-port.md section 2; the
# errors' texts are its machine_rtc.c's), and calibrate. rtc.exp is
# reasoned: the epoch is 2000-01-01 (a Saturday, weekday 5), the weekday
# given to datetime() is ignored, the 8th item is ms; time.time() reads
# the RTC; without drift calibrate() finds none.
import machine, time
from machine import RTC
print("BEGIN")
rtc = RTC()
print(rtc is RTC(), RTC.ALARM0)
print(rtc.datetime()[:7], time.time(), time.localtime()[:6])
rtc.datetime((2026, 12, 7, 6, 15, 30, 45, 250))
print(rtc.datetime())
print(time.time() == time.mktime((2026, 12, 7, 15, 30, 45, 0, 0)))
time.sleep_ms(1500)
print(rtc.datetime(), time.localtime())
rtc.datetime([2024, 2, 28, 0, 23, 59, 59, 999])  # a list, a leap year
time.sleep_ms(1)
print(rtc.datetime())
rtc.datetime((2000, 13, 32, 0, 25, 61, 0, 0))  # carries over, as mktime
print(rtc.datetime())
for bad in ((2026, 12, 7, 0, 0, 0, 0), (2026, 12, 7, 0, 0, 0, 0, 0, 0)):
    try:
        rtc.datetime(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ((2026, 12, 7, 0, "x", 0, 0, 0), 5, None):
    try:
        rtc.datetime(bad)
    except TypeError:
        print("TypeError", bad)
try:
    rtc.datetime((10 ** 12, 1, 1, 0, 0, 0, 0, 0))
except OverflowError:  # the message depends on the int's width
    print("OverflowError")
try:
    rtc.datetime((200000, 1, 1, 0, 0, 0, 0, 0))  # beyond the us counter
except OverflowError as e:
    print("OverflowError", e)
try:
    RTC(0)
except TypeError:
    print("TypeError RTC(0)")

# memory: up to 492 bytes
print(rtc.memory())
rtc.memory(b"abc")
print(rtc.memory())
rtc.memory(bytearray(b"\x00\xff" * 246))
m = rtc.memory()
print(len(m), m[:4], m[-2:], type(m).__name__)
try:
    rtc.memory(b"x" * 493)
except ValueError as e:
    print("ValueError", e)
print(len(rtc.memory()))
rtc.memory(b"")
print(rtc.memory())
for bad in (123, None):
    try:
        rtc.memory(bad)
    except TypeError:
        print("TypeError", bad)

# the alarm (ms left to the nearest 10: the RTC's time moves in ticks of
# 6.5 us, the bytecode between two calls takes a few us)
print(rtc.alarm_left())
rtc.alarm(RTC.ALARM0, 5000)
print(round(rtc.alarm_left(), -1), round(rtc.alarm_left(0), -1))
time.sleep_ms(2000)
print(round(rtc.alarm_left(), -1))
time.sleep_ms(3001)
print(rtc.alarm_left())
rtc.alarm(0, -100)
print(rtc.alarm_left())
for f, a in ((rtc.alarm, (1, 100)), (rtc.alarm_left, (1,))):
    try:
        f(*a)
    except ValueError as e:
        print("ValueError", e)
print(rtc.irq(trigger=RTC.ALARM0, wake=machine.DEEPSLEEP), rtc.irq())
try:
    rtc.irq(trigger=1)
except ValueError as e:
    print("ValueError", e)
for kw in ({"handler": print}, {"trigger": "x"}):
    try:
        rtc.irq(**kw)
    except TypeError:
        print("TypeError", list(kw))
try:
    rtc.irq(0)
except TypeError:
    print("TypeError irq(0)")

# calibrate: the first one sets the time; a later one, a minute or more
# after, measures the drift (none on this board)
print(rtc.calibrate((2026, 12, 7, 0, 12, 0, 0, 0)), rtc.datetime())
time.sleep(120)
print(rtc.calibrate((2026, 12, 7, 0, 12, 2, 0, 0)), rtc.datetime())
try:
    rtc.calibrate((1, 2))
except ValueError as e:
    print("ValueError", e)
print("END")
