# MicroPython's stream extensions on io.BytesIO/StringIO: write(buf, len)
# and write(buf, off, len) (clipped to the data; counts are units: bytes,
# or code points for text), BytesIO.readinto(buf[, n]), BytesIO(n) (empty,
# with room for n bytes), a BytesIO over a bytes object left unchanged by
# writes, a negative absolute seek as a file's OSError(EINVAL), the repr.
import io

b = io.BytesIO()
print(b.write(b"hello", 3), b.write(b"hello", 0), b.write(b"hello", 99))
print(b.write(b"abcdef", 2, 3), b.write(b"abcdef", 5, 9), b.write(b"abcdef", 6, 1))
print(b.write(bytearray(b"xyz"), 1, 1), b.write(memoryview(b"uvw")[1:], 1))
print(b.getvalue())
for args in ((b"ab", -1), (b"ab", -1, 1), (b"ab", 1, -1), (b"ab", "1")):
    try:
        b.write(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    b.write(b"a", 1, 2, 3)
except TypeError:
    print("TypeError")

s = io.StringIO()
print(s.write("h\xe9llo\u20ac", 2), s.write("h\xe9llo\u20ac", 5, 9), s.write("ab", 9, 1))
print(repr(s.getvalue()), s.tell())

b = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
print(b.readinto(buf, 2), buf, b.tell())
mv = memoryview(buf)
print(b.readinto(mv[1:]), buf, b.tell())
print(b.readinto(buf), buf, b.readinto(bytearray(0)), b.read())
print(b.readinto(buf, 0), b.readinto(buf, 100))
for bad in (b"read-only", "str", 5):
    try:
        b.readinto(bad)
    except TypeError:
        print("TypeError")
try:
    b.readinto(buf, -1)
except ValueError:
    print("ValueError")
try:
    io.StringIO("x").readinto(buf)
except AttributeError as e:
    print("AttributeError", e)
b.close()
try:
    b.readinto(buf)
except ValueError:
    print("ValueError closed")

b = io.BytesIO(16)
print(b.getvalue(), b.tell(), b.read())
b.write(b"0123456789abcdefXYZ")
print(b.getvalue())
print(io.BytesIO(0).getvalue())
try:
    io.BytesIO(-1)
except ValueError:
    print("ValueError")

data = b"shared" * 4
b = io.BytesIO(data)
print(b.read(6), b.seek(3), b.write(b"!!"), b.getvalue())
print(data)
b = io.BytesIO(data)
b.seek(30)
b.write(b"end")
print(b.getvalue(), data)

b = io.BytesIO(b"abc")
for args in ((-1,), (-10, 0)):
    try:
        b.seek(*args)
    except OSError as e:
        print("OSError", e.errno == 22)
print(b.seek(-10, 1), b.seek(-10, 2))
try:
    io.StringIO("abc").seek(-1)
except ValueError as e:
    print("ValueError", e)

print(repr(io.BytesIO())[:19], repr(io.StringIO())[:20])
