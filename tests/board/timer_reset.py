# Run on the virtual board by tests/board/check.sh (expected:
# timer_reset.exp, reasoned: a reset stops the chip's timers, so a timer
# armed before machine.reset() never calls back in the program that
# starts after it; a hard one armed inside its own callback neither).
import machine, time
from machine import Timer
if machine.reset_cause() != machine.SOFT_RESET:
    print("BEGIN")
    n = [0]
    def tick(t):
        n[0] += 1
        if n[0] == 3:
            machine.reset()
    Timer(-1).init(period=2, callback=lambda t: print("soft tick"))
    Timer(-1).init(period=1, callback=tick, hard=True)
    time.sleep_ms(100)
    print("not reached")
else:
    print("after reset")
    time.sleep_ms(50)
    t = Timer(-1)
    t.init(mode=Timer.ONE_SHOT, period=1, callback=lambda t: print("new timer"))
    time.sleep_ms(5)
    print("END")
