# The LED on GPIO5 follows the button on GPIO4 (pressed: lit).
import time
from machine import Pin

button = Pin(4, Pin.IN, Pin.PULL_UP)
led = Pin(5, Pin.OUT, value=0)
print("ready")
while True:
    led.value(not button.value())
    time.sleep_ms(1)
