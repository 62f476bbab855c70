# skip-qemu: the lx106 port is the chip, whose sys.platform is 'esp8266' (modules/sys.c); this test checks the host's plain mode
# Plain mode is MicroPython's unix port: sys.platform is the host's
# ('linux', as CPython prints on this machine); board mode gives 'esp8266'
# (tests/board/sys_platform.py).
import sys

print(sys.platform)
from sys import platform

print(platform, hasattr(sys, "platform"), getattr(sys, "nothing", 5))
