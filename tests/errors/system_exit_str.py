# sys.exit with a message prints it on stderr and exits 1.
import sys
sys.exit('fatal: stopping')
