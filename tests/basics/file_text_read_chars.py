# read(n) on a text file counts characters, not bytes: it never stops
# inside a multi-byte character (it used to loop forever on the byte left
# over), and bytes that are not UTF-8 raise UnicodeError.
import random
p = "/tmp/espy_file_text_read_chars_%d.tmp" % random.getrandbits(30)
with open(p, "wb") as f:
    f.write("a\u03b1b\u03b2\n\u3041\U0001f650z\n".encode())
for mode in ("rb", "r"):
    f = open(p, mode)
    print(mode, f.read(1), f.read(1), f.read(2), f.readline())
    print(f.read(1), f.read(2), f.read(0), f.read(), f.read(1))
    f.close()
with open(p) as f:
    print(f.readline(2), f.readline(1), f.readline(5))
for data in (b"ok\xce\xb1\xff\xfe\n", b"cut\xe3\x81"):
    with open(p, "wb") as f:
        f.write(data)
    with open(p) as f:
        try:
            print(f.read())
        except UnicodeError:
            print("UnicodeError")
