# io.StringIO positions count code points: tell, seek, overwriting multi-byte
# text; BytesIO overwrites in the middle and past the end.
import io
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\nlast'))
print(s.tell(), s.seek(7), repr(s.read(3)), s.tell(), s.seek(0, 2), s.seek(20), s.write('x'), repr(s.getvalue()))
s = io.StringIO('aé')
s.seek(1); s.write('b'); print(repr(s.getvalue()))
b = io.BytesIO(b'abcdef')
b.seek(2); b.write(b'XY'); print(b.getvalue(), b.tell())
b.seek(5); b.write(b'123'); print(b.getvalue())
s = io.StringIO('héllo wörld')
s.seek(3); s.write('LO W'); print(repr(s.getvalue()), s.tell(), repr(s.read()))
