# ord() of a bytes or bytearray of length 1 gives its byte; other lengths
# and other buffers are TypeErrors
print(ord(b"a"), ord(b"\xff"), ord(bytearray(b"\x00")), ord("é"))
for bad in (b"", b"ab", bytearray(b"xyz"), memoryview(b"a"), 5):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
