# an exception raised by the sys.atexit function is printed as uncaught
# and gives the exit status.
import sys


def fail():
    print('in atexit')
    raise ValueError('from atexit')


sys.atexit(fail)
print('done')
