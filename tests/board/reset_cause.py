# Run on the virtual board by tests/board/check.sh: machine.reset, the
# watchdog and reset_cause over three starts of the chip. reset_cause.exp
# is reasoned from the reference's ESP8266 port (spec esp8266-port.md
# sections 1-2, virtual-board-facts.md section 6): the ROM's boot line
# names the cause (3 software restart, 4 watchdog, with "wdt reset"),
# reset_cause() the SDK's (SOFT_RESET 4, WDT_RESET 1); RAM is lost, the
# flash and the RTC's memory are kept.
import machine, sys, time
cause = machine.reset_cause()
rtc = machine.RTC()
if cause == machine.PWRON_RESET:
    print("BEGIN")
    print(machine.PWRON_RESET, machine.WDT_RESET, machine.SOFT_RESET,
          machine.DEEPSLEEP_RESET, machine.HARD_RESET, machine.DEEPSLEEP)
    for bad in ((1,), (0, 1000), (0, 4999)):
        try:
            machine.WDT(*bad)
        except ValueError as e:
            print("ValueError", bad, e.args)
    try:
        machine.WDT(timeout=6000)
    except ValueError:
        print("ValueError timeout=6000")
    for name, f, a in (("reset", machine.reset, (1,)),
                       ("reset_cause", machine.reset_cause, (0,)),
                       ("WDT", machine.WDT, (0, 5000, 1))):
        try:
            f(*a)
        except TypeError:
            print("TypeError", name)
    try:
        machine.WDT(0, 5000).feed(1)
    except TypeError:
        print("TypeError feed(1)")
    sys.path.append("/lost")  # RAM: gone after the reset
    with open("kept.txt", "w") as f:  # the flash: kept
        f.write("on the flash")
    rtc.memory(b"in the RTC")
    print("ticks before", time.ticks_ms() > 0)
    machine.reset()
    print("never")
elif cause == machine.SOFT_RESET:
    print("after reset()", cause, "/lost" in sys.path, open("kept.txt").read(),
          rtc.memory(), time.ticks_ms() < 100)
    w = machine.WDT()
    t0 = time.ticks_ms()
    for i in range(3):
        time.sleep_ms(4000)
        w.feed()  # fed within 5 s: no reset
    print("fed for", time.ticks_diff(time.ticks_ms(), t0), "ms")
    while True:  # starved: the watchdog resets the chip 5 s after the feed
        pass
else:
    print("after the watchdog", cause == machine.WDT_RESET, rtc.memory(),
          time.ticks_ms() < 100)
    try:
        import machine as m2
        m2.soft_reset()
    except SystemExit as e:
        print("soft_reset is SystemExit", e.args)
    print("END")
