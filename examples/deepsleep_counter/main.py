# A counter kept in RTC memory across deep sleep: the board wakes every
# 10 minutes (D0, GPIO16, is wired to RST: that wire wakes it), counts,
# says so and sleeps again; after a day of wake-ups it lights the LED on
# D1 and stays awake. Power-on or a reset starts the count over.
import machine
from machine import Pin, RTC

rtc = RTC()
led = Pin(5, Pin.OUT, value=0)
if machine.reset_cause() != machine.DEEPSLEEP_RESET:
    rtc.memory(b"")
    rtc.datetime((2026, 12, 7, 0, 0, 0, 0, 0))
count = int(rtc.memory() or b"0") + 1
rtc.memory(b"%d" % count)
year, month, day, weekday, hour, minute, second, ms = rtc.datetime()
print("wake %d on day %d at %02d:%02d" % (count, day, hour, minute))
if count <= 144:
    rtc.alarm(RTC.ALARM0, 10 * 60 * 1000)
    rtc.irq(trigger=RTC.ALARM0, wake=machine.DEEPSLEEP)
    machine.deepsleep()
led.on()
print("a day of wake-ups")
