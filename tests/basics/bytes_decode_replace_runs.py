# errors='replace' turns each maximal invalid UTF-8 subpart into one U+FFFD
# (a start byte with the continuation bytes still valid when it failed);
# errors='ignore' drops the same bytes
cases = [
    b"\xe4\xb8", b"\xf0\x9f\x98", b"\xf0\x9f", b"\xe4\x20\x80", b"\xe4\xb8\x20",
    b"\xf0\x20\x98\x80", b"\xf0\x9f\x20\x80", b"\xf0\x9f\x98\x20", b"\xe4\xf0\xe4",
    b"\xff\xc2\xa9", b"\xc0\x20", b"\xed\xa0\x80", b"\xe0\x80\x80", b"\xf4\x90\x80\x80",
    b"\xf5\x80", b"a\xe4\xb8\xe4\xb8\x80z", b"\x80\x81", b"\xc2",
]
for b in cases:
    print(b, repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")))
    try:
        b.decode()
    except UnicodeError as e:
        print("UnicodeError")
print(repr(b"a\xbb\xcc".decode("ascii", "replace")))
print(repr(bytearray(b"\xe4\xb8x").decode("utf-8", "replace")))
