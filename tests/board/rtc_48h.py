# Run on the virtual board by tests/board/check.sh: 48 virtual hours
# without reading the RTC. The chip's RTC counter wraps every 7 h 46 min;
# the reference notices a wrap only when the time is read (its docs ask to
# read it at least every 7 hours), so it would lose six wraps here
# (45 h). espy reads it every minute itself. rtc_48h.exp: the time set
# plus exactly 48 h, and time.time() 48 * 3600 s on.
import machine, time
print("BEGIN")
rtc = machine.RTC()
rtc.datetime((2026, 12, 7, 0, 12, 0, 0, 0))
t0 = time.time()
time.sleep(48 * 3600)
print(rtc.datetime())
print(time.time() - t0)
time.sleep(7 * 3600 + 46 * 60)
print(rtc.datetime()[4:7])
print("END")
