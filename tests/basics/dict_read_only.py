# A built-in module's constant dicts (errno.errorcode, the module's own
# __dict__) refuse every change with TypeError, whether the key is there
# or not, and stay as they were; reads and copies work as usual.
import errno

ec = errno.errorcode
before = ec.copy()
changes = [
    lambda: ec.popitem(),
    lambda: ec.pop(errno.EIO),
    lambda: ec.pop(9999),
    lambda: ec.pop(9999, None),
    lambda: ec.setdefault(errno.EIO, "x"),
    lambda: ec.setdefault(9999, "x"),
    lambda: ec.update([(errno.EIO, "x")]),
    lambda: ec.update({9999: "x"}),
    lambda: ec.__setitem__(errno.EIO, "x"),
    lambda: ec.__setitem__(9999, "x"),
    lambda: ec.__delitem__(errno.EIO),
    lambda: ec.__delitem__(9999),
    lambda: ec.clear(),
]
for i, f in enumerate(changes):
    try:
        f()
        print(i, "changed")
    except TypeError:
        print(i, "TypeError")
try:
    ec[errno.EIO] = "x"
except TypeError:
    print("setitem TypeError")
try:
    del ec[errno.EIO]
except TypeError:
    print("delitem TypeError")
try:
    ec |= {1: "x"}
except TypeError:
    print("ior TypeError")

print(ec == before, ec[errno.EIO], ec.get(9999), errno.EIO in ec)
mine = ec.copy()
mine[9999] = "E9999"
del mine[errno.EIO]
print(len(mine) == len(ec), 9999 in ec, errno.EIO in mine)

md = errno.__dict__
for f in (lambda: md.pop("EIO"), lambda: md.update(x=1), md.clear):
    try:
        f()
        print("changed")
    except TypeError:
        print("TypeError")
print(errno.EIO)
