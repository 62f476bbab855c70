# A Timer-free busy-loop blink on GPIO5: on, 114 turns of an empty loop,
# off, 114 turns. On an 80 MHz lx106 one period is about 1 ms (the same
# loop shape under QEMU, make bench-lx106: docs/board.md).
from machine import Pin

p = Pin(5, Pin.OUT)
while True:
    p.on()
    for i in range(114):
        pass
    p.off()
    for i in range(114):
        pass
