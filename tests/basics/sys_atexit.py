# sys.atexit(func) registers the function run when the main program ends
# and returns the one registered before (MicroPython's sys).
import sys


def first():
    print('first: never runs')


def last():
    print('at exit', 1 + 1)


print(sys.atexit(first))
print(sys.atexit(last) is first)
print('main program done')
