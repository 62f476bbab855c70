# time.mktime with fields too large for a timestamp: OverflowError (UBSan
# found the 64-bit overflow in days * 86400 before the fields were checked).
import time
for t in ((10 ** 12, 1, 1, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 2 ** 40, 0, 0, 0, 0, 0),
          (2000, 1, -(2 ** 40), 0, 0, 0, 0, 0, 0)):
    try:
        time.mktime(t)
        print("no error")
    except OverflowError:
        print("OverflowError")
