# Run on the virtual board by tests/board/check.sh (expected: pwm.exp,
# reasoned from the reference's machine_pwm.c and esppwm.c: one frequency
# for all channels, 500 Hz at first, clamped to 1..1000; a 10-bit duty
# clamped to 0..1023; duty_u16 = duty * 65535 / 1024 and back * 1024 /
# 65535; duty_ns = duty * 976563 / freq and back * freq / 976562, kept
# across freq(); deinit leaves the channel, reading a duty takes it again).
import time
from machine import PWM, Pin
print("BEGIN")
p = PWM(Pin(4))
print(p)
print(p.freq(), p.duty())
p.init(freq=1000, duty=512)
print(p)
print(p.duty_u16(), p.duty_ns())
p.duty_u16(65535)
print(p.duty())
p.duty_u16(32768)
print(p.duty())
p.duty_ns(250000)
print(p.duty())
p.freq(500)
print(p.freq(), p.duty(), p.duty_ns())
p.duty(300)
p.freq(1000)
print(p.duty())

# clamped, not refused
for f in (0, -7, 5000, 1000, 1):
    p.freq(f)
    print("freq", f, p.freq())
for d in (-5, 2000, 1023, 0):
    p.duty(d)
    print("duty", d, p.duty())
p.duty_u16(-1)
print(p.duty())
p.duty_u16(10 ** 6)
print(p.duty())
p.duty_ns(10 ** 9)
print(p.duty())

# one frequency for all; positional arguments; pins as numbers; -1: not given
q = PWM(5, 100, 256)
print(q, p.freq())
r = PWM(Pin(12), duty=-1, freq=-1)
print(r)
r.init(duty_u16=16384)
print(r.duty())
r.init(duty_ns=2500000)
print(r.duty())

# the waveform on the pin: duty 0 and 1023 hold it; deinit keeps it
p.duty(1023)
time.sleep_ms(25)
print([Pin(4).value() for _ in range(5)])
p.duty(0)
time.sleep_ms(25)
print(Pin(4).value())
p.duty(1023)
time.sleep_ms(25)
p.deinit()
time.sleep_ms(25)
print(p, Pin(4).value())
print(p.duty(), p)
p.deinit()
p.init()
print(p)
p.deinit()
p.freq(200)
print(p, q)

# bad pins and arguments
for f in (lambda: PWM(1), lambda: PWM(3), lambda: PWM(9), lambda: PWM(16),
          lambda: PWM(Pin(16)), lambda: PWM(6), lambda: PWM(17),
          lambda: PWM("x"), lambda: PWM(), lambda: PWM(4, bogus=1),
          lambda: PWM(4, 1, 2, 3, 4, 5), lambda: q.duty("x"),
          lambda: q.freq(1.5), lambda: q.duty_ns(None)):
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("END")
