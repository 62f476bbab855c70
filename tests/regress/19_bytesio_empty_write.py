# An empty write to a stream that holds nothing yet (no buffer allocated)
# copied zero bytes to a null pointer: undefined behaviour that UBSan
# reports (found by make test's fuzz slice from a mutated
# tests/basics/io_stream_ext.py).
import io

for make in (io.BytesIO, lambda: io.BytesIO(b'')):
    b = make()
    print(b.write(b''), b.write(bytearray()), b.getvalue(), b.tell())
s = io.StringIO()
print(s.write(''), repr(s.getvalue()), s.tell())
b = io.BytesIO()
b.write(b'')
print(b.write(b'ab'), b.getvalue())
