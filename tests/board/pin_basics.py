# Run on the virtual board by tests/board/check.sh; pin_basics.exp is
# reasoned from the reference's ESP8266 machine module (spec section 2).
import machine, time
from machine import Pin, Signal, ADC
print("BEGIN")
p = Pin(5, Pin.OUT)
print(p)
p.value(1)
print(p.value(), p())
p.off()
print(p.value())
p.toggle()
print(p.value())
p(0)
print(p.value())
q = Pin(4, Pin.IN, Pin.PULL_UP)
print(q.value())
q.init(Pin.IN)
print(q.value())
o = Pin(13, Pin.OPEN_DRAIN, Pin.PULL_UP)
o(1)
print(o.value())
o(0)
print(o.value())
print(Pin(2, Pin.IN).value())  # the Feather's pull-up on GPIO2
# the GPIO registers: OUT 0x300, W1TS 0x304, W1TC 0x308, ENABLE 0x30C, IN 0x318
machine.mem32[0x60000304] = 1 << 5
print(p.value())
machine.mem32[0x60000308] = 1 << 5
print(p.value(), machine.mem32[0x60000318] >> 5 & 1)
p.on()
print(machine.mem32[0x60000318] >> 5 & 1, machine.mem32[0x60000300] >> 5 & 1)
print(machine.mem32[0x6000030C] >> 5 & 1, machine.mem8[0x60000300] >> 5 & 1)
machine.mem16[0x60000310] = 1 << 14
machine.mem32[0x60000304] = 1 << 14
print(Pin(14).value())
for bad in (0x60000301, 0x60000302):
    try:
        machine.mem32[bad]
    except ValueError as e:
        print(e)
for n in (6, 7, 8, 11, 17, -1):
    try:
        Pin(n)
    except ValueError as e:
        print(n, e)
try:
    Pin(16, Pin.IN, Pin.PULL_UP)
except ValueError as e:
    print(e)
try:
    Pin(16).irq(lambda p: 0)
except OSError as e:
    print(e)
s = Signal(p, invert=True)
s.on()
print(p.value(), s.value())
s.off()
print(p.value(), s.value())
s2 = Signal(12, Pin.OUT, invert=True)
s2.value(1)
print(Pin(12).value(), s2())
a = ADC(0)
print(a, a.read(), a.read_u16())
try:
    ADC(2)
except ValueError as e:
    print(e)
print(machine.freq())
machine.freq(160000000)
print(machine.freq())
try:
    machine.freq(100000000)
except ValueError as e:
    print(e)
machine.freq(80000000)
print(len(machine.unique_id()), type(machine.unique_id()))
t0 = time.ticks_us()
time.sleep_ms(5)
print(time.ticks_diff(time.ticks_us(), t0) // 1000)
print(machine.time_pulse_us(Pin(4, Pin.IN), 1, 1000))
print(machine.time_pulse_us(Pin(2, Pin.IN), 1, 1000))
print("END")
