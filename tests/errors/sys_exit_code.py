# sys.exit with a code: no traceback, that exit status.
import sys
print('exiting')
sys.exit(3)
