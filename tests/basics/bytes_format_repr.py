# bytes % args: %r and %a give ascii(repr()), %s and %b the bytes themselves
print(b"=%s=" % b"str")
print(b"=%r=" % b"str")
print(b"=%a=" % b"str")
print(b"=%b=" % b"str")
print(b"=%r=%s=" % (bytearray(b"x"), b"y"))
print(b"=%r=" % "h\xe9")
print(b"=%c=%c" % (b"a", 65))
print(b"%5r|%-6b|" % (b"ab", b"cd"))
print("%r" % b"x")
try:
    "%b" % b"x"
except ValueError as e:
    print("ValueError", e)
try:
    b"%y" % 1
except ValueError as e:
    print("ValueError", e)
