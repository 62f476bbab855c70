# sys.print_exception writes to any object with write(); one without is
# OSError EINVAL (MicroPython's stream check), before anything is printed
import io
import sys

s = io.StringIO()
sys.print_exception(ValueError(2), s)
print(s.getvalue().splitlines()[-1])
for bad in (1, None, object()):
    try:
        sys.print_exception(ValueError(1), bad)
    except OSError as e:
        print("OSError", e.args[0])
