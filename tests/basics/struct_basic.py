# struct: pack, unpack, calcsize, pack_into, unpack_from with every byte order and
# format code, and CPython's error texts (caught as struct.error).
import struct
print(struct.calcsize('<bhiq'), struct.calcsize('>5s2x?'), struct.calcsize('<fd'), struct.calcsize('=HI'))
print(struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1))
print(struct.pack('>bBhHiIqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1))
print(struct.pack('!I', 0x01020304), struct.pack('<fd', 1.5, -2.25), struct.pack('<?c3s', True, b'x', b'abcdef'))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1)))
print(struct.unpack('>fd', struct.pack('>fd', 0.1, 0.1)), struct.unpack('<?c3s2x', b'\x01yabc\x00\x00'))
print(struct.unpack('<2H', b'\x01\x00\x02\x00'), struct.pack('<3B', 1, 2, 3))
ba = bytearray(8)
struct.pack_into('<HI', ba, 1, 0x1234, 0xdeadbeef); print(ba)
print(struct.unpack_from('<I', ba, 3), struct.unpack_from('<H', ba, -7), struct.unpack_from('<B', b'\x07\x08', 1))
print(struct.pack('@bi', 1, 2), struct.calcsize('@bhiq'), struct.calcsize('@bd'))
for e in ['struct.pack("<h", 40000)','struct.pack("<B", -1)','struct.pack("<hh", 1, 2, 3)','struct.unpack("<h", b"abc")','struct.pack("<h", 1.5)','struct.calcsize("<z")','struct.pack("<Q", -1)','struct.pack("<q", 2**63)','struct.unpack_from("<i", b"ab", 0)','struct.pack("<i", "x")', 'struct.pack("<I",2**32)', 'struct.pack("<b", 128)', 'struct.pack("<i", 2**31)']:
  try: print(repr(eval(e)))
  except struct.error as x: print(e, x)
