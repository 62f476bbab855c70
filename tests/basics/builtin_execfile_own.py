# execfile(path, globals=None, locals=None), as MicroPython's unix port:
# the file's code runs in the caller's namespace or in the dicts given;
# a missing file is OSError, a path that is no str TypeError.
import os, random

path = "/tmp/execfile_%08x.py" % random.getrandbits(32)
with open(path, "w") as f:
    f.write("y = x * 2\nprint('ran', x)\n")
x = 21
execfile(path)
print(y)
g = {"x": 5}
execfile(path, g)
print(g["y"], y)
loc = {}
execfile(path, {"x": 1}, loc)
print(loc)
try:
    os.remove(path)
except OSError:
    pass  # the QEMU port cannot remove files
try:
    execfile(path + "_missing.py")
except OSError as e:
    print("OSError", e.errno)
for bad in (b"a.py", 1, None):
    try:
        execfile(bad)
    except TypeError:
        print("TypeError")


def f():
    z = 3
    execfile("/dev/null")
    return z


print(f())
