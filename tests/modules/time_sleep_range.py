# time.sleep with a length no clock can count: OverflowError (was an
# undefined conversion to a 64-bit count, a UBSan report in the fuzzer),
# NaN a ValueError, a negative length a ValueError; zero returns at once.
import time

for v in (1e300, float("inf"), 9.3e9, 1e20, float("nan"), -1, -0.5):
    try:
        time.sleep(v)
        print(v, "slept")
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)
time.sleep(0)
time.sleep(0.0)
print("done")
