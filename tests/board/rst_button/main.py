# A reset button between RST and GND (bounce off): held, the chip stops;
# let go, it starts again with HARD_RESET (the ROM says rst cause:2), or,
# pressed while the chip is in deep sleep (D0 is not wired to RST, so
# nothing else wakes it), with DEEPSLEEP_RESET (cause 5), as the chip
# reports it. The LED (D1) shows the count of starts in RTC memory.
import machine
from machine import Pin

rtc = machine.RTC()
starts = int(rtc.memory() or b"0") + 1
rtc.memory(b"%d" % starts)
Pin(5, Pin.OUT, value=starts % 2 == 0)
print("start %d cause %d" % (starts, machine.reset_cause()))
if starts == 2:
    machine.deepsleep()
