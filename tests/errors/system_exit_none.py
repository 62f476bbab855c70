# sys.exit() without a code exits with status 0.
import sys
print('bye')
sys.exit()
print('never')
