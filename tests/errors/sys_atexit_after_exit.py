# the sys.atexit function runs also when the program ends with SystemExit;
# the exit status stays the program's.
import sys
sys.atexit(lambda: print('at exit'))
print('exiting')
raise SystemExit(3)
