# Run by tests/board/check.sh on a Feather HUZZAH whose RTC oscillator
# runs 5% fast (rtc_drift_ppm 50000 in its profile), GPIO16 not wired.
# rtc_drift.exp, reasoned: the RTC (and time.time) gains 5% on the true
# time (time.sleep and ticks_ms: the crystal's): 63 s in 60 s;
# calibrate() measures the drift against the true time it is given (from
# NTP, later) over at least a minute, and from there the RTC keeps the
# true time. Times are printed to the nearest second.
import machine, time
print("BEGIN")
rtc = machine.RTC()


def hms():
    d = rtc.datetime()
    s = round(d[4] * 3600 + d[5] * 60 + d[6] + d[7] / 1000)
    return s // 3600, s // 60 % 60, s % 60


print(rtc.calibrate((2026, 12, 7, 0, 12, 0, 0, 0)))  # sets; nothing to measure
time.sleep(30)
print(hms())
print(rtc.calibrate((2026, 12, 7, 0, 12, 0, 30, 0)))  # 31.5 s: too short
t0 = time.time()
time.sleep(60)
print(hms(), time.time() - t0)
print(round(rtc.calibrate((2026, 12, 7, 0, 12, 1, 30, 0)) / 10000, 1))  # %
time.sleep(3600)
print(hms())
rtc.datetime((2026, 12, 7, 0, 0, 0, 0, 0))  # a setting keeps the correction
time.sleep(600)
print(hms())
print("END")
