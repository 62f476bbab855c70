# sys.stdout.buffer and sys.stderr.buffer take bytes-like objects; the
# text streams are flushed first so the output keeps its order.
import sys
sys.stdout.flush()
n = sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
print(n)
sys.stdout.flush()
print(sys.stdout.buffer.write(bytearray(b'from a bytearray\n')))
sys.stdout.flush()
print(sys.stdout.buffer.write(memoryview(b'xyz\n')[1:]))
print(sys.stderr.buffer.write(b''))
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(hasattr(s.buffer, 'write'), hasattr(s.buffer, 'read'))
try:
    sys.stdout.buffer.write('text')
except TypeError:
    print('TypeError')
# the binary streams have the text streams' file descriptors
print([s.fileno() for s in (sys.stdin, sys.stdout, sys.stderr)])
print([s.buffer.fileno() for s in (sys.stdin, sys.stdout, sys.stderr)])
