# The NodeMCU profile from the diagram's board part: D1 is GPIO5, D2
# GPIO4; a line written by the scenario reaches input().
from machine import Pin
led = Pin(5, Pin.OUT)
button = Pin(4, Pin.IN)
print(button.value())
line = input("name? ")
led.value(button.value())
print("hello", line, button.value())
