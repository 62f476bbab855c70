# sys.stdout.buffer as MicroPython's streams (what mpremote's mount code
# uses): write(buf, max_len), write(buf, off, max_len), fileno(), and
# sys.stdin.buffer's fileno() for select.
import sys

w = sys.stdout.buffer.write
print(w(b'abc\n'))
print(w(b'0123456789', 3))
print(w(b'\n'))
print(w(bytearray(b'0123456789'), 4, 2))
print(w(memoryview(b'xyz\n'), 2, 100))
print(w(b'abc', 5, 1))
print(w(b'abc', 0))
print(sys.stdout.buffer.fileno(), sys.stdin.buffer.fileno(), sys.stderr.buffer.fileno())
import select
p = select.poll()
p.register(sys.stdin.buffer, select.POLLIN)
print('registered')
