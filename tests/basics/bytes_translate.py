# bytes.maketrans and translate (with a table, None, and delete).
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc-d'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'b'))
print(bytearray(b'cab').translate(t), b'x'.maketrans(b'q', b'r')[113], b'abc'.translate(t, delete=b'a'))
for e in ["bytes.maketrans(b'ab', b'c')", "b'x'.translate(b'short')"]:
    try:
        print(eval(e))
    except ValueError as x:
        print(x)
