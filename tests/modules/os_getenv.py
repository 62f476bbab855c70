# skip-qemu: the lx106 port has no environment (nor has MicroPython's ESP8266 port)
# os.getenv on the host, as MicroPython's unix port: the value, None or the
# default when unset, TypeError for a key that is no str.
import os
print(os.getenv("ESPY_TEST_SURELY_UNSET_VARIABLE"))
print(os.getenv("ESPY_TEST_SURELY_UNSET_VARIABLE", "default"))
print(os.getenv("ESPY_TEST_SURELY_UNSET_VARIABLE", 5))
print(type(os.getenv("PATH")).__name__, len(os.getenv("PATH")) > 0)
try:
    os.getenv(5)
except TypeError:
    print("TypeError")
