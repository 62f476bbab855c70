# A potentiometer on the ADC (A0) sets the LED's brightness on GPIO5:
# a software PWM with a 10 ms period, on for level/1024 of it.
import time
from machine import ADC, Pin

led = Pin(5, Pin.OUT, value=0)
pot = ADC(0)
last = -100
while True:
    level = pot.read()  # 0..1024
    if abs(level - last) > 8:
        last = level
        print("level", level)
    on_us = level * 10000 // 1024
    if on_us > 0:
        led.on()
        time.sleep_us(on_us)
    if on_us < 10000:
        led.off()
        time.sleep_us(10000 - on_us)
