# Run on the virtual board by tests/board/check.sh: in board mode a program
# sees the chip's platform, as on the ESP8266 (plain mode keeps 'linux',
# tests/basics/sys_platform.py).
import sys
import os

print("BEGIN")
print(sys.platform)
from sys import platform

print(platform == "esp8266", hasattr(sys, "platform"))
print(os.uname().sysname)
try:
    sys.no_such_name
except AttributeError as e:
    print(e)
print("END")
