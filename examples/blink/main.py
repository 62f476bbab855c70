# Blink the LED on GPIO5 every half second, and say so.
import time
from machine import Pin

led = Pin(5, Pin.OUT)
print("blink")
while True:
    led.on()
    time.sleep_ms(500)
    led.off()
    time.sleep_ms(500)
