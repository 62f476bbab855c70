# os without a filesystem: uname() as the ESP8266 port's, urandom, sep,
# and the uos alias.
import os
import uos
print(uos is os)
u = os.uname()
print(u)
print(u.sysname, u.nodename, u.machine, u[0], u[4], len(tuple(u)))
print(type(u.release).__name__, type(u.version).__name__)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(len(set(os.urandom(1)[0] for _ in range(200))) > 20)
print(os.sep)
for bad in [-1, "3", None]:
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
