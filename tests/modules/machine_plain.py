# machine in plain mode, as MicroPython's unix port has it: PinBase,
# Signal, mem8/16/32 and time_pulse_us; no Pin or ADC without a board.
import machine

print(hasattr(machine, "Pin"), hasattr(machine, "ADC"), hasattr(machine, "freq"))


class P(machine.PinBase):
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v


p = P()
s = machine.Signal(p, invert=True)
s(1)
print(p.v, s())
s.off()
print(p.v, s.value())
print(machine.time_pulse_us(p, 0, 100))
for addr in (0x60000300, 3):
    try:
        machine.mem32[addr]
    except ValueError as e:
        print(e)
try:
    machine.Pin
except AttributeError as e:
    print(e)
print(machine.mem8, machine.mem32)
try:
    machine.Signal()
except TypeError:
    print("TypeError")


# A subclass of Signal: the native base's call, value, on and off; a
# PinBase's value() is the level as it is (an int), as MicroPython's.
class Level(machine.PinBase):
    def value(self, v=None):
        return 42


class MySignal(machine.Signal):
    def name(self):
        return "mine"


m = MySignal(p)
m.on()
print(p.v, m(), m.value(), m.name(), isinstance(m, machine.Signal))
m(0)
print(p.v, MySignal(Level())(), MySignal(Level(), invert=True)())


class Bad(machine.PinBase):
    def value(self, v=None):
        return "high"


try:
    machine.Signal(Bad())()
except TypeError:
    print("TypeError")
