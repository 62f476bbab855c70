# bytes: decode errors, constructor and index errors with CPython texts.
b = b'hello'
try: b'\xff'.decode()
except UnicodeError as e: print(e)
try: 'é'.encode('ascii')
except UnicodeError as e: print(e)
for e in ['bytes([300])','bytearray([300])','bytearray(1).append(300)','bytes(["a"])','bytes(1.5)','bytes("a")','bytes(-1)','b"a"+"b"','b"a"[5]','b"a" < "a"', 'bytearray(1).pop(5)', 'bytearray().pop()', 'bytearray(b"a").remove(5)','b"a".index(b"z")','bytes.fromhex("zz")','bytes.fromhex("a")', 'b"".join([1])', 'b"a".split(b"")', 'hash(bytearray())', 'b"a"["x"]', 'bytearray(b"a")[3]']:
  try: print(repr(eval(e)))
  except Exception as x: print(e, type(x).__name__, x)
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'))
print(str(b'x'), repr(bytearray()), bytes(range(5)), bool(b''), bool(b'a'))
d = {b'k': 1}; print(d[b'k'])
