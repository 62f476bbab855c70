# Text streams take a bytes-like object as MicroPython's do (ampy's `get`
# writes binascii.hexlify's bytes to sys.stdout): its bytes go out as they
# are and write returns their count; a str still counts code points. A
# binary file takes a str (its UTF-8 bytes). Other types stay TypeError.
import binascii
import os
import random
import sys

print(sys.stdout.write(b'ab'))
print(sys.stdout.write(bytearray(b'cd\n')))
print(sys.stdout.write(memoryview(b'xyz')[1:]))
print(sys.stdout.write('\xe9\n'))
print(sys.stdout.write(binascii.hexlify(b'\x00\x7f\xff')))
print(sys.stderr.write(b''))

N = '/tmp/espy_stream_write_bytes_%d.tmp' % random.getrandbits(30)
f = open(N, 'w')
print(f.write(b'\xc3\xa9t\n'), f.write(bytearray(b'12')), f.write('\xe9'))
f.close()
print(repr(open(N).read()))
print(open(N, 'rb').read())
f = open(N, 'wb')
print(f.write('\xe9'), f.write(b'!'))
f.close()
print(open(N, 'rb').read())

for w in (sys.stdout.write, open(N, 'w').write, open(N, 'wb').write):
    for bad in (5, None, [1]):
        try:
            w(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    os.remove(N)
except OSError:  # QEMU's semihosting removes no file
    pass
