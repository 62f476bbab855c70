# binascii: hexlify/unhexlify (separator, str input), base64 both ways
# (newline, skipped characters, padding rules) and crc32, with the errors.
import binascii
print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x7f\x80\xff"))
print(binascii.hexlify(bytearray(b"abc"), "-"), binascii.hexlify(b"ab", b" "))
print(binascii.hexlify(memoryview(b"xyz")))
for sep in ["ab", ""]:
    try:
        binascii.hexlify(b"ab", sep)
    except ValueError as e:
        print("ValueError", e)
print(binascii.unhexlify(b"00ff7F80"), binascii.unhexlify("4142"),
      binascii.unhexlify(bytearray(b"")))
for bad in [b"0", b"abc", b"0g", "zz", "\u00e9\u00e9"]:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [1, None, [1]]:
    try:
        binascii.hexlify(bad)
    except TypeError:
        print("TypeError")

for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::37]]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
for s in [b"Zm9v\n", b"Zm\x009v", b"Zm9v==", b"Zm9v===YmFy", "Zm9vYg==", b"Zg==", b"Zg=",
          b"Z=g==", b"Zm9vYmFy!!", b"====", b"", b" Z m 9 v "]:
    try:
        print(binascii.a2b_base64(s))
    except ValueError as e:
        print("ValueError", e)
for s in [b"abc", b"abcde=", b"a", b"Zg", b"Zm9vY", "\u00e9"]:
    try:
        print(binascii.a2b_base64(s))
    except ValueError as e:
        print("ValueError", e)
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"hello", 1))
print(binascii.crc32(b" world", binascii.crc32(b"hello")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(bytearray(1000)))
try:
    binascii.crc32("text")
except TypeError:
    print("TypeError")
