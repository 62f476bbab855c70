# Two timers while the program sleeps: a soft one blinks the LED on GPIO5
# (toggled every 500 ms), a hard one at 1 kHz toggles GPIO4 (CLK on the
# logic analyzer: a 500 Hz square wave, an edge every millisecond).
import time
from machine import Pin, Timer

led = Pin(5, Pin.OUT, value=0)
clk = Pin(4, Pin.OUT, value=0)
blink = Timer(-1)
blink.init(period=500, callback=lambda t: led.toggle())
fast = Timer(-1)
fast.init(freq=1000, callback=lambda t: clk.toggle(), hard=True)
print("timers on")
while True:
    time.sleep(1)
