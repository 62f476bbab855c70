# struct.pack_into and unpack_from: offsets (negative from the end, the
# offset= keyword), every kind of buffer, and CPython's errors.
import struct
buf = bytearray(10)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
struct.pack_into('<h', buf, -2, 0x4142)
print(buf)
print(struct.unpack_from('<h', buf, 2), struct.unpack_from('<h', buf, offset=-2),
      struct.unpack_from('<h', buffer=buf), struct.unpack_from('<h', buf))
for off in (9, -11, 100, -10):
    try:
        print(struct.unpack_from('<h', buf, off))
    except struct.error as e:
        print('error', e)
    try:
        struct.pack_into('<h', buf, off, 1)
        print(buf)
    except struct.error as e:
        print('error', e)
for b in (b'1234', '1234', 5):
    try:
        struct.pack_into('<h', b, 0, 1)
    except TypeError as e:
        print('TypeError', e)
for b in ('ab', 5, None):
    try:
        struct.unpack('<h', b)
    except TypeError as e:
        print('TypeError', e)
    try:
        struct.unpack_from('<h', b)
    except TypeError as e:
        print('TypeError', e)
try:
    struct.unpack('<h', b'123')
except struct.error as e:
    print('error', e)
try:
    struct.pack('<h', 1, 2)
except struct.error as e:
    print('error', e)
mv = memoryview(buf)
struct.pack_into('B', mv, 0, 7)
struct.pack_into('B', mv[4:], 1, 8)
print(buf, struct.unpack_from('<2B', mv[4:]), struct.unpack('<h', mv[2:4]))
try:
    struct.pack_into('B', memoryview(b'12'), 0, 1)
except TypeError as e:
    print('TypeError', e)
try:
    struct.unpack_from('<h', buf, 1, 2)
except TypeError as e:
    print('TypeError')
try:
    struct.unpack_from('<h', buf, bogus=1)
except TypeError as e:
    print('TypeError')
