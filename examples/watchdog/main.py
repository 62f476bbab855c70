# A watchdog that resets a hung loop. The loop feeds the watchdog while it
# works; the button (GPIO4) stands for a bug that hangs it. Unfed for 5 s,
# the watchdog resets the board, which then says why and lights the LED
# (GPIO5).
import machine, time
from machine import Pin, WDT

led = Pin(5, Pin.OUT, value=0)
button = Pin(4, Pin.IN, Pin.PULL_UP)
if machine.reset_cause() == machine.WDT_RESET:
    led.on()
    print("the watchdog reset the board")
else:
    wdt = WDT(timeout=5000)
    print("working")
    while True:
        if button.value() == 0:
            print("hung")
            while True:  # the bug: nothing feeds the watchdog any more
                pass
        wdt.feed()
        time.sleep_ms(100)
