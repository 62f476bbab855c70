# A push button on GPIO4 (to GND, with the chip's pull-up) toggles the LED
# on GPIO5. The button's interrupt handler ignores the contact's bounces:
# edges within 50 ms of a press count as that press.
import time
from machine import Pin

led = Pin(5, Pin.OUT, value=0)
button = Pin(4, Pin.IN, Pin.PULL_UP)
last = 0
presses = 0


def on_press(pin):
    global last, presses
    now = time.ticks_ms()
    if time.ticks_diff(now, last) < 50:
        return
    last = now
    presses += 1
    led.value(not led.value())
    print("pressed", presses)


button.irq(on_press, Pin.IRQ_FALLING)
print("ready")
while True:
    time.sleep_ms(10)
