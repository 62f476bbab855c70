# machine.reset() from a hard interrupt handler, which runs at the edge:
# here inside the scenario's set-control step. The chip restarts (SOFT_RESET
# lights the LED on GPIO5) and the scenario goes on with its next step.
import machine, time
from machine import Pin

led = Pin(5, Pin.OUT, value=machine.reset_cause() == machine.SOFT_RESET)
print("cause", machine.reset_cause())
if machine.reset_cause() == machine.PWRON_RESET:
    button = Pin(4, Pin.IN, Pin.PULL_UP)
    button.irq(lambda pin: machine.reset(), Pin.IRQ_FALLING, hard=True)
    print("ready")
    while True:
        time.sleep(1)
