# sys.argv holds the script name as given on the command line.
import sys
print(sys.argv)
print(type(sys.argv), len(sys.argv))
