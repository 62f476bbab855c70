# Streams written in Python, checked as MicroPython's stream layer checks
# them: print(file=s) refuses a write() that claims more bytes than it was
# given (OSError EIO); json.load reads an io.IOBase stream that has only
# readinto() a byte at a time, refusing counts above the buffer's length
# (EIO), negative or not ints (EIO), None (EAGAIN: no data now).
import io
import json


class W(io.IOBase):
    def __init__(self, result):
        self.result = result
        self.got = []

    def write(self, s):
        self.got.append(s)
        return self.result(s)


for name, result in (("exact", len), ("less", lambda s: 0),
                     ("None", lambda s: None), ("more", lambda s: len(s) + 1)):
    w = W(result)
    try:
        print("ab", "c", sep="-", file=w)
        print(name, "ok", w.got)
    except OSError as e:
        print(name, "OSError", e.errno, w.got)


class R(io.IOBase):
    def __init__(self, data, *bad):
        self.data = data
        self.bad = bad  # () or (what readinto gives at the end,)

    def readinto(self, buf):
        if not self.data:
            return self.bad[0] if self.bad else 0
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(json.load(R(b'{"a": [1, 2.5, "x\\u00e9"], "b": null}')))
try:
    json.load(R(b""))
except ValueError:
    print("ValueError empty")
for bad in (2, -1, "1", 1.0, None):
    try:
        json.load(R(b"[1]", bad))
    except OSError as e:
        print(repr(bad), "OSError", e.errno)


class Boom(io.IOBase):
    def readinto(self, buf):
        raise ValueError("boom")


try:
    json.load(Boom())
except ValueError as e:
    print("ValueError", e)
try:
    json.load(object())
except AttributeError:
    print("AttributeError")
print(json.load(io.StringIO('{"s": 1}')), json.load(io.BytesIO(b"[true]")))


class Empties(io.IOBase):
    # gives "5", then empties the buffer it was handed and claims a byte:
    # a count above what the buffer now holds (EIO), not a stale "5"
    def __init__(self):
        self.n = 0

    def readinto(self, buf):
        self.n += 1
        if self.n == 1:
            buf[0] = ord("5")
            return 1
        if self.n == 2:
            buf[:] = b""
            return 1
        return 0


try:
    print(json.load(Empties()))
except OSError as e:
    print("emptied OSError", e.errno)
