# binascii: b2a_base64's newline (an int, as CPython's) and crc32's
# starting value are read before the data, so Python code they run that
# resizes a bytearray data never leaves the encoder reading its old block.
import binascii
import gc

data = bytearray(b"A" * 30)


def refill():
    data[:] = b"B" * 3000
    gc.collect()
    junk = [bytearray(b"J" * 64) for i in range(64)]


class Flag:
    def __index__(self):
        refill()
        return 1


class Start:
    def __and__(self, other):
        refill()
        return 0

    __rand__ = __and__

    def __index__(self):
        refill()
        return 0


print(binascii.b2a_base64(data, newline=Flag()) == binascii.b2a_base64(b"B" * 3000))
data[:] = b"A" * 30
print(binascii.crc32(data, Start()) == binascii.crc32(b"B" * 3000))
for nl in (0, 1, True, False, 2):
    print(binascii.b2a_base64(b"xy", newline=nl))
try:
    binascii.b2a_base64(b"xy", newline="yes")
except TypeError:
    print("TypeError")
