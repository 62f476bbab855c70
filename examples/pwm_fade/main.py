# Fade the LED on GPIO5 up and down with machine.PWM (1 kHz, 10-bit duty):
# each step holds its duty for 100 ms and says so.
import time
from machine import Pin, PWM

led = PWM(Pin(5), freq=1000, duty=0)
while True:
    for duty in (0, 128, 256, 512, 768, 1023, 768, 512, 256, 128):
        led.duty(duty)
        print("duty", duty)
        time.sleep_ms(100)
