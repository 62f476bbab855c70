# Small CPython behaviours: dir() uses a class's __dir__ (sorted); strip
# returns the same bytes when nothing is stripped; %d takes __index__ or
# __int__, %x only __index__; after %(key) no positional argument is left;
# memoryview.hex takes a separator; fromhex skips any ASCII whitespace; a
# built-in type has a __dict__
class D:
    def __dir__(self):
        return ["b", "c", "a"]


class N:
    def __dir__(self):
        return (3, 1, 2)


print(dir(D()), dir(N()), "a" in dir(D))
s = b"abc"
print(s.strip() is s, s.lstrip(b"x") is s, s.strip(b"a") == b"bc")


class I:
    def __int__(self):
        return 123


class X:
    def __index__(self):
        return 255


print("%d %i" % (I(), I()), "%x %d %o" % (X(), X(), X()))
for fmt, arg in (("%x", I()), ("%(a)s %s", {"a": 1}), ("%d", "s")):
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError")
print("%s %(a)s" % {"a": 1})
print(memoryview(b"\x01\x02\x03").hex(":"), memoryview(b"\xab\xcd").hex("-"))
print(bytes.fromhex("ab\tcd\n ef\x0b\x0c\r 01"))
print("from_bytes" in int.__dict__, "append" in list.__dict__)
