# micropython.kbd_intr takes the interrupt character as an int (-1: none);
# anything else is a TypeError. (Ctrl-C itself is checked by hand: a
# SIGINT raises KeyboardInterrupt only while the character is not -1.)
import micropython

print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
try:
    micropython.kbd_intr("x")
except TypeError:
    print("TypeError")
