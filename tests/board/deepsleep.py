# Run on the virtual board by tests/board/check.sh with deepsleep.json
# (GPIO16 wired to RST, so deep sleep wakes): machine.deepsleep with a
# time, with RTC.ALARM0 (the shorter of the two wins), esp.deepsleep,
# esp.sleep_type, lightsleep and their errors; the boots counted in RTC
# memory. deepsleep.exp is reasoned from the reference's ESP8266 port
# (spec esp8266-port.md section 2, virtual-board-facts.md section 6):
# each wake is a reset with the ROM's "rst cause:5" and reset_cause()
# DEEPSLEEP_RESET; the RTC's time goes on by the sleep; sleep_type is
# back to SLEEP_MODEM after each reset.
import esp, machine, time
rtc = machine.RTC()
boot = int(rtc.memory() or b"0") + 1
rtc.memory(b"%d" % boot)
cause = machine.reset_cause()
if boot == 1:
    print("BEGIN")
    print(cause, esp.SLEEP_NONE, esp.SLEEP_LIGHT, esp.SLEEP_MODEM,
          esp.sleep_type())
    esp.sleep_type(esp.SLEEP_NONE)
    print(esp.sleep_type())
    for f, a in ((machine.deepsleep, (4294968,)), (esp.deepsleep, (-1,)),
                 (esp.deepsleep, (1 << 32,)), (esp.deepsleep, (1, 3)),
                 (esp.sleep_type, (3,)), (esp.sleep_type, (-1,))):
        try:
            f(*a)
        except ValueError as e:
            print("ValueError", a, e)
    for f, a in ((machine.deepsleep, ("x",)), (machine.deepsleep, (1, 2)),
                 (esp.deepsleep, (1, 0, 0)), (machine.lightsleep, (1.5,))):
        try:
            f(*a)
        except TypeError:
            print("TypeError", a)
    t0 = time.ticks_ms()
    machine.lightsleep(250)
    machine.sleep(250)
    print("lightsleep", time.ticks_diff(time.ticks_ms(), t0))
    rtc.datetime((2026, 12, 7, 0, 12, 0, 0, 0))
    machine.deepsleep(10000)
    print("never")
print("boot", boot, cause == machine.DEEPSLEEP_RESET, esp.sleep_type(),
      rtc.datetime()[4:7], time.ticks_ms() < 50)
if boot == 2:
    rtc.alarm(rtc.ALARM0, 3000)
    rtc.irq(trigger=rtc.ALARM0, wake=machine.DEEPSLEEP)
    machine.deepsleep()  # the alarm wakes it: 12:00:13
elif boot == 3:
    rtc.alarm(rtc.ALARM0, 60000)
    rtc.irq(trigger=rtc.ALARM0, wake=machine.DEEPSLEEP)
    machine.deepsleep(2000)  # sooner than the alarm: 12:00:15
elif boot == 4:
    rtc.alarm(rtc.ALARM0, 60000)
    machine.deepsleep(1000)  # the alarm is lost at each reset: 12:00:16
elif boot == 5:
    esp.deepsleep(4000000)  # us: 12:00:20
elif boot == 6:
    machine.deepsleep(0)  # 1 ms at least: still 12:00:20
else:
    print("END")
