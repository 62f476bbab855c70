# args: -X heapsize=4M
# bytes.strip(chars) and bytes.translate(table, delete) with a long chars
# or delete argument: each byte is looked up in a table built once (a scan
# of the argument per byte took minutes for these). CPython's translate is
# linear too; its strip scans the argument per byte (memchr), so strip's
# data is shorter: half a second of CPython, 4 * 10^10 byte compares for a
# scan on the lx106.
data = b"\x01" * 500000
chars = b"\x00" * 10**5 + b"\x01"
print(len(data.translate(None, chars)))
print(len(bytearray(data).translate(None, chars)))
data = data[:100000]
print(len(data.strip(chars)), len(data.lstrip(chars)), len(data.rstrip(chars)))
print(len(bytearray(data).strip(chars)))
data = chars = None
# the same results for short arguments
print(b"xxabcxy".strip(b"xy"), b"  a b  ".strip(), b"abc".strip(b""))
print(b"hello".translate(None, b"l"), b"hello".translate(None, b""))
table = bytes(range(1, 256)) + b"\x00"
print(b"abc".translate(table, b"b"), bytearray(b"abc").translate(table))
print(b"\x00\xff\x80".translate(None, b"\xff"), b"\xff\x00".strip(b"\xff\x00"))
