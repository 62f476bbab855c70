# Run on the virtual board by tests/board/check.sh with soft_reset.in as
# the console's input (Ctrl-D at the first prompt). soft_reset.exp,
# reasoned from the reference (spec esp8266-port.md section 1): a soft
# reset keeps the RTC's memory and time, the reset cause (the chip did not
# restart) and a running watchdog, and boot.py and main.py run again; the
# watchdog, fed no more, then resets the chip: the ROM's line, boot.py,
# main.py with WDT_RESET.
import machine, time

rtc = machine.RTC()
count = int(rtc.memory() or b"0") + 1
rtc.memory(b"%d" % count)
if count == 1:
    print("BEGIN")
    with open("boot.py", "w") as f:
        f.write("import machine\nprint('boot.py', machine.reset_cause())\n")
    rtc.datetime((2026, 12, 7, 0, 12, 0, 0, 0))
    machine.WDT()
print("main %d cause %d" % (count, machine.reset_cause()))
if count == 2:
    print("time kept", rtc.datetime()[:6])
    time.sleep(6)  # the watchdog, started before the soft reset, fires
    print("never")
elif count == 3:
    print("END")
