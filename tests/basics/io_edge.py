# io edge cases: partial reads, readline limits, seek errors, closing twice,
# iterating a BytesIO in a with block.
import io
s = io.StringIO('one\ntwo\nthree')
print(s.readline(2), repr(s.readline()), s.readlines(), repr(s.readline()), s.read(5))
print(io.StringIO().getvalue() == '', io.BytesIO().getvalue(), io.StringIO(None).read())
b = io.BytesIO(bytearray(b'ab'))
print(b.read(0), b.read(-1), b.read(), b.seek(1), b.read(1), b.seek(-1, 1), b.read())
print(b.flush(), b.readable(), b.writable(), b.seekable())
for e in ["io.StringIO().seek(-1)", "io.StringIO('a').seek(1, 1)", "io.BytesIO().seek(0, 5)", "io.StringIO(5)", "io.BytesIO('x')"]:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
with io.BytesIO(b'l1\nl2\n') as f:
    for line in f:
        print(line)
print(f.closed)
s = io.StringIO('abc'); s.close(); s.close()
try:
    s.tell()
except ValueError as e:
    print(e)
