# Run on the virtual board by tests/board/check.sh (expected: pin_irq.exp,
# reasoned: a soft handler runs from the scheduler after the edges, a hard
# one at the edge; disable_irq holds edges until enable_irq).
import machine, time
from machine import Pin
print("BEGIN")
seen = []
p = Pin(5, Pin.OUT, value=0)
irq = p.irq(lambda pin: seen.append(pin), Pin.IRQ_RISING)
p.on()
p.off()
p.on()
print(len(seen))
time.sleep_ms(1)
print(seen)
print(irq.trigger(), p.irq().trigger())
n = 0
def count(pin):
    global n
    n += 1
p.irq(count, Pin.IRQ_FALLING, hard=True)
p.off()
print(n)
p.irq(None)
p.on()
p.off()
print(n)
p.irq(count, Pin.IRQ_FALLING, hard=True)
p.on()
st = machine.disable_irq()
p.off()
print(n)
machine.enable_irq(st)
print(n)
locked = False
def grow(pin):
    global locked
    try:
        [1, 2, 3]
    except MemoryError:
        locked = True
p.irq(grow, Pin.IRQ_RISING, hard=True)
p.on()
print(locked)
print("END")
